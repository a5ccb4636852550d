import { css } from 'lit';

export const actionTrackerStyles = css`
  :host {
    display: block;
    container: tracker / inline-size;
    line-height: 1.5;
    --_link: var(--qms-link-colour, var(--nhsuk-link-colour, #005eb8));
    --_button: var(--qms-button-colour, var(--nhsuk-button-colour, #007f3b));
    --_button-shadow: #00401e;
    --_secondary-text: var(--_qms-secondary-text);
    --_warning: var(--_qms-error);
    --_overdue: var(--qms-overdue-colour, #d5281b);
    --_due-soon: var(--qms-due-soon-colour, #4c6272);
    --_high: var(--qms-confidence-high-colour, #007f3b);
    --_medium: var(--qms-confidence-medium-colour, #ffb81c);
    --_low: var(--qms-confidence-low-colour, #d5281b);
    --_row-alt: #f0f4f5;
  }

  .tracker {
    display: grid;
    /* minmax(0, …) lets wide content (the file input, the table) shrink to a 320 px page. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }

  /* Controls ---------------------------------------------------------------------------------- */

  .commands,
  .import {
    min-width: 0;
  }
  .import .file {
    max-width: 100%;
  }

  .commands,
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
  }
  .filters {
    padding: 0.75rem;
    border: 1px solid var(--_qms-border);
    background: var(--_qms-background);
  }
  .filter {
    display: grid;
    gap: 0.25rem;
    min-width: 9rem;
  }
  .filter--search {
    flex: 1 1 16rem;
  }

  .label {
    display: block;
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_secondary-text);
  }
  .required {
    font-weight: 400;
    color: var(--_secondary-text);
  }

  .input,
  .select,
  .textarea,
  .file {
    min-height: 2.5rem;
    min-width: 0;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_qms-text);
    border-radius: 0;
    background: var(--_qms-background);
    color: var(--_qms-text);
    font: inherit;
  }
  .file {
    border: none;
    padding-inline: 0;
  }
  .textarea {
    width: 100%;
    resize: vertical;
  }
  .input {
    width: 100%;
  }
  .input--date {
    width: auto;
  }
  [aria-invalid='true'] {
    border-color: var(--_qms-error);
    box-shadow: inset 0 0 0 1px var(--_qms-error);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-height: 2.5rem;
    min-width: 24px;
    padding: 0.375rem 1rem;
    border: 2px solid transparent;
    border-radius: 4px;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button--primary {
    background: var(--_button);
    color: #ffffff;
    box-shadow: 0 3px 0 var(--_button-shadow);
  }
  .button--secondary {
    background: var(--_qms-background);
    color: var(--_link);
    border-color: var(--_link);
  }
  .button--warning {
    background: var(--_qms-background);
    color: var(--_warning);
    border-color: var(--_warning);
  }
  .button--toggle {
    background: var(--_qms-background);
    color: var(--_qms-text);
    border-color: var(--_qms-text);
    border-radius: 0;
  }
  .button--toggle[aria-pressed='true'] {
    background: var(--_qms-text);
    color: var(--_qms-background);
  }
  .button--link {
    min-height: 24px;
    padding: 0.125rem 0.25rem;
    background: none;
    border: none;
    color: var(--_link);
    font-weight: 400;
    text-decoration: underline;
  }
  .button--small {
    min-height: 2rem;
    padding: 0.125rem 0.75rem;
  }
  .view-switch {
    display: inline-flex;
  }

  .count {
    margin: 0;
    color: var(--_secondary-text);
  }
  .no-match {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--_qms-border);
  }
  .id {
    color: var(--_secondary-text);
    font-weight: 400;
    font-size: 0.875em;
  }

  /* Table -------------------------------------------------------------------------------------- */

  .table-wrap {
    overflow-x: auto;
    /* Contains the visually hidden text inside the table, or it widens the page. */
    position: relative;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  .caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_qms-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom: 2px solid var(--_qms-text);
    white-space: nowrap;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-height: 24px;
    padding: 0.125rem 0.25rem;
    margin-inline-start: -0.25rem;
    border: none;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .sort-icon path {
    fill: var(--_qms-border);
  }
  .sort-icon.ascending .up,
  .sort-icon.descending .down {
    fill: currentColor;
  }
  .cell-title {
    font-weight: 600;
    min-width: 14rem;
  }
  .group-heading {
    background: var(--_row-alt);
    font-weight: 700;
  }
  .group-count {
    font-weight: 400;
    color: var(--_secondary-text);
  }
  .details-row > td {
    background: var(--_row-alt);
  }

  .date {
    white-space: nowrap;
  }
  .revised {
    display: inline-block;
    margin-inline-start: 0.25rem;
    border-bottom: 1px dotted currentColor;
    font-size: 0.875em;
    cursor: help;
  }
  .badge {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  .due--overdue {
    color: var(--_overdue);
  }
  .due--due-soon {
    color: var(--_due-soon);
  }
  .due .shape {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .due .mark {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }

  .confidence {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    white-space: nowrap;
  }
  .confidence .shape {
    stroke: var(--_qms-text);
    stroke-width: 1;
    stroke-linejoin: round;
  }
  .confidence--high .shape {
    fill: var(--_high);
  }
  .confidence--medium .shape {
    fill: var(--_medium);
  }
  .confidence--low .shape {
    fill: var(--_low);
  }
  .confidence--none {
    color: var(--_secondary-text);
  }

  /* Details and PDSA ---------------------------------------------------------------------------- */

  .details {
    display: grid;
    gap: 1rem;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0;
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
  }
  .links {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .pdsa-heading {
    font-weight: 700;
  }
  .cycles {
    display: grid;
    gap: 0.75rem;
    margin: 0.5rem 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .cycle {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_link);
    background: var(--_qms-background);
  }
  .cycle-title {
    margin: 0;
    font-weight: 600;
  }
  .cycle-dates,
  .pdsa-none {
    margin: 0 0 0.5rem;
    color: var(--_secondary-text);
  }
  .changes,
  .change-buttons,
  .status-change,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
  }
  .status-change .label {
    width: 100%;
  }
  .confirm {
    width: 100%;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_qms-background);
  }
  .confirm p {
    width: 100%;
    margin: 0;
    font-weight: 600;
  }
  .row-message,
  .veto {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_qms-error);
    background: var(--_qms-background);
    font-weight: 600;
  }

  /* A save stopped because the action changed meanwhile: the user chooses, nothing is lost. */
  .conflict {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_qms-error);
    background: var(--_qms-background);
  }

  .conflict p {
    margin: 0 0 0.5rem;
  }

  .conflict__list {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
    font-weight: 600;
  }

  /* Board --------------------------------------------------------------------------------------- */

  .board {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .column {
    padding: 0.5rem;
    background: var(--_row-alt);
  }
  .column-heading {
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .column-count {
    font-weight: 400;
  }
  .column-empty {
    margin: 0;
  }
  .cards {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_qms-border);
    background: var(--_qms-background);
  }
  .card[data-due='overdue'] {
    border-inline-start: 4px solid var(--_overdue);
  }
  .card-title {
    font-weight: 600;
  }
  .card > .button {
    justify-self: start;
  }
  .card-facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .card-facts .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  /* Forms --------------------------------------------------------------------------------------- */

  .form-panel {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    border: 2px solid var(--_qms-text);
    background: var(--_qms-background);
  }
  .form-heading {
    font-weight: 700;
    font-size: 1.25em;
  }
  .form {
    display: grid;
    gap: 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    max-width: 40rem;
  }
  .field--error {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_qms-error);
  }
  .field-row {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem 2rem;
  }
  .fieldset {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_qms-border);
  }
  .legend {
    font-weight: 700;
    padding-inline: 0.25rem;
  }
  .error-message {
    margin: 0;
    color: var(--_qms-error);
    font-weight: 600;
  }
  .error-summary {
    padding: 1rem;
    border: 4px solid var(--_qms-error);
  }
  .error-summary__title {
    margin: 0 0 0.5rem;
    font-weight: 700;
    font-size: 1.125em;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a {
    color: var(--_qms-error);
    font-weight: 600;
  }
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }

  .import-report {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_link);
    background: var(--_qms-background);
  }
  .import-report--error {
    border-inline-start-color: var(--_qms-error);
  }
  .import-report p {
    margin: 0 0 0.5rem;
  }
  .import-report__title {
    font-weight: 700;
  }
  .import-report__list {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25em;
  }
  .where {
    font-weight: 600;
  }

  /* Narrow containers (320 px phones): each row becomes a card, headers a row of sort buttons. -- */

  @container tracker (max-width: 40rem) {
    .table,
    .table tbody,
    .table tr,
    .table td,
    .table th {
      display: block;
    }
    .table thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }
    .table thead th {
      border: none;
      padding: 0.25rem 0;
    }
    .table thead .col-details {
      display: none;
    }
    .table tr.row {
      margin-block-start: 0.75rem;
      border: 1px solid var(--_qms-border);
      border-bottom: none;
    }
    .table td,
    .table .cell-title {
      min-width: 0;
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: 0.5rem;
    }
    .table .cell-title {
      grid-template-columns: 1fr;
    }
    .table td[data-label]::before {
      content: attr(data-label);
      font-weight: 600;
    }
    .table .details-row {
      border: 1px solid var(--_qms-border);
      border-top: none;
    }
    .table .details-row > td {
      display: block;
    }
    .filter,
    .filter--search {
      flex: 1 1 100%;
    }
    .select {
      width: 100%;
    }
  }

  /* Modes --------------------------------------------------------------------------------------- */

  @media (forced-colors: active) {
    .confidence .shape,
    .due .shape,
    .due .mark {
      stroke: CanvasText;
    }
    .confidence--high .shape {
      fill: CanvasText;
    }
    .confidence--medium .shape,
    .confidence--low .shape {
      fill: Canvas;
    }
    .sort-icon path {
      fill: GrayText;
    }
    .sort-icon.ascending .up,
    .sort-icon.descending .down {
      fill: CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
    .button--toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .commands,
    .filters,
    .form-panel,
    .import-report,
    .more,
    .changes,
    .status-change,
    .card .button,
    .col-details,
    .cell-details,
    .pdsa .button,
    .details-row {
      display: none !important;
    }
    .sort {
      color: inherit;
      text-decoration: none;
    }
    .sort-icon {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    /* Paper does not scroll: the table takes the page width and its cells wrap. */
    .table {
      table-layout: fixed;
      font-size: 0.8125rem;
    }
    .table th,
    .table td {
      overflow-wrap: anywhere;
      hyphens: auto;
      padding-inline: 0.25rem;
    }
    .sort {
      white-space: normal;
      min-width: 0;
      padding-inline: 0;
    }
    tr {
      break-inside: avoid;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
