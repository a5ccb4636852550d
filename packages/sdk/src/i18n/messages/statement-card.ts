import type { MessagesLike } from '../types.js';

/** UI words of <qms-statement-card> (English is the source of the keys). */
export const statementCardEn = {} as const satisfies MessagesLike;

export const statementCardCy: Record<keyof typeof statementCardEn, string> = {};
