import { css } from 'lit';

/** The card's buttons and its editing form (NHS.UK pattern). */
export const statementFormStyles = css`
  /* ── buttons (NHS.UK style, at least 44px tall) ── */
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: 4px;
    cursor: pointer;
    line-height: 1.25;
  }
  .button--primary {
    background: var(--_button);
    color: #ffffff;
    box-shadow: 0 4px 0 #00401e;
  }
  .button--secondary {
    background: var(--_qms-background);
    color: var(--_accent);
    border-color: var(--_accent);
  }
  .button--warning {
    background: var(--_qms-error);
    color: #ffffff;
  }
  .button--small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    justify-self: start;
  }
  .button:focus-visible {
    background: var(--_qms-focus);
    color: var(--_qms-focus-text);
    border-color: transparent;
    box-shadow: 0 4px 0 var(--_qms-focus-text);
    outline: 3px solid transparent;
  }
  .edit {
    flex: none;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
  }

  /* ── form ── */
  .form {
    display: grid;
    gap: 1.25rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  .field-label,
  .evidence-item legend {
    font-weight: 600;
    padding: 0;
  }
  .field--error {
    border-inline-start: 4px solid var(--_qms-error);
    padding-inline-start: 0.75rem;
  }
  .error-message {
    color: var(--_qms-error);
    font-weight: 600;
  }
  textarea,
  input[type='text'],
  input[type='date'],
  select {
    font: inherit;
    color: var(--_qms-text);
    background: var(--_qms-background);
    border: 2px solid var(--_input-border);
    border-radius: 0;
    padding: 0.375rem 0.5rem;
    min-height: 2.5rem;
    width: 100%;
    max-width: 100%;
  }
  input[type='date'] {
    width: auto;
    justify-self: start;
  }
  #f-ev-add {
    justify-self: start;
  }
  [aria-invalid='true']:is(textarea, input, select) {
    border-color: var(--_qms-error);
  }
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid transparent;
    box-shadow:
      inset 0 0 0 2px var(--_qms-focus-text),
      0 0 0 3px var(--_qms-focus);
    border-color: var(--_qms-focus-text);
  }
  .radios {
    gap: 0.5rem;
  }
  .radios--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .radios--inline legend {
    flex-basis: 100%;
  }
  .radio {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
  }
  .radio input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_qms-text);
  }
  .radio input:focus-visible {
    box-shadow:
      0 0 0 3px var(--_qms-focus),
      0 0 0 6px var(--_qms-focus-text);
  }
  .evidence-fields {
    gap: 0.75rem;
  }
  .evidence-item {
    display: grid;
    gap: 0.5rem;
    border: 1px solid var(--_qms-border);
    padding: 0.75rem;
    min-width: 0;
  }
  .other-language {
    font-size: 0.875em;
  }
  .notice,
  .vetoed,
  .confirm {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_quote-bg);
    padding: 0.5rem 0.75rem;
  }
  .vetoed {
    border-inline-start-color: var(--_qms-error);
    font-weight: 600;
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
  }
  .confirm-message {
    font-weight: 600;
  }
  .error-summary {
    border: 4px solid var(--_qms-error);
    padding: 0.75rem 1rem;
  }
  .error-summary-title {
    font-weight: 700;
    font-size: 1.125em;
    margin-block-end: 0.25rem;
  }
  .error-summary ul {
    display: grid;
    gap: 0.25rem;
  }
  .error-summary a {
    color: var(--_qms-error);
    font-weight: 600;
  }
  .error-summary a:focus-visible,
  a:focus-visible {
    background: var(--_qms-focus);
    color: var(--_qms-focus-text);
    box-shadow: 0 4px 0 var(--_qms-focus-text);
    outline: 3px solid transparent;
    text-decoration: none;
  }
  .vetoed:focus-visible,
  .error-summary:focus-visible {
    outline: 3px solid transparent;
    box-shadow:
      0 0 0 3px var(--_qms-focus),
      0 0 0 6px var(--_qms-focus-text);
  }
`;
