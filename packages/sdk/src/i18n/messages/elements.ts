import type { MessagesLike } from '../types.js';

export const elementsEn = {} as const satisfies MessagesLike;

export const elementsCy: Record<keyof typeof elementsEn, string> = {};
