import { css } from 'lit';

export const providerStyles = css`
  /* The provider adds no box of its own: its children lay out as if it were not there. */
  :host {
    display: contents;
  }

  /* Colours and font only on the provider's own panels, never inherited by the page's content. */
  .state {
    display: block;
    margin: 0 0 0.75em;
    color: var(--_qms-text);
    font-family: var(--qms-font-family, inherit);
  }
  .qms-status.state {
    color: var(--_qms-secondary-text);
  }

  @media (forced-colors: active) {
    .state {
      color: CanvasText;
    }
  }

  @media print {
    /* A board pack shows the data or the error, never a transient "Loading…". */
    .qms-status {
      display: none;
    }
  }
`;
