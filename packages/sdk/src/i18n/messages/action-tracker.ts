import type { MessagesLike } from '../types.js';

/** UI words of <qms-action-tracker> (English is the source of the keys). */
export const actionTrackerEn = {} as const satisfies MessagesLike;

export const actionTrackerCy: Record<keyof typeof actionTrackerEn, string> = {};
