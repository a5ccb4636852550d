import type { MessagesLike } from '../types.js';

/** UI words of <qms-cycle-wheel> (English is the source of the keys). */
export const cycleWheelEn = {} as const satisfies MessagesLike;

export const cycleWheelCy: Record<keyof typeof cycleWheelEn, string> = {};
