import type { MessageKey, Messages } from './catalogues.js';
import { baseLocale, formatNumber, intlLocale } from './format.js';
import type { MessagePart } from './types.js';

export type Params = Record<string, string | number>;

/**
 * The messages a bundle carries: parts are added by explicit `registerMessages` calls (from an
 * element's controller, or an SDK function that writes text), never by importing a module, so a
 * bundle holds only the parts it uses.
 */
const builtIn = new Map<string, Record<string, string>>([
  ['en', {}],
  ['cy', {}],
]);
/** Hosts' own wording, kept apart so registering a built-in part later never overrides it. */
const hosts = new Map<string, Partial<Messages>>();
const registered = new WeakSet<MessagePart>();

/** Adds built-in message parts (English and Welsh) to the registry; repeat calls are free. */
export function registerMessages(...parts: readonly MessagePart[]): void {
  for (const part of parts) {
    if (registered.has(part)) continue;
    registered.add(part);
    Object.assign(builtIn.get('en')!, part.en);
    Object.assign(builtIn.get('cy')!, part.cy);
  }
}

/**
 * Adds or overrides messages for a locale (e.g. a host's own wording, or a new language).
 * Missing keys fall back to English.
 */
export function registerCatalogue(locale: string, messages: Partial<Messages>): void {
  const base = baseLocale(locale);
  hosts.set(base, { ...hosts.get(base), ...messages });
}

function inLocale(base: string, key: string): string | undefined {
  return (hosts.get(base) as Record<string, string> | undefined)?.[key] ?? builtIn.get(base)?.[key];
}

const english = (key: string): string | undefined => builtIn.get('en')![key];

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The message for `key` in `locale` (falling back to English), with `{name}` filled in, from the
 * registered parts only; an unregistered key comes back as the key itself.
 */
export function translateRegistered(
  locale: string | undefined | null,
  key: MessageKey,
  params?: Params,
): string {
  return interpolate(inLocale(baseLocale(locale), key) ?? english(key) ?? key, params);
}

/**
 * Picks `key.zero|one|two|few|many|other` by the locale's plural rules (Welsh has all six),
 * falling back to `key.other`, and fills `{count}`; registered parts only.
 */
export function translatePluralRegistered(
  locale: string | undefined | null,
  key: string,
  count: number,
  params?: Params,
): string {
  const base = baseLocale(locale);
  const category = new Intl.PluralRules(intlLocale(locale)).select(count);
  const template =
    inLocale(base, `${key}.${category}`) ??
    inLocale(base, `${key}.other`) ??
    english(`${key}.${new Intl.PluralRules('en-GB').select(count)}`) ??
    english(`${key}.other`) ??
    key;
  return interpolate(template, { count: formatNumber(locale, count), ...params });
}
