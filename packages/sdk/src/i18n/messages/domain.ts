import type { MessagesLike } from '../types.js';

export const domainEn = {} as const satisfies MessagesLike;

export const domainCy: Record<keyof typeof domainEn, string> = {};
