import { css } from 'lit';

export const cycleWheelStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    line-height: 1.4;
    --_segment-fill: var(--qms-wheel-segment-fill, #f0f4f5);
    --_pattern: var(--qms-wheel-pattern-colour, var(--_qms-secondary-text));
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
  }
  .meta {
    margin: 0.25rem 0 0.75rem;
    color: var(--_qms-secondary-text);
  }

  /* ---- ring view ---- */
  .ring-view {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  /* The ring's labels scale with it: it takes a row of its own rather than shrink below
     26rem beside the legend, so its smallest label stays at least 12px on screen. */
  .wheel {
    flex: 1 1 26rem;
    max-width: var(--qms-wheel-max-width, 34rem);
  }
  .wheel svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
  }
  .segment {
    cursor: pointer;
    outline: none;
  }
  .segment:focus-visible {
    box-shadow: none;
  }
  .segment-shape {
    fill: var(--_segment-fill);
    stroke: var(--_qms-secondary-text);
    stroke-width: 1.5;
  }
  .segment:hover .segment-shape {
    stroke-width: 3;
  }
  /* Selected: a heavy outline, not a colour change alone. */
  .segment[aria-pressed='true'] .segment-shape {
    stroke: var(--_qms-text);
    stroke-width: 5;
  }
  /* The NHS focus style drawn as strokes: yellow halo, dark edge. */
  .focus-ring {
    fill: none;
    stroke: var(--_qms-focus);
    stroke-width: 14;
    visibility: hidden;
  }
  .segment:focus-visible .focus-ring {
    visibility: visible;
  }
  .segment:focus-visible .segment-shape {
    stroke: var(--_qms-focus-text);
    stroke-width: 4;
  }
  .stage-band {
    stroke: var(--_qms-secondary-text);
    stroke-width: 1;
  }
  .stage-band.density-0 {
    fill: var(--_qms-background);
    stroke-dasharray: 4 3;
  }
  .pattern-ground {
    fill: var(--_qms-background);
  }
  .pattern-ink path {
    stroke: var(--_pattern);
    stroke-width: 1.6;
  }
  .seg-text {
    fill: var(--_qms-text);
    font-size: 12px;
    pointer-events: none;
  }
  .seg-name {
    font-weight: 700;
    font-size: 13px;
  }
  .seg-stage {
    font-weight: 700;
  }
  .seg-badge {
    font-size: 12px;
    fill: var(--_qms-secondary-text);
  }
  .centre .segment-shape {
    fill: var(--_qms-background);
  }
  .arrow {
    fill: var(--_qms-secondary-text);
  }
  .enabler {
    fill: var(--_qms-background);
    stroke: var(--_qms-secondary-text);
    stroke-width: 1;
  }
  .enabler-number {
    fill: var(--_qms-text);
    font-size: 14px;
    font-weight: 700;
  }

  .enabler-legend {
    flex: 1 1 12rem;
    font-size: 0.9375em;
  }
  .legend-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .enabler-legend ol {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .enabler-extra {
    color: var(--_qms-secondary-text);
  }

  /* ---- list view (narrow containers) ---- */
  .list-view {
    display: none;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-view li + li {
    margin-block-start: 0.5rem;
  }
  .list-button {
    display: grid;
    gap: 0.125rem;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_qms-secondary-text);
    border-radius: 4px;
    background: var(--_segment-fill);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .list-button[aria-pressed='true'] {
    border-width: 3px;
    border-color: var(--_qms-text);
  }
  .list-name {
    font-weight: 700;
  }
  .list-stage {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .list-detail {
    font-size: 0.875em;
    color: var(--_qms-secondary-text);
  }
  .stage-swatch {
    display: inline-block;
    width: 1.25rem;
    height: 1.25rem;
    border: 1px solid var(--_qms-secondary-text);
    background-color: var(--_qms-background);
  }
  .stage-swatch.density-1 {
    background-image: repeating-linear-gradient(
      45deg,
      var(--_pattern) 0 1.5px,
      transparent 1.5px 8px
    );
  }
  .stage-swatch.density-2 {
    background-image: repeating-linear-gradient(
      45deg,
      var(--_pattern) 0 1.5px,
      transparent 1.5px 4.5px
    );
  }
  .stage-swatch.density-3,
  .stage-swatch.density-4 {
    background-image:
      repeating-linear-gradient(45deg, var(--_pattern) 0 1.5px, transparent 1.5px 4.5px),
      repeating-linear-gradient(-45deg, var(--_pattern) 0 1.5px, transparent 1.5px 4.5px);
  }
  .stage-swatch.density-4 {
    background-size: 3px 3px;
  }

  /* ---- text alternative ---- */
  .summary {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_qms-border);
    text-align: start;
  }

  @container (max-width: 30rem) {
    .ring-view,
    .summary {
      display: none;
    }
    .list-view {
      display: block;
    }
  }

  /* ---- panel ---- */
  .panel {
    margin-block-start: 1rem;
    padding: 1rem;
    border: 1px solid var(--_qms-border);
    border-block-start: 4px solid var(--_qms-text);
    background: var(--_qms-background);
  }
  .panel-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }
  .panel-heading {
    margin: 1rem 0 0.5rem;
    font-weight: 700;
  }
  .definition,
  .rollup {
    margin: 0.5rem 0;
  }
  .rollup {
    color: var(--_qms-secondary-text);
  }
  .stage-field {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  select,
  textarea {
    min-height: 32px;
    max-width: 100%;
    font: inherit;
    color: inherit;
    border: 2px solid var(--_qms-text);
    background: var(--_qms-background);
  }
  textarea {
    display: block;
    width: 100%;
    resize: vertical;
  }
  fieldset {
    min-width: 0;
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_qms-border);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 32px;
    cursor: pointer;
  }
  .tools .choice {
    align-items: flex-start;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_qms-text);
  }
  .notes label {
    display: block;
    margin-block-start: 0.25rem;
    font-size: 0.9375em;
  }
  .hint,
  .other-notes,
  .item-meta {
    margin: 0.125rem 0;
    font-size: 0.875em;
    color: var(--_qms-secondary-text);
  }
  .linked {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .linked li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-block-end: 0.25rem;
  }
  .linked qms-spc-icon {
    --qms-icon-size: 1.75rem;
  }
  .action-id {
    font-weight: 700;
  }
  .item-meta {
    display: block;
  }

  @media (forced-colors: active) {
    .segment-shape,
    .enabler,
    .stage-band {
      stroke: CanvasText;
    }
    .segment-shape,
    .enabler,
    .pattern-ground {
      fill: Canvas;
    }
    .pattern-ink path {
      stroke: CanvasText;
    }
    .seg-text,
    .seg-badge,
    .enabler-number,
    .arrow {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .segment[aria-pressed='true'] .segment-shape {
      stroke: Highlight;
    }
    .list-button {
      border-color: CanvasText;
    }
  }

  @media print {
    .summary {
      position: static !important;
      width: auto !important;
      height: auto !important;
      overflow: visible !important;
      clip: auto !important;
      clip-path: none !important;
      white-space: normal !important;
      margin-block-start: 1rem;
    }
    .ring-view {
      display: flex !important;
    }
    .list-view {
      display: none !important;
    }
    .panel {
      break-inside: avoid;
    }
    .focus-ring {
      visibility: hidden !important;
    }
  }
`;
