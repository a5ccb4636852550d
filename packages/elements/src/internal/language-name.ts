import { baseLocale } from '@qms-kit/sdk';
import type { LocalizeController } from './localize.js';

/**
 * A language named in the element's language, for running text ("Notes in Welsh:", "Nodiadau yn
 * Saesneg:"): English and Welsh from `common.languageName.*`, any other tag through
 * `Intl.DisplayNames`, else the tag itself. Every element names a language through here, so the
 * same language reads the same everywhere. Not for a language switch, whose options name each
 * language in itself (`common.language.*`).
 */
export function languageName(
  i18n: Pick<LocalizeController, 't' | 'intlLocale'>,
  tag: string,
): string {
  const base = baseLocale(tag);
  if (base === 'en' || base === 'cy') return i18n.t(`common.languageName.${base}`);
  try {
    return new Intl.DisplayNames([i18n.intlLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
