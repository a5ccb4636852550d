import { css } from 'lit';

export const spcIconStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    vertical-align: middle;
    line-height: 1.25;
    /* 24px is the WCAG 2.2 minimum target size; hosts may go larger, never smaller. */
    --_size: max(24px, var(--qms-icon-size, 2.5rem));
  }

  .icon {
    display: block;
    flex: none;
    width: var(--_size);
    height: var(--_size);
    overflow: visible;
  }

  /* Each meaning sets a ring colour (the shared SPC palette) and an ink for letters and
     glyphs (a darker shade with at least 4.5:1 on the icon's background). */
  .common {
    --_ring: var(--_qms-common-cause);
    --_ink: var(--_qms-common-cause-text);
    --_signal: var(--_qms-common-cause);
  }
  .improvement {
    --_ring: var(--_qms-improvement);
    --_ink: var(--_qms-improvement-text);
    --_signal: var(--_qms-improvement);
  }
  .concern {
    --_ring: var(--_qms-concern);
    --_ink: var(--_qms-concern-text);
    --_signal: var(--_qms-concern);
  }
  .neutral {
    --_ring: var(--_qms-neutral);
    --_ink: var(--_qms-neutral-text);
    --_signal: var(--_qms-neutral);
  }

  .ring {
    fill: var(--qms-icon-background, #ffffff);
    stroke: var(--_ring);
    stroke-width: 3;
  }
  .none .ring {
    stroke: var(--_qms-common-cause-text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .letter {
    fill: var(--_ink);
    font-family: var(--qms-icon-font-family, Arial, Helvetica, sans-serif);
    font-weight: 700;
    font-size: 17px;
  }
  .assurance .letter {
    font-size: 22px;
  }
  .line {
    fill: none;
    stroke: var(--_qms-common-cause-text);
    stroke-width: 1.2;
  }
  .dot {
    fill: var(--_qms-common-cause-text);
  }
  /* The ink outline keeps a light signal colour (e.g. #00b0f0) visible on white. */
  .dot.signal {
    fill: var(--_signal);
    stroke: var(--_ink);
    stroke-width: 0.75;
  }
  .arrow,
  .dash {
    fill: none;
    stroke: var(--_ink);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .label {
    color: var(--_qms-text);
    font-size: var(--qms-icon-label-font-size, 1em);
  }

  @media (forced-colors: active) {
    /* System colours chosen here so every glyph stays visible against Canvas. */
    .icon {
      forced-color-adjust: none;
    }
    .ring,
    .none .ring {
      fill: Canvas;
      stroke: CanvasText;
    }
    .letter,
    .dot {
      fill: CanvasText;
    }
    .dot.signal {
      fill: Highlight;
      stroke: CanvasText;
    }
    .line,
    .arrow,
    .dash {
      stroke: CanvasText;
    }
  }

  @media print {
    .icon {
      break-inside: avoid;
    }
  }
`;
