/** How much of an offending value a problem message quotes: enough to recognise it, never a whole file. */
export const QUOTE_LIMIT = 200;

/**
 * Text quoted for a problem message: `"abc"`, or for long text its start, an ellipsis and its
 * length, `"aaaa…" (10000000 characters)`, so a 10 MB cell cannot make a 10 MB message.
 */
export function quoteText(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return JSON.stringify(text);
  // Cut before a lone high surrogate, so the quoted start is still valid text.
  const code = text.charCodeAt(limit - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  return `${JSON.stringify(`${text.slice(0, end)}…`)} (${text.length} characters)`;
}
