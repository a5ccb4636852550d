import { calendarDay } from '../schema/calendar.js';
import {
  evidenceCategories,
  type EvidenceCategory,
  type EvidenceItem,
  type Statement,
  type StatementScoreValue,
} from '../schema/statement.js';

/** What a statement card holds for one evidence category. */
export interface EvidenceCategorySummary {
  category: EvidenceCategory;
  /** How many evidence items the card links in this category. */
  count: number;
  /** The latest item date (as written, e.g. `2025-03-01`), or `undefined` with no items. */
  lastUpdated: string | undefined;
  /** The category's own score, where the card keeps one (CQC scored these before Dec 2024). */
  score: StatementScoreValue | undefined;
  /** The items, in the card's order. */
  items: EvidenceItem[];
}

/**
 * The six evidence categories in CQC's order, each with its item count, latest date and (if
 * any) category score. Categories without evidence are included with a count of 0, because a
 * missing category ("no feedback from partners") is itself worth seeing.
 */
export function evidenceSummary(
  statement: Pick<Statement, 'evidence' | 'score'>,
): EvidenceCategorySummary[] {
  return evidenceCategories.map((category) => {
    const items = statement.evidence.filter((item) => item.category === category);
    return {
      category,
      count: items.length,
      lastUpdated: latestDate(items.map((item) => item.date)),
      score: statement.score?.categoryScores?.[category],
      items,
    };
  });
}

/** The latest of some ISO dates by calendar day (the first written wins a tie); unreadable ones are skipped. */
function latestDate(dates: readonly string[]): string | undefined {
  let best: { date: string; day: number } | undefined;
  for (const date of dates) {
    const day = calendarDay(date);
    if (day === undefined) continue;
    if (!best || day > best.day) best = { date, day };
  }
  return best?.date;
}
