import { html, type TemplateResult } from 'lit';
import type { LocalisedText } from '@qms-kit/sdk';
import type { LocalizeController } from './localize.js';
import { pickText } from './localised-text.js';

/** Host-supplied text as a plain string in the element's language ('' when there is none). */
export function localisedString(
  i18n: LocalizeController,
  value: LocalisedText | undefined,
): string {
  return pickText(value, i18n.lang)?.text ?? '';
}

/**
 * Host-supplied text in the element's language; when it falls back to another language it is
 * wrapped in `<span lang="…">`, so screen readers pronounce it in that language.
 */
export function renderLocalised(
  i18n: LocalizeController,
  value: LocalisedText | undefined,
): TemplateResult | string {
  const picked = pickText(value, i18n.lang);
  if (!picked) return '';
  return picked.lang ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
}
