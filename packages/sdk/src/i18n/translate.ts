import { cy, en, type MessageKey, type Messages } from './catalogues.js';

export type Params = Record<string, string | number>;

const catalogues = new Map<string, Partial<Messages>>([
  ['en', en],
  ['cy', cy],
]);

/**
 * Adds or overrides messages for a locale (e.g. a host's own wording, or a new language).
 * Missing keys fall back to English.
 */
export function registerCatalogue(locale: string, messages: Partial<Messages>): void {
  const base = baseLocale(locale);
  catalogues.set(base, { ...catalogues.get(base), ...messages });
}

/** `cy-GB` → `cy`; anything unknown stays as given so hosts can register it. */
export function baseLocale(locale: string | undefined | null): string {
  if (!locale) return 'en';
  return locale.toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The BCP 47 tag to give `Intl`, so Welsh gets Welsh month names and digit grouping. */
export function intlLocale(locale: string | undefined | null): string {
  const base = baseLocale(locale);
  if (base === 'en') return 'en-GB';
  if (base === 'cy') return 'cy-GB';
  return locale ?? 'en-GB';
}

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message for `key` in `locale` (falling back to English), with `{name}` filled in. */
export function translate(
  locale: string | undefined | null,
  key: MessageKey,
  params?: Params,
): string {
  const catalogue = catalogues.get(baseLocale(locale));
  return interpolate(catalogue?.[key] ?? en[key], params);
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
  const category = new Intl.PluralRules(intlLocale(locale)).select(count);
  const catalogue = catalogues.get(baseLocale(locale)) as Record<string, string> | undefined;
  const english = en as Record<string, string>;
  const template =
    catalogue?.[`${key}.${category}`] ??
    catalogue?.[`${key}.other`] ??
    english[`${key}.${new Intl.PluralRules('en-GB').select(count)}`] ??
    english[`${key}.other`] ??
    key;
  return interpolate(template, { count: formatNumber(locale, count), ...params });
}

/** Numbers through Intl in the locale. */
export function formatNumber(
  locale: string | undefined | null,
  value: number,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** Dates through Intl in the locale; ISO date strings are read as UTC calendar dates. */
export function formatDate(
  locale: string | undefined | null,
  value: string | number | Date,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' },
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const tag = intlLocale(locale);
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', ...options };
  if (baseLocale(locale) === 'cy' && !runtimeHasWelshDates()) return welshDate(date, opts);
  return new Intl.DateTimeFormat(tag, opts).format(date);
}

let welshDates: boolean | undefined;
/** Some browsers (e.g. Chromium builds with a reduced ICU) lack Welsh month names. */
function runtimeHasWelshDates(): boolean {
  welshDates ??=
    new Intl.DateTimeFormat('cy-GB', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1),
    ) === 'Ionawr';
  return welshDates;
}

const welshMonths = {
  long: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  short: [
    'Ion',
    'Chwef',
    'Maw',
    'Ebrill',
    'Mai',
    'Meh',
    'Gorff',
    'Awst',
    'Medi',
    'Hyd',
    'Tach',
    'Rhag',
  ],
};
const welshWeekdays = {
  long: [
    'Dydd Sul',
    'Dydd Llun',
    'Dydd Mawrth',
    'Dydd Mercher',
    'Dydd Iau',
    'Dydd Gwener',
    'Dydd Sadwrn',
  ],
  short: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwen', 'Sad'],
};

/** British-English layout with the month and weekday names put into Welsh (CLDR cy names). */
function welshDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat('en-GB', options).formatToParts(date);
  const width = (style: string | undefined): 'long' | 'short' =>
    style === 'long' ? 'long' : 'short';
  return parts
    .map((part) => {
      if (part.type === 'month' && (options.month === 'long' || options.month === 'short')) {
        return welshMonths[width(options.month)][date.getUTCMonth()] ?? part.value;
      }
      if (part.type === 'weekday') {
        return welshWeekdays[width(options.weekday)][date.getUTCDay()] ?? part.value;
      }
      return part.value;
    })
    .join('');
}
