import { css } from 'lit';

export const spcChartStyles = css`
  :host {
    display: block;
    position: relative;
    font-size: var(--qms-spc-chart-font-size, 1rem);
    line-height: 1.4;
    /* The MDC limit grey (#a6a6a6) is 2.4:1 on white; lines need 3:1 (WCAG 1.4.11). */
    --_limit: var(--qms-colour-limit, #767676);
    --_line: var(--qms-spc-line-colour, var(--_qms-secondary-text));
  }

  p {
    margin: 0;
  }

  /* ——— Header ——— */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: 0.5rem;
  }
  .title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .subtitle {
    color: var(--_qms-secondary-text);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .icons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    --qms-icon-size: 2.5rem;
    font-size: 0.875em;
  }

  /* ——— Toolbar ——— */
  .toolbar,
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    margin-block: 0.25rem 0.5rem;
  }
  .downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    font-size: 0.875em;
  }
  .downloads button {
    font-size: 1em;
  }
  button {
    min-height: 24px;
    min-width: 24px;
    padding: 0.25em 0.625em;
    font: inherit;
    font-size: 0.875em;
    color: var(--_qms-text);
    background: var(--_qms-background);
    border: 1px solid var(--_qms-secondary-text);
    border-radius: 4px;
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
    text-decoration: none;
  }
  button:focus-visible {
    background: var(--_qms-focus);
    color: var(--_qms-focus-text);
  }

  /* ——— Plot ——— */
  .plot-wrap {
    position: relative;
  }
  .plot {
    position: relative;
  }
  .drawing {
    min-height: 220px;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--qms-font-family, inherit);
    touch-action: pan-y;
  }
  svg.chart:focus-visible {
    border-radius: 2px;
  }
  .plot-area {
    fill: transparent;
  }
  .grid line {
    stroke: var(--_qms-border);
    stroke-width: 1;
  }
  .axis text {
    fill: var(--_qms-secondary-text);
    font-size: 12px;
  }
  .axis line {
    stroke: var(--_qms-secondary-text);
    stroke-width: 1;
  }
  .values {
    fill: none;
    stroke: var(--_line);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .centre {
    fill: none;
    stroke: var(--_qms-mean);
    stroke-width: 1.5;
  }
  .centre.median {
    stroke-dasharray: 8 3 2 3;
  }
  .limit {
    fill: none;
    stroke: var(--_limit);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .sigma {
    fill: none;
    stroke: var(--_limit);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .target {
    fill: none;
    stroke: var(--_qms-target);
    stroke-width: 1.5;
    stroke-dasharray: 10 3 2 3;
  }
  .target-label {
    fill: var(--_qms-target);
    font-size: 11px;
  }
  .rebase line {
    stroke: var(--_qms-text);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .rebase text {
    fill: var(--_qms-secondary-text);
    font-size: 11px;
  }
  .annotation line {
    stroke: var(--_qms-border);
    stroke-width: 1;
  }
  .annotation path {
    fill: var(--_qms-text);
  }
  .annotation text {
    fill: var(--_qms-text);
    font-size: 11px;
    font-weight: 600;
  }

  /* Point colours: the MDC palette fills, outlined in the darker text shades for 3:1 contrast. */
  .point {
    stroke-width: 1;
  }
  .point.common {
    fill: var(--_qms-common-cause);
    stroke: var(--_qms-common-cause-text);
  }
  .point.improvement {
    fill: var(--_qms-improvement);
    stroke: var(--_qms-improvement-text);
  }
  .point.concern {
    fill: var(--_qms-concern);
    stroke: var(--_qms-concern-text);
  }
  .point.neutral {
    fill: var(--_qms-neutral);
    stroke: var(--_qms-neutral-text);
  }
  .point.ghost {
    fill: var(--_qms-background);
    stroke: var(--_qms-common-cause-text);
    stroke-width: 1.5;
  }
  .decimated .point {
    stroke-width: 0.75;
  }

  .focus .guide {
    stroke: var(--_qms-text);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .focus .ring-outer {
    fill: none;
    stroke: var(--_qms-focus-text);
    stroke-width: 2;
  }
  .focus .ring {
    fill: none;
    stroke: var(--_qms-focus);
    stroke-width: 3;
  }

  /* ——— Tooltip ——— */
  .tooltip {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(16rem, 80vw);
    padding: 0.375rem 0.5rem;
    font-size: 0.8125em;
    color: var(--_qms-text);
    background: var(--_qms-background);
    border: 1px solid var(--_qms-text);
    border-radius: 4px;
    box-shadow: 0 2px 6px rgb(0 0 0 / 20%);
    transform: translate(-50%, calc(-100% - 12px));
    pointer-events: auto;
  }
  .tooltip.start {
    transform: translate(-12px, calc(-100% - 12px));
  }
  .tooltip.end {
    transform: translate(calc(-100% + 12px), calc(-100% - 12px));
  }
  .tooltip.below {
    transform: translate(-50%, 12px);
  }
  .tooltip.start.below {
    transform: translate(-12px, 12px);
  }
  .tooltip.end.below {
    transform: translate(calc(-100% + 12px), 12px);
  }
  .tooltip-date {
    font-weight: 600;
  }
  .tooltip-signal {
    margin-block-start: 0.25em;
  }

  /* ——— Legend, annotations, footnote ——— */
  .legend,
  .annotations,
  .footnote {
    margin-block-start: 0.5rem;
    font-size: 0.875em;
  }
  .legend-title,
  .notes-title {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .key {
    width: 24px;
    height: 16px;
    flex: none;
    overflow: visible;
  }
  .annotations ol,
  .notes {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.5em;
  }
  .footnote {
    color: var(--_qms-secondary-text);
  }

  /* ——— Table ——— */
  .table-area {
    margin-block-start: 0.75rem;
  }
  .table-region {
    max-height: 24rem;
    overflow: auto;
    border: 1px solid var(--_qms-border);
  }
  /* Not a scroll container while hidden: nothing to scroll, and no hidden tab stop. */
  .table-area.collapsed .table-region {
    max-height: none;
    overflow: visible;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.375rem 0.5rem;
  }
  .caption-rows {
    font-weight: 400;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
    border-top: 1px solid var(--_qms-border);
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_qms-background);
    border-top: 0;
    border-bottom: 2px solid var(--_qms-secondary-text);
  }
  tbody th {
    font-weight: 400;
    white-space: nowrap;
  }

  /* ——— Narrow screens ——— */
  @media (max-width: 30rem) {
    .icons {
      --qms-icon-size: 2rem;
    }
  }

  @media (forced-colors: active) {
    svg.chart,
    .key {
      forced-color-adjust: none;
    }
    .grid line {
      stroke: GrayText;
    }
    .axis text,
    .target-label,
    .rebase text,
    .annotation text {
      fill: CanvasText;
    }
    .axis line,
    .values,
    .centre,
    .limit,
    .sigma,
    .target,
    .rebase line,
    .annotation line,
    .focus .guide {
      stroke: CanvasText;
    }
    .annotation path {
      fill: CanvasText;
    }
    /* Shapes carry the meaning here: common cause hollow, special cause filled. */
    .point.common,
    .point.ghost {
      fill: Canvas;
      stroke: CanvasText;
    }
    .point.improvement,
    .point.concern,
    .point.neutral {
      fill: Highlight;
      stroke: CanvasText;
    }
    .focus .ring,
    .focus .ring-outer {
      stroke: Highlight;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }

  @media print {
    .toolbar,
    .pager,
    .tooltip,
    .focus {
      display: none !important;
    }
    :host {
      break-inside: avoid;
    }
    .table-region {
      max-height: none;
      overflow: visible;
    }
  }
`;
