import type { Statement, StatementScoreValue } from '../schema/statement.js';

/** CQC's rating words for a key question. */
export type RatingBand = 'inadequate' | 'requires-improvement' | 'good' | 'outstanding';

export interface KeyQuestionScore {
  /** Sum of the scores as a percentage of the maximum (4 per statement), unrounded. */
  percent: number;
  band: RatingBand;
  /** How many statement scores it is made of. */
  count: number;
}

/**
 * CQC's key-question score: the statement scores as a percentage of the maximum, banded
 * 25–38% inadequate, 39–62% requires improvement, 63–87% good, over 87% outstanding.
 *
 * CQC states the bands in whole percentages and the gaps between them (38–39, 62–63) are real
 * for fractional values (e.g. 5 of 8 statements). qms-kit does not round: a band starts at its
 * stated lower bound, so 38.9% is inadequate, 62.5% requires improvement, 63% good, 87% good
 * and 87.5% outstanding ("over 87%"). Rating limiters are not applied. No scores: `undefined`.
 */
export function keyQuestionScore(
  scores: readonly StatementScoreValue[],
): KeyQuestionScore | undefined {
  if (scores.length === 0) return undefined;
  const sum = scores.reduce<number>((total, s) => total + s, 0);
  const percent = (sum / (4 * scores.length)) * 100;
  return { percent, band: ratingBand(percent), count: scores.length };
}

/** The CQC band for a key-question percentage (see `keyQuestionScore` for the boundaries). */
export function ratingBand(percent: number): RatingBand {
  if (percent > 87) return 'outstanding';
  if (percent >= 63) return 'good';
  if (percent >= 39) return 'requires-improvement';
  return 'inadequate';
}

/**
 * Key-question scores from statement cards, grouped by `framework`/`version`/`keyQuestion` so
 * cards of different frameworks are never mixed. Unscored cards are skipped.
 */
export function keyQuestionScores(
  statements: readonly Statement[],
): { framework: string; version: string; keyQuestion: string; score: KeyQuestionScore }[] {
  const groups = new Map<
    string,
    { framework: string; version: string; keyQuestion: string; scores: StatementScoreValue[] }
  >();
  for (const s of statements) {
    if (!s.score) continue;
    const key = JSON.stringify([s.framework, s.version, s.keyQuestion]);
    const group = groups.get(key) ?? {
      framework: s.framework,
      version: s.version,
      keyQuestion: s.keyQuestion,
      scores: [],
    };
    group.scores.push(s.score.value);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ scores, ...where }) => {
    const score = keyQuestionScore(scores);
    return score ? [{ ...where, score }] : [];
  });
}
