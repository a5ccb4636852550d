import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeaderView, Words } from '../view.js';

/** Name, unit and target, and the variation and assurance icons where they apply. */
export function renderHeader(header: HeaderView, words: Words): TemplateResult {
  const { name, unit, target, variation, assurance } = header;
  return html`<div class="header" part="header">
    <div class="titles">
      <p class="title" part="title" lang=${ifDefined(name.lang)}>${name.text}</p>
      <p class="subtitle">
        ${
          unit
            ? html`<span lang=${ifDefined(unit.lang)}
                >${words.t('spcChart.unit', { unit: unit.text })}</span
              >`
            : nothing
        }
        ${target !== undefined ? html`<span>${target}</span>` : nothing}
      </p>
    </div>
    ${
      variation !== undefined
        ? html`<div class="icons" part="icons">
            <qms-spc-icon kind="variation" value=${variation} show-label></qms-spc-icon>
            ${
              assurance !== undefined
                ? html`<qms-spc-icon kind="assurance" value=${assurance} show-label></qms-spc-icon>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
