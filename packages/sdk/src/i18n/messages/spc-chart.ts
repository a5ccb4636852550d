import type { MessagesLike } from '../types.js';

/** UI words of <qms-spc-chart> (English is the source of the keys). */
export const spcChartEn = {} as const satisfies MessagesLike;

export const spcChartCy: Record<keyof typeof spcChartEn, string> = {};
