import { css, unsafeCSS } from 'lit';

/**
 * Default colours. The SPC palette is the one standardised in December 2023 by
 * NHSRplotthedots, PowerBI-SPC and the Making Data Count team (DOMAIN.md §1.4).
 * The `*Text` colours are darker shades for letters and glyphs: each has at least 4.5:1
 * contrast on white (the icon's own background), which the point colours do not
 * (#00b0f0 is 2.5:1, #e46c0a 3.3:1, #a6a6a6 2.4:1).
 */
export const palette = {
  text: '#212b32', // NHS.UK text colour, 14.4:1 on white
  secondaryText: '#4c6272', // 6.4:1
  background: '#ffffff',
  border: '#d8dde0',
  error: '#d5281b', // NHS.UK error colour, 5.1:1
  focus: '#ffeb3b',
  focusText: '#212b32',
  commonCause: '#a6a6a6',
  improvement: '#00b0f0',
  concern: '#e46c0a',
  neutral: '#490092',
  commonCauseText: '#666666', // 5.7:1 on white
  improvementText: '#0072c6', // 5.0:1: the blue of the published MDC icons
  concernText: '#b35000', // 5.2:1
  neutralText: '#490092', // 12.4:1
  target: '#de1b1b',
  mean: '#000000',
  limit: '#a6a6a6',
} as const;

const c = (value: string) => unsafeCSS(value);

/**
 * Design tokens. Hosts set the public `--qms-*` properties (each falls back to the NHS.UK
 * frontend property where one exists, then to the default); inside our shadow roots we read
 * the resolved private `--_qms-*` copies so a fallback chain is written once.
 */
export const tokenStyles = css`
  :host {
    --_qms-text: var(--qms-colour-text, var(--nhsuk-text-colour, ${c(palette.text)}));
    --_qms-secondary-text: var(
      --qms-colour-secondary-text,
      var(--nhsuk-secondary-text-colour, ${c(palette.secondaryText)})
    );
    --_qms-background: var(
      --qms-colour-background,
      var(--nhsuk-card-background-colour, ${c(palette.background)})
    );
    --_qms-border: var(--qms-colour-border, var(--nhsuk-border-colour, ${c(palette.border)}));
    --_qms-error: var(--qms-colour-error, var(--nhsuk-error-colour, ${c(palette.error)}));
    --_qms-focus: var(--qms-focus-colour, var(--nhsuk-focus-colour, ${c(palette.focus)}));
    --_qms-focus-text: var(
      --qms-focus-text-colour,
      var(--nhsuk-focus-text-colour, ${c(palette.focusText)})
    );
    --_qms-common-cause: var(--qms-colour-common-cause, ${c(palette.commonCause)});
    --_qms-improvement: var(--qms-colour-improvement, ${c(palette.improvement)});
    --_qms-concern: var(--qms-colour-concern, ${c(palette.concern)});
    --_qms-neutral: var(--qms-colour-neutral, ${c(palette.neutral)});
    --_qms-common-cause-text: var(--qms-colour-common-cause-text, ${c(palette.commonCauseText)});
    --_qms-improvement-text: var(--qms-colour-improvement-text, ${c(palette.improvementText)});
    --_qms-concern-text: var(--qms-colour-concern-text, ${c(palette.concernText)});
    --_qms-neutral-text: var(--qms-colour-neutral-text, ${c(palette.neutralText)});
    --_qms-target: var(--qms-colour-target, ${c(palette.target)});
    --_qms-mean: var(--qms-colour-mean, ${c(palette.mean)});
    --_qms-limit: var(--qms-colour-limit, ${c(palette.limit)});
  }
`;

/**
 * The NHS.UK focus style: a yellow then dark ring drawn with box-shadow, and a transparent
 * outline that forced-colours mode turns into a visible system-coloured one.
 */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid transparent;
    outline-offset: 0;
    box-shadow:
      0 0 0 3px var(--_qms-focus),
      0 0 0 6px var(--_qms-focus-text);
  }
  :focus:not(:focus-visible) {
    outline: none;
  }
`;

/** Every element starts from these: tokens, box model, `[hidden]`, focus, media blocks. */
export const baseStyles = css`
  ${tokenStyles}
  ${focusStyles}

  :host {
    box-sizing: border-box;
    color: var(--_qms-text);
    font-family: var(--qms-font-family, inherit);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /* Read by screen readers, not shown: the NHS.UK visually-hidden pattern. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (forced-colors: active) {
    :host {
      --_qms-text: CanvasText;
      --_qms-secondary-text: CanvasText;
      --_qms-background: Canvas;
      --_qms-border: CanvasText;
      --_qms-error: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    :host {
      /* Board packs print SPC colours: they carry meaning alongside the letters. */
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    :focus-visible {
      box-shadow: none;
    }
  }
`;

/** Loading, empty and error states shared by every data-driven element. */
export const stateStyles = css`
  .qms-status {
    margin: 0;
    color: var(--_qms-secondary-text);
  }
  .qms-error {
    border-inline-start: 4px solid var(--_qms-error);
    padding: 0.5em 0.75em;
    color: var(--_qms-text);
    background: var(--_qms-background);
  }
  .qms-error__title {
    margin: 0;
    font-weight: 600;
  }
  .qms-error__list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .qms-error__where {
    font-weight: 600;
  }
  .qms-retry {
    margin-block-start: 0.5em;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.25em 0.75em;
    font: inherit;
    cursor: pointer;
  }
  .qms-retry:focus-visible {
    outline: 3px solid transparent;
    background: var(--qms-focus-colour, var(--nhsuk-focus-colour, #ffeb3b));
    color: var(--qms-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
    box-shadow: 0 4px 0 var(--qms-focus-text-colour, var(--nhsuk-focus-text-colour, #212b32));
  }
  .qms-error--compact {
    padding: 0.25em 0.5em;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .qms-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
