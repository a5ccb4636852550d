import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  keyQuestionScore,
  keyQuestionScores,
  ratingBand,
  type StatementScoreValue,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';

/** `ones` scores of 1 and `twos` of 2 etc.: handy for exact percentages with 25 statements. */
function scores(counts: Partial<Record<StatementScoreValue, number>>): StatementScoreValue[] {
  return ([1, 2, 3, 4] as const).flatMap((s) => Array<StatementScoreValue>(counts[s] ?? 0).fill(s));
}

describe('keyQuestionScore', () => {
  test('percent of the maximum', () => {
    assert.deepEqual(keyQuestionScore([3, 3, 2, 4]), { percent: 75, band: 'good', count: 4 });
    assert.equal(keyQuestionScore([]), undefined);
  });

  test('bands at every whole-percent boundary (25 statements give whole percentages)', () => {
    const at = (percent: number) => {
      // 25 statements: sum = percent, using ones and twos, threes or fours as needed.
      const extra = percent - 25;
      const fours = Math.floor(extra / 3);
      const rest = extra - fours * 3;
      const list = scores({
        4: fours,
        ...(rest === 0 ? {} : { [rest + 1]: 1 }),
        1: 25 - fours - (rest === 0 ? 0 : 1),
      });
      const result = keyQuestionScore(list);
      assert.equal(result?.percent, percent);
      return result?.band;
    };
    assert.equal(at(25), 'inadequate');
    assert.equal(at(38), 'inadequate');
    assert.equal(at(39), 'requires-improvement');
    assert.equal(at(62), 'requires-improvement');
    assert.equal(at(63), 'good');
    assert.equal(at(87), 'good');
    assert.equal(at(88), 'outstanding');
    assert.equal(at(100), 'outstanding');
  });

  test('fractional percentages fall in the band whose lower bound they reach (no rounding)', () => {
    assert.deepEqual(keyQuestionScore([1, 2]), { percent: 37.5, band: 'inadequate', count: 2 });
    assert.deepEqual(keyQuestionScore([2, 3]), {
      percent: 62.5,
      band: 'requires-improvement',
      count: 2,
    });
    assert.deepEqual(keyQuestionScore([3, 4]), { percent: 87.5, band: 'outstanding', count: 2 });
    assert.equal(ratingBand(38.99), 'inadequate');
    assert.equal(ratingBand(62.99), 'requires-improvement');
    assert.equal(ratingBand(87), 'good');
    assert.equal(ratingBand(87.01), 'outstanding');
  });

  test('grouped by framework, version and key question from statement cards', () => {
    const groups = keyQuestionScores(sampleDataset.statements);
    assert.deepEqual(
      groups.map((g) => [g.framework, g.keyQuestion, g.score.percent, g.score.band]),
      [
        ['cqc-saf', 'safe', 62.5, 'requires-improvement'],
        ['cqc-saf', 'effective', 75, 'good'],
        ['cqc-saf', 'responsive', 75, 'good'],
        ['wales-hcqs-2023', 'person-centred', 50, 'requires-improvement'],
      ],
    );
  });
});
