import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { markerPath, SHAPES, TONES } from '../markers.js';
import type { LegendItem, Words } from '../view.js';

function glyph(item: LegendItem): SVGTemplateResult {
  const g = item.glyph;
  switch (g.kind) {
    case 'values':
      return svg`<path class="values" d="M1 12L8 5L15 10L23 4"></path>`;
    case 'line':
      return svg`<line class=${g.class} x1="1" x2="23" y1="8" y2="8"></line>`;
    case 'marker': {
      const kind = g.marker;
      const special = kind !== 'common-cause' && kind !== 'ghost';
      return svg`<path class="point ${TONES[kind]} ${SHAPES[kind]}" d=${markerPath(SHAPES[kind], 12, 8, special ? 4.6 : 4)}></path>`;
    }
    case 'rebase':
      return svg`<g class="rebase"><line x1="12" x2="12" y1="1" y2="15"></line></g>`;
    case 'annotation':
      return svg`<g class="annotation"><path d="M12 4l5 8h-10z"></path></g>`;
  }
}

/** The key to the markers and lines drawn. */
export function renderLegend(items: readonly LegendItem[], words: Words): TemplateResult {
  return html`<div class="legend" part="legend">
    <p class="legend-title">${words.t('spcChart.legend')}</p>
    <ul>
      ${items.map(
        (item) =>
          html`<li data-key=${item.key}>
            <svg class="key" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
              ${glyph(item)}
            </svg>
            <span>${item.text}</span>
          </li>`,
      )}
    </ul>
  </div>`;
}
