import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { PickedText } from '../../internal/localised-text.js';

/** What every part of the card needs to write words: the card's localisation and language. */
export interface PartContext {
  i18n: LocalizeController;
  /** The base language being shown, e.g. `cy`. */
  lang: string;
  languageName(tag: string): string;
}

/** A span with `lang` set when the text is in another language than the page. */
export function textSpan(picked: PickedText | undefined, fallback = ''): TemplateResult {
  return html`<span lang=${ifDefined(picked?.lang)}>${picked?.text ?? fallback}</span>`;
}

/** A date or date-time as the page's language writes the day. */
export function dateText(ctx: PartContext, iso: string): string {
  return ctx.i18n.date(iso.slice(0, 10));
}
