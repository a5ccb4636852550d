import { html, type TemplateResult } from 'lit';
import type { MeasureSummaryRow } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import { isMonthly } from '../view.js';

/** A dash for sighted readers, words for screen readers. */
export function renderNone(i18n: LocalizeController): TemplateResult {
  return html`<span aria-hidden="true">–</span
    ><span class="visually-hidden">${i18n.t('scorecard.noValue')}</span>`;
}

export function formatNumber(
  i18n: LocalizeController,
  value: number | null,
  decimals: number | undefined,
): string | TemplateResult {
  if (value === null) return renderNone(i18n);
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return i18n.number(value, options);
}

/** Month and year for monthly data (dates on the 1st), else the full date. */
export function formatPeriod(i18n: LocalizeController, x: string): string {
  return isMonthly(x) ? i18n.date(x, { month: 'short', year: 'numeric' }) : i18n.date(x);
}

/** The sentence a screen reader hears in place of the sparkline. */
export function trendText(i18n: LocalizeController, row: MeasureSummaryRow): string {
  const s = row.sparkline;
  if (s.min === null || s.max === null || s.first === null || s.last === null) {
    return i18n.t('scorecard.trend.empty');
  }
  const d = row.measure.decimals;
  const plain = (v: number | null) => {
    const f = formatNumber(i18n, v, d);
    return typeof f === 'string' ? f : i18n.t('scorecard.noValue');
  };
  return i18n.t('scorecard.trend', {
    count: i18n.number(s.values.length),
    first: formatPeriod(i18n, s.first),
    last: formatPeriod(i18n, s.last),
    min: plain(s.min),
    max: plain(s.max),
    latest: plain(row.latest),
  });
}
