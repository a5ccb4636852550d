import { baseLocale, type LocalisedText } from '@qms-kit/sdk';

/** Text picked for display from a `LocalisedText`. */
export interface PickedText {
  text: string;
  /**
   * The language tag of the text when it is not in the requested language (put it on the
   * element as `lang`, so screen readers switch voice); `undefined` when it is, or when the
   * text is a plain string with no stated language.
   */
  lang: string | undefined;
  /** True when the requested language was missing and another one is shown. */
  fallback: boolean;
}

/**
 * The text in `lang` (matched on the base language, so `cy-GB` finds `cy`); if that is missing or
 * blank, the text in the other built-in language (Welsh for English, English for anything else),
 * else the first language that has text. `undefined` when there is no text at all.
 */
export function pickText(text: LocalisedText | undefined, lang: string): PickedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    return text.trim() === '' ? undefined : { text, lang: undefined, fallback: false };
  }
  const entries = Object.entries(text).filter(([, value]) => value.trim() !== '');
  const wanted = baseLocale(lang);
  const exact = entries.find(([tag]) => baseLocale(tag) === wanted);
  if (exact) return { text: exact[1], lang: undefined, fallback: false };
  const preferred = wanted === 'en' ? 'cy' : 'en';
  const other = entries.find(([tag]) => baseLocale(tag) === preferred) ?? entries[0];
  return other ? { text: other[1], lang: other[0], fallback: true } : undefined;
}
