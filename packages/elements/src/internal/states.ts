import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from './localize.js';

/** "Loading…", announced politely; style with `stateStyles`, or `::part(status)`. */
export function renderLoading(i18n: LocalizeController): TemplateResult {
  return html`<p class="qms-status" part="status" role="status">${i18n.t('common.loading')}</p>`;
}

/** "No data to show." */
export function renderEmpty(i18n: LocalizeController): TemplateResult {
  return html`<p class="qms-status" part="status">${i18n.t('common.empty')}</p>`;
}
