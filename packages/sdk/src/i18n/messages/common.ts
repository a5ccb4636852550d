import type { MessagePart, MessagesLike } from '../types.js';

/** Words shared by every element: states, errors, generic controls. */
export const commonEn = {
  'common.loading': 'Loading…',
  'common.empty': 'No data to show.',
  'common.error.title': 'This content could not be shown',
  'common.error.problems': 'Problems found:',
  'common.synthetic': 'Synthetic data – not real performance',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.none': 'None',
  // Each language in itself, for a language switch: never for running text.
  'common.language.en': 'English',
  'common.language.cy': 'Cymraeg',
  // Each language named in this catalogue's language, for running text ("Notes in {language}:").
  'common.languageName.en': 'English',
  'common.languageName.cy': 'Welsh',
  'common.inOtherLanguage': 'Shown in {language}: no {current} text was supplied.',
} as const satisfies MessagesLike;

export const commonCy: Record<keyof typeof commonEn, string> = {
  'common.loading': 'Wrthi’n llwytho…',
  'common.empty': 'Dim data i’w ddangos.',
  'common.error.title': 'Nid oedd modd dangos y cynnwys hwn',
  'common.error.problems': 'Problemau a ganfuwyd:',
  'common.synthetic': 'Data synthetig – nid perfformiad go iawn',
  'common.close': 'Cau',
  'common.cancel': 'Canslo',
  'common.save': 'Cadw',
  'common.none': 'Dim',
  'common.language.en': 'English',
  'common.language.cy': 'Cymraeg',
  // After "yn" only a language other than the page's is named, so never "Cymraeg" (which would
  // mutate to "yn Gymraeg"); "testun {current}" takes the name unmutated.
  'common.languageName.en': 'Saesneg',
  'common.languageName.cy': 'Cymraeg',
  'common.inOtherLanguage': 'Dangosir yn {language}: ni roddwyd testun {current}.',
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const commonMessages = { en: commonEn, cy: commonCy } satisfies MessagePart<typeof commonEn>;
