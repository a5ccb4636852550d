import type { MessagesLike } from '../types.js';

/** UI words of <qms-provider> (English is the source of the keys). */
export const providerEn = {
  'provider.loading': 'Loading the shared quality data…',
  'provider.error.title': 'The shared quality data could not be loaded',
} as const satisfies MessagesLike;

export const providerCy: Record<keyof typeof providerEn, string> = {
  'provider.loading': 'Wrthi’n llwytho’r data ansawdd a rennir…', // translator review
  'provider.error.title': 'Nid oedd modd llwytho’r data ansawdd a rennir', // translator review
};
