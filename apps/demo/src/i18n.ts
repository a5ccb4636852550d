import {
  formatDate,
  localisedTextIn,
  translate,
  type LocalisedText,
  type MessageKey,
  type Params,
} from '@qms-kit/sdk';

/** The two languages the demo offers; every visible string has both. */
export type DemoLang = 'en' | 'cy';
export const LANGS: readonly DemoLang[] = ['en', 'cy'];

export const isDemoLang = (value: unknown): value is DemoLang => value === 'en' || value === 'cy';

/** Words in one language: catalogue messages, dates, and text the data supplies. */
export interface Words {
  lang: DemoLang;
  t(key: MessageKey, params?: Params): string;
  /** A long date such as "15 April 2025" / "15 Ebrill 2025". */
  longDate(iso: string): string;
  /** Text from the data in this language (else English, else any), with the language it is in. */
  text(value: LocalisedText | undefined): { text: string; lang: string | undefined };
}

export function words(lang: DemoLang): Words {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    longDate: (iso) => formatDate(lang, iso, { day: 'numeric', month: 'long', year: 'numeric' }),
    text: (value) => {
      const picked = localisedTextIn(value, lang);
      if (!picked) return { text: '', lang: undefined };
      return { text: picked.text, lang: picked.fallback ? picked.lang : undefined };
    },
  };
}
