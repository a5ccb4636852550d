import type { MessagesLike } from '../types.js';

/** UI words of <qms-provider> (English is the source of the keys). */
export const providerEn = {} as const satisfies MessagesLike;

export const providerCy: Record<keyof typeof providerEn, string> = {};
