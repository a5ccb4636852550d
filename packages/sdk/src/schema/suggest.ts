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
  return known
    .map((k) => ({ k, d: editDistance(lower, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(1, Math.floor(Math.max(k.length, id.length) / 3)))
    .sort((a, b) => a.d - b.d)[0]?.k;
}

/**
 * Words to append to "no such id" messages: a close match if there is one, else the known ids
 * (the first few), so a typo is a one-glance fix.
 */
export function suggestId(id: string, known: readonly string[]): string {
  if (known.length === 0) return ' (there are none)';
  const close = closestId(id, known);
  if (close !== undefined) return `; did you mean "${close}"?`;
  const shown = known.slice(0, 12).join(', ');
  return ` (known: ${shown}${known.length > 12 ? ', …' : ''})`;
}
