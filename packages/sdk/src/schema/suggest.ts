import { QUOTE_LIMIT, quoteText } from '../quote-text.js';

/** Edit distance, for "did you mean" hints on ids; inputs are short ids, so O(n·m) is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known id closest to `id` (case-insensitive, within about one typo per three letters). */
export function closestId(id: string, known: readonly string[]): string | undefined {
  const lower = id.toLowerCase();
  const allowed = (k: string) => Math.max(1, Math.floor(Math.max(k.length, id.length) / 3));
  return (
    known
      // The distance is at least the difference in length: skipping those keeps a 10 MB value
      // from costing 10 MB × the id's length.
      .filter((k) => Math.abs(k.length - id.length) <= allowed(k))
      .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
      .filter(({ k, d }) => d <= allowed(k))
      .sort((a, b) => a.d - b.d)[0]?.k
  );
}

/**
 * Words to append to "no such id" messages: a close match if there is one, else the known ids
 * (the first few), so a typo is a one-glance fix.
 */
export function suggestId(id: string, known: readonly string[]): string {
  if (known.length === 0) return ' (there are none)';
  const close = closestId(id, known);
  if (close !== undefined) return `; did you mean ${quoteText(close)}?`;
  const shown = known
    .slice(0, 12)
    .map((k) => (k.length > QUOTE_LIMIT ? quoteText(k) : k))
    .join(', ');
  return ` (known: ${shown}${known.length > 12 ? ', …' : ''})`;
}
