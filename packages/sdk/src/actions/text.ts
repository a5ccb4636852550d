import type { LocalisedText } from '../schema/common.js';
import { baseLocale } from '../i18n/format.js';

/** Text picked for one language, and which language it is really in. */
export interface PickedText {
  text: string;
  /** The language key the text came from; `undefined` for a plain (language-neutral) string. */
  lang: string | undefined;
  /** True when the wanted language was missing and another one was used. */
  fallback: boolean;
}

/**
 * The text of `value` in `lang` (`cy-GB` reads `cy`), else English, else the first language with
 * any text. A plain string is language-neutral and never a fallback. Empty texts count as missing.
 */
export function localisedTextIn(
  value: LocalisedText | undefined,
  lang: string,
): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: undefined, fallback: false };
  const want = baseLocale(lang);
  const has = (key: string) => (value[key] ?? '').trim() !== '';
  if (has(want)) return { text: value[want] ?? '', lang: want, fallback: false };
  const other = has('en') ? 'en' : Object.keys(value).find(has);
  return other === undefined
    ? undefined
    : { text: value[other] ?? '', lang: other, fallback: true };
}

/** `localisedTextIn(value, lang).text`, or `''` when there is none. */
export function localisedString(value: LocalisedText | undefined, lang: string): string {
  return localisedTextIn(value, lang)?.text ?? '';
}

/** Every non-empty text of `value`, in any language (for searching). */
export function allLocalisedStrings(value: LocalisedText | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).filter((s) => s.trim() !== '');
}

/**
 * `value` with the text in `lang` replaced by `text` (trimmed), keeping its other languages.
 * A plain string (or no `lang`) stays a plain string. Empty `text` removes that language, and
 * gives `undefined` when nothing is left.
 */
export function withLocalisedText(
  value: LocalisedText | undefined,
  lang: string | undefined,
  text: string,
): LocalisedText | undefined {
  const trimmed = text.trim();
  if (lang === undefined || typeof value === 'string') return trimmed === '' ? undefined : trimmed;
  const next: Record<string, string> = { ...(value ?? {}) };
  if (trimmed === '') delete next[lang];
  else next[lang] = trimmed;
  return Object.values(next).some((s) => s.trim() !== '') ? next : undefined;
}
