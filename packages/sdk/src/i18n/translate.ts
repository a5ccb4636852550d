import { builtInParts, type MessageKey } from './catalogues.js';
import {
  registerMessages,
  translatePluralRegistered,
  translateRegistered,
  type Params,
} from './registry.js';

export { registerCatalogue, type Params } from './registry.js';
export { baseLocale, formatDate, formatNumber, intlLocale } from './format.js';

let everyPart = false;
/** `translate` promises every built-in message, so it registers them all on first use. */
function registerEveryPart(): void {
  if (everyPart) return;
  registerMessages(...builtInParts);
  everyPart = true;
}

/**
 * The message for `key` in `locale` (falling back to English), with `{name}` filled in.
 * Knows every built-in message, so it carries them all into a bundle; elements and the SDK's own
 * functions use `translateRegistered` with the parts they need instead.
 */
export function translate(
  locale: string | undefined | null,
  key: MessageKey,
  params?: Params,
): string {
  registerEveryPart();
  return translateRegistered(locale, key, params);
}

/**
 * Picks `key.zero|one|two|few|many|other` by the locale's plural rules (Welsh has all six),
 * falling back to `key.other`, and fills `{count}`.
 */
export function translatePlural(
  locale: string | undefined | null,
  key: string,
  count: number,
  params?: Params,
): string {
  registerEveryPart();
  return translatePluralRegistered(locale, key, count, params);
}
