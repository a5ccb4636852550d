import type { ProgressScore } from '../schema/action.js';
import type { domainEn } from '../i18n/messages/domain.js';

/** Every IHI progress score, lowest first. */
export const progressScores: readonly ProgressScore[] = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

type ProgressKey = Extract<keyof typeof domainEn, `action.progress.${number}.${number}`>;

/** The catalogue key of a progress score's label, e.g. `action.progress.3.5` for 3.5. */
export function progressScoreKey(score: ProgressScore): ProgressKey {
  // toFixed(1) gives "1.0" for 1, matching the catalogue's keys for whole scores.
  return `action.progress.${score.toFixed(1)}` as ProgressKey;
}
