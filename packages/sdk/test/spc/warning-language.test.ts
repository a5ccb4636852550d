import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cy, describeSpcWarning, spc, type SpcWarning } from '../../src/index.js';
import { CALM, chart } from './helpers.js';

/** One spc() call per kind of warning, each worded from values the warning carries. */
function warnings(): SpcWarning[] {
  const rows = (ys: number[], n?: number[]) =>
    ys.map((y, i) => ({ x: i, y, ...(n ? { n: n[i] as number } : {}) }));
  return [
    ...spc({ chart: 'xmr', data: [] }).warnings,
    ...spc({ chart: 'xmr', data: rows([1, 2, 3]), exclude: [0, 1, 2] }).warnings,
    ...chart([1, 3, 2, 4, 3]).warnings, // icons withheld below 13 points (mdc)
    ...chart([1, 3, 2, 4, 3, 5, 4], { rules: 'nhsr' }).warnings, // trial limits
    ...chart(Array.from({ length: 15 }, () => 7)).warnings, // no variation
    ...chart(CALM, { baseline: 30 }).warnings, // baseline longer than the partition
    ...chart(CALM, { target: 12 }).warnings, // target with a neutral direction
    ...spc({ chart: 'g', improvement: 'increase', target: 5, data: rows([4, 6, 2, 8]) }).warnings,
    ...spc({ chart: 'c', data: rows([4, 6, 2, 8], [10, 10, 10, 10]) }).warnings,
  ];
}

describe('describeSpcWarning', () => {
  const all = warnings();
  const codes = new Set(all.map((w) => w.code));

  test('the fixture meets the warnings it means to', () => {
    for (const code of [
      'no-data',
      'all-excluded',
      'too-few-points',
      'trial-limits',
      'no-variation',
      'baseline-longer-than-partition',
      'target-not-assessed',
      'denominator-ignored',
    ]) {
      assert.ok(codes.has(code as SpcWarning['code']), code);
    }
  });

  test('in English it is exactly the message spc() wrote', () => {
    for (const w of all) assert.equal(describeSpcWarning(w, 'en'), w.message, w.messageKey);
  });

  test('in Welsh it is the Welsh catalogue message, with every value filled in', () => {
    for (const w of all) {
      const text = describeSpcWarning(w, 'cy');
      assert.notEqual(text, w.message, w.messageKey);
      assert.doesNotMatch(text, /\{\w+\}/, `${w.messageKey}: a placeholder left in "${text}"`);
      const template = cy[w.messageKey];
      // Every fixed run of words in the template appears in the text.
      for (const piece of template.split(/\{\w+\}/)) assert.ok(text.includes(piece), piece);
      for (const [name, value] of Object.entries(w.params)) {
        if (typeof value === 'number') assert.ok(text.includes(String(value)), `${name} ${value}`);
      }
    }
  });

  test('a chart is named in the language of the text', () => {
    const c = all.find((w) => w.code === 'denominator-ignored');
    assert.equal(c?.params.chart, 'c');
    assert.match(c?.message ?? '', /c chart/);
    assert.ok(describeSpcWarning(c!, 'cy').includes(cy['spc.chart.c']));
    const g = all.find((w) => w.messageKey === 'spc.warning.targetChart');
    assert.ok(describeSpcWarning(g!, 'cy').includes(cy['spc.chart.g']));
  });

  test('numbers take the locale’s format', () => {
    const w: SpcWarning = {
      code: 'conflicting-signals',
      message: '',
      messageKey: 'spc.warning.conflictPrecedence',
      params: { count: 1234 },
    };
    assert.match(describeSpcWarning(w, 'en'), /: 1,234\./);
  });
});
