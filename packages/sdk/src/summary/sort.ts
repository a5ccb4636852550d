import type { MeasureSummaryRow } from './summarise.js';
import { intlLocale } from '../i18n/format.js';
import { assuranceGroups, variationGroups } from './groups.js';
import type { VariationIcon } from '../schema/options.js';

/** The sortable columns of the summary table. */
export type SummarySortKey =
  'name' | 'period' | 'latest' | 'target' | 'variation' | 'assurance' | 'mean' | 'lower' | 'upper';

/** The same words as `aria-sort`, so an element can pass them straight through. */
export type SummarySortDirection = 'ascending' | 'descending';

export interface SummarySortOptions {
  /** The measure's name as shown (in the reader's language); default: the row's id. */
  name?: (row: MeasureSummaryRow) => string;
  /** Locale for comparing names, e.g. `cy-GB`. */
  locale?: string;
}

// Within a group, the high side before the low side, so the order is total and stable.
const sideRank = (icon: VariationIcon): number => (icon.endsWith('-low') ? 1 : 0);

type Key = number | string | null;

function keyOf(row: MeasureSummaryRow, key: SummarySortKey, options: SummarySortOptions): Key {
  switch (key) {
    case 'name':
      return options.name ? options.name(row) : row.id;
    case 'period':
      return row.period === null ? null : Date.parse(row.period);
    case 'variation':
      // Ascending puts what needs attention first: concern, improvement, neither, common cause.
      return variationGroups.indexOf(row.variationGroup) * 2 + sideRank(row.variation);
    case 'assurance':
      return assuranceGroups.indexOf(row.assuranceGroup);
    default:
      return row[key];
  }
}

/**
 * Rows sorted by one column of the summary table. Missing values (no target, no limits) go last
 * in both directions; ties keep the given order. Icons sort by what needs attention: ascending
 * variation is concern, improvement, neither, common cause, not enough data; ascending assurance
 * is fail, hit or miss, pass, no target, not assessed. Returns a new array.
 */
export function sortSummaryRows(
  rows: readonly MeasureSummaryRow[],
  key: SummarySortKey,
  direction: SummarySortDirection = 'ascending',
  options: SummarySortOptions = {},
): MeasureSummaryRow[] {
  const collator = new Intl.Collator(
    options.locale === undefined ? undefined : intlLocale(options.locale),
    { numeric: true, sensitivity: 'base' },
  );
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, key: keyOf(row, key, options) }));
  keyed.sort((a, b) => {
    const missingA = a.key === null || (typeof a.key === 'number' && Number.isNaN(a.key));
    const missingB = b.key === null || (typeof b.key === 'number' && Number.isNaN(b.key));
    if (missingA || missingB) {
      return missingA === missingB ? a.index - b.index : missingA ? 1 : -1;
    }
    const order =
      typeof a.key === 'string' && typeof b.key === 'string'
        ? collator.compare(a.key, b.key)
        : Number(a.key) - Number(b.key);
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((k) => k.row);
}
