import { css } from 'lit';

export const steeepScorecardStyles = css`
  :host {
    display: block;
    line-height: 1.4;
    --_gap: var(--qms-scorecard-gap, 1rem);
  }

  .framework-name,
  .synthetic {
    margin: 0 0 0.5rem;
    color: var(--_qms-secondary-text);
  }
  .synthetic {
    font-weight: 600;
  }

  .band {
    margin-block-end: 1.5rem;
  }
  .band-heading {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
  }

  .tiles {
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--qms-scorecard-tile-min-width, 15rem)), 1fr)
    );
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tile {
    min-width: 0;
    padding: 0.75rem;
    border: 1px solid var(--_qms-border);
    border-inline-start: 6px solid var(--_qms-border);
    background: var(--_qms-background);
  }
  /* A tile needing attention has a concern-coloured edge, always with a text flag. */
  .tile--flagged {
    border-inline-start-color: var(--_qms-concern);
  }
  /* An open tile spans the row, so its table has room. */
  .tile--open {
    grid-column: 1 / -1;
  }

  .tile-heading {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .disclosure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  button.disclosure {
    cursor: pointer;
  }
  button.disclosure:hover .tile-name {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(-45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(-0.25em) rotate(45deg);
  }
  .tile-count {
    font-weight: 400;
    color: var(--_qms-secondary-text);
  }

  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.1rem 0.5rem 0.1rem 0.15rem;
    border: 2px solid var(--_qms-concern-text);
    border-radius: 1rem;
    color: var(--_qms-concern-text);
    font-weight: 600;
    font-size: 0.875em;
  }
  .flag-mark {
    display: inline-grid;
    place-items: center;
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: var(--_qms-concern-text);
    color: var(--_qms-background);
    font-size: 0.8em;
  }

  .counts {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .count-title {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_qms-secondary-text);
  }
  .count-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .count {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .count qms-spc-icon {
    --qms-icon-size: 1.75rem;
  }
  .icon-cell qms-spc-icon {
    --qms-icon-size: 2rem;
  }

  .tagged-note {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_qms-secondary-text);
  }
  .tagged-list {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }

  .panel {
    margin-block-start: 0.75rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-block-end: 1px solid var(--_qms-border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    vertical-align: bottom;
    white-space: nowrap;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  thead .num .sort {
    justify-content: flex-end;
  }
  tbody th {
    font-weight: 400;
    min-width: 14rem;
  }

  .sort,
  .measure-link {
    min-height: 24px;
    min-width: 24px;
    margin: 0;
    padding: 0.15rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
  }
  /* Unsorted: a small outlined diamond; sorted: a solid triangle pointing the sort's way. */
  .sort-mark {
    display: inline-block;
    width: 0.45em;
    height: 0.45em;
    border: 1px solid currentColor;
    transform: rotate(45deg);
    opacity: 0.6;
  }
  .sort-mark.ascending,
  .sort-mark.descending {
    width: 0;
    height: 0;
    border: 0;
    border-inline: 0.3em solid transparent;
    transform: none;
    opacity: 1;
  }
  .sort-mark.ascending {
    border-block-end: 0.45em solid currentColor;
  }
  .sort-mark.descending {
    border-block-start: 0.45em solid currentColor;
  }
  .measure-link {
    color: var(--qms-link-colour, var(--nhsuk-link-colour, #005eb8));
    text-decoration: underline;
  }
  .measure-link:hover {
    text-decoration-thickness: 3px;
  }
  .row-note {
    display: block;
    font-size: 0.8125em;
    color: var(--_qms-secondary-text);
  }

  .spark {
    display: block;
    width: 80px;
    height: 24px;
    overflow: visible;
  }
  .spark-line {
    fill: none;
    stroke: var(--_qms-secondary-text);
    stroke-width: 1.5;
  }
  .spark-last {
    fill: var(--_qms-text);
  }
  .chart-row td {
    padding: 0.75rem 0;
  }

  @media (forced-colors: active) {
    .tile--flagged {
      border-inline-start-width: 10px;
      border-inline-start-style: double;
    }
    .flag,
    .flag-mark {
      forced-color-adjust: none;
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .spark-line {
      stroke: CanvasText;
    }
    .spark-last {
      fill: CanvasText;
    }
    .measure-link {
      color: LinkText;
    }
  }

  @media print {
    .tile {
      break-inside: avoid;
    }
    .tile--open {
      break-inside: auto;
    }
    .chevron,
    .sort-mark {
      display: none;
    }
    .table-wrap {
      overflow: visible;
    }
    .measure-link {
      color: inherit;
      text-decoration: none;
    }
  }
`;
