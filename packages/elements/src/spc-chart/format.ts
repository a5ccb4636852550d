import type { LocalizeController } from '../internal/localize.js';

const PROBES = Array.from({ length: 12 }, (_, m) => Date.UTC(2024, m, 1 + m));

/**
 * Bulk number and date formatting for tables and axes, with the element's LocalizeController as
 * the reference. The SDK builds a new Intl formatter per call (tens of microseconds), too slow for
 * hundreds of cells per render, so formatters are kept per language and options. A date formatter
 * is only used after it has been shown to give exactly what `i18n.date` gives (not the case for
 * Welsh in browsers without Welsh month names); otherwise every date goes through `i18n.date`.
 */
export class BulkFormat {
  private readonly i18n: LocalizeController;
  private readonly numbers = new Map<string, Intl.NumberFormat>();
  private readonly dates = new Map<string, Intl.DateTimeFormat | null>();
  private readonly slowDates = new Map<string, string>();
  private tag = '';

  constructor(i18n: LocalizeController) {
    this.i18n = i18n;
  }

  number(value: number, options: Intl.NumberFormatOptions = {}): string {
    this.sync();
    const key = JSON.stringify(options);
    let format = this.numbers.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.i18n.intlLocale, options);
      // Same construction as the SDK's formatNumber, so the output is identical.
      this.numbers.set(key, format);
    }
    return format.format(value);
  }

  date(value: number, options: Intl.DateTimeFormatOptions): string {
    this.sync();
    const key = JSON.stringify(options);
    let format = this.dates.get(key);
    if (format === undefined) {
      const candidate = new Intl.DateTimeFormat(this.i18n.intlLocale, {
        timeZone: 'UTC',
        ...options,
      });
      const same = PROBES.every((t) => candidate.format(t) === this.i18n.date(t, options));
      format = same ? candidate : null;
      this.dates.set(key, format);
    }
    if (format !== null) return format.format(value);
    const memo = `${key}|${value}`;
    let text = this.slowDates.get(memo);
    if (text === undefined) {
      text = this.i18n.date(value, options);
      if (this.slowDates.size > 20_000) this.slowDates.clear();
      this.slowDates.set(memo, text);
    }
    return text;
  }

  /** Drops every formatter when the language changes. */
  private sync(): void {
    const tag = this.i18n.intlLocale;
    if (tag === this.tag) return;
    this.tag = tag;
    this.numbers.clear();
    this.dates.clear();
    this.slowDates.clear();
  }
}
