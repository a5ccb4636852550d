import type { MessagePart, MessagesLike } from '../types.js';

/** UI words of <qms-provider> (English is the source of the keys). */
export const providerEn = {
  'provider.loading': 'Loading the shared quality data…',
  'provider.error.title': 'The shared quality data could not be loaded',
} as const satisfies MessagesLike;

export const providerCy: Record<keyof typeof providerEn, string> = {
  'provider.loading': 'Wrthi’n llwytho’r data ansawdd a rennir…', // translator review
  'provider.error.title': 'Nid oedd modd llwytho’r data ansawdd a rennir', // translator review
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const providerMessages = { en: providerEn, cy: providerCy } satisfies MessagePart<
  typeof providerEn
>;
