import type { MessagesLike } from '../types.js';

export const spcEn = {} as const satisfies MessagesLike;

export const spcCy: Record<keyof typeof spcEn, string> = {};
