import type { MessagesLike } from '../types.js';

/** UI words of <qms-steeep-scorecard>. */
export const scorecardEn = {} as const satisfies MessagesLike;

export const scorecardCy: Record<keyof typeof scorecardEn, string> = {};
