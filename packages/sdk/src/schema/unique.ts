import type * as z from 'zod/mini';
import { quoteText } from '../quote-text.js';

/**
 * A zod check that reports every repeated `id` in a list, at the repeat, naming the first use,
 * so "which one is the duplicate?" never needs a second look.
 */
export function uniqueIds(what: string) {
  return (
    items: readonly { id: string }[],
    ctx: z.core.$RefinementCtx<readonly { id: string }[]>,
  ) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `repeats the ${what} id ${quoteText(item.id)} already used at position ${first + 1}; ids must be unique`,
        input: item.id,
      });
    });
  };
}
