// Locale tags and Intl formatting: no messages here, so any module may import it cheaply.

/** `cy-GB` → `cy`; anything unknown stays as given so hosts can register it. */
export function baseLocale(locale: string | undefined | null): string {
  if (!locale) return 'en';
  return locale.toLowerCase().split(/[-_]/)[0] || 'en';
}

/**
 * The BCP 47 tag to give `Intl`, so Welsh gets Welsh month names and digit grouping. A tag
 * `Intl` refuses (`pl_PL`, `x`) would throw a RangeError from every formatter, so it falls back
 * to British English with one console warning per tag. Every `Intl` use goes through here.
 */
export function intlLocale(locale: string | undefined | null): string {
  const base = baseLocale(locale);
  if (base === 'en') return 'en-GB';
  if (base === 'cy') return 'cy-GB';
  if (!locale) return 'en-GB';
  return isValidLocale(locale) ? locale : 'en-GB';
}

const checkedLocales = new Map<string, boolean>();

/** Whether `Intl` accepts `tag`; an invalid one is warned about once. */
export function isValidLocale(tag: string): boolean {
  let valid = checkedLocales.get(tag);
  if (valid !== undefined) return valid;
  try {
    valid = Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    valid = false;
  }
  // Bounded so a page cycling through junk tags cannot grow the cache for ever.
  if (checkedLocales.size > 200) checkedLocales.clear();
  checkedLocales.set(tag, valid);
  if (!valid)
    warn(`qms-kit: lang "${tag.slice(0, 40)}" is not a valid BCP 47 language tag; using en-GB.`);
  return valid;
}

/** The SDK has no DOM or Node types; a console is there in every runtime that matters. */
function warn(message: string): void {
  (globalThis as { console?: { warn?: (m: string) => void } }).console?.warn?.(message);
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
    'Ebr',
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
  short: ['Sul', 'Llun', 'Maw', 'Mer', 'Iau', 'Gwe', 'Sad'],
};

/**
 * British-English layout with the month and weekday names put into Welsh (CLDR cy names, as
 * Node's full ICU gives them in the format context), so every browser shows the same date.
 * @internal exported for tests.
 */
export function welshDate(date: Date, options: Intl.DateTimeFormatOptions): string {
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
