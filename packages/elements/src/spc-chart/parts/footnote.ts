import { html, nothing, type TemplateResult } from 'lit';
import type { FootnoteView, Words } from '../view.js';

/** The chart type and rule preset in a sentence, and the engine's notes on the analysis. */
export function renderFootnote(footnote: FootnoteView, words: Words): TemplateResult {
  const { sentence, warnings } = footnote;
  return html`<div class="footnote" part="footnote">
    <p>${sentence}</p>
    ${
      warnings.length > 0
        ? html`<p class="notes-title">${words.t('spcChart.notes')}</p>
            <ul class="notes">
              ${warnings.map((w) => html`<li data-code=${w.code}>${w.text}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
