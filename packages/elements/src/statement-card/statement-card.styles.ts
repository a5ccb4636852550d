import { css, type CSSResultGroup } from 'lit';
import { statementFormStyles } from './statement-card.form.styles.js';

const cardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.5;
    --_accent: var(--qms-statement-accent, var(--nhsuk-brand-colour, #005eb8));
    --_quote-bg: var(--qms-statement-quote-background, #f0f4f5);
    --_pad: var(--qms-statement-padding, 1rem);
    --_button: var(--qms-button-colour, var(--nhsuk-button-colour, #007f3b));
    --_input-border: #4c6272;
  }

  .card {
    background: var(--_qms-background);
    border: 1px solid var(--_qms-border);
    border-block-start: 4px solid var(--_accent);
    padding: var(--_pad);
    display: grid;
    gap: 1rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  dl,
  dd,
  blockquote,
  fieldset {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }

  /* ── header ── */
  .header {
    display: grid;
    gap: 0.25rem;
  }
  .context {
    color: var(--_qms-secondary-text);
    font-size: 0.875em;
  }
  .key-question {
    font-weight: 600;
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .title {
    font-size: 1.25em;
    line-height: 1.3;
    flex: 1 1 12rem;
  }
  .card--compact .title {
    font-size: 1.125em;
  }
  .label {
    font-size: 1em;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  .body {
    display: grid;
    gap: 1rem;
  }
  .voices {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 40rem) {
    .card--full .voices {
      grid-template-columns: 3fr 2fr;
      align-items: start;
    }
  }

  /* ── the person's voice (primary) and the commitment ── */
  .quote {
    position: relative;
    background: var(--_quote-bg);
    border-inline-start: 6px solid var(--_accent);
    padding: 0.75rem 1rem 0.75rem 2.5rem;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.45;
  }
  .quote::before {
    content: '“' / '';
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: 0.1rem;
    font-size: 2.5em;
    line-height: 1;
    color: var(--_accent);
    font-family: Georgia, 'Times New Roman', serif;
  }
  .card--compact .quote {
    font-size: 1em;
  }
  .commitment {
    border-inline-start: 2px solid var(--_qms-border);
    padding-inline-start: 0.75rem;
  }
  .missing,
  .note,
  .hint {
    color: var(--_qms-secondary-text);
  }
  .missing {
    font-style: italic;
  }
  .language-note {
    margin-block-start: 0.25rem;
    font-size: 0.875em;
    color: var(--_qms-secondary-text);
  }
  .language-note {
    font-style: italic;
  }

  /* ── evidence ── */
  .evidence {
    display: grid;
    gap: 0.5rem;
  }
  /* Six categories: 1, 2, 3 or 6 to a row, so no row is left with an orphan. */
  .chips {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5rem;
  }
  @container (min-width: 24rem) {
    .chips {
      grid-template-columns: repeat(2, 1fr);
    }
  }
  @container (min-width: 36rem) {
    .chips {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  @container (min-width: 72rem) {
    .chips {
      grid-template-columns: repeat(6, 1fr);
    }
  }
  .chip {
    display: grid;
    align-content: start;
    gap: 0.125rem;
    border: 1px solid var(--_qms-border);
    border-inline-start: 4px solid var(--_accent);
    padding: 0.5rem 0.625rem;
    font-size: 0.875em;
  }
  .chip--empty {
    border-style: dashed;
    border-inline-start: 4px dashed var(--_qms-border);
    color: var(--_qms-secondary-text);
  }
  .chip-name {
    font-weight: 600;
    color: var(--_qms-text);
  }
  .chip-count {
    font-weight: 600;
  }
  .chip--empty .chip-count {
    font-weight: 400;
  }
  .chip-date,
  .chip-score {
    color: var(--_qms-secondary-text);
  }
  .measures {
    display: grid;
    gap: 0.5rem;
  }
  .measure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .measure qms-spc-icon {
    --qms-icon-size: 2rem;
    --qms-icon-label-font-size: 0.875em;
  }
  .measure-name {
    font-weight: 600;
  }
  .items {
    display: grid;
    gap: 0.25rem;
    font-size: 0.875em;
  }
  .items li {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }
  .item-meta {
    color: var(--_qms-secondary-text);
  }
  a {
    color: var(--qms-link-colour, var(--nhsuk-link-colour, #005eb8));
  }

  /* ── compact counts ── */
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    font-size: 0.875em;
  }
  .count {
    border: 1px solid var(--_qms-border);
    padding: 0.125rem 0.5rem;
  }
  .count--empty {
    border-style: dashed;
    color: var(--_qms-secondary-text);
  }
  .count-value {
    font-weight: 700;
  }

  /* ── score ── */
  .score-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .pips {
    display: inline-flex;
    gap: 3px;
  }
  .pip {
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid var(--_accent);
    background: transparent;
  }
  .pip--on {
    background: var(--_accent);
  }
  /* Self-assessed and regulator scores differ in shape as well as in words. */
  .score--self .pip {
    border-radius: 50%;
  }
  .score-source {
    color: var(--_qms-secondary-text);
  }

  /* ── owner, review date, actions ── */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
  }
  .meta dt {
    font-weight: 600;
  }
  .overdue {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.375rem;
    border: 2px solid var(--_qms-error);
    color: var(--_qms-error);
    font-weight: 700;
  }
  .overdue::before {
    content: '! ' / '';
  }
  .action-list {
    display: grid;
    gap: 0.5rem;
  }
  .action {
    display: grid;
    gap: 0.125rem;
  }
  .action-meta {
    font-size: 0.875em;
    color: var(--_qms-secondary-text);
  }
  .due-state {
    font-weight: 600;
    color: var(--_qms-text);
  }
  .due-state--overdue {
    color: var(--_qms-error);
  }
`;

/** Forced colours and print: last, so they win over everything above. */
const adaptStyles = css`
  @media (forced-colors: active) {
    .card,
    .chip,
    .count,
    .evidence-item {
      border-color: CanvasText;
    }
    .quote,
    .commitment,
    .field--error,
    .notice,
    .vetoed,
    .confirm {
      border-inline-start-color: CanvasText;
    }
    .pip {
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    .pip--on {
      background: CanvasText;
    }
    .overdue,
    .error-summary {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .card {
      break-inside: avoid;
      border-color: #000000;
    }
    .edit,
    .form .buttons,
    .form .button {
      display: none;
    }
    .quote {
      background: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;

/** The card, its buttons and form, then forced colours and print, in that order. */
export const statementCardStyles: CSSResultGroup = [cardStyles, statementFormStyles, adaptStyles];
