import type { MessagesLike } from '../types.js';

/** UI words of the demo dashboard (apps/demo). */
export const demoEn = {} as const satisfies MessagesLike;

export const demoCy: Record<keyof typeof demoEn, string> = {};
