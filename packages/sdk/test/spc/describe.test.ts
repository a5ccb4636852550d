import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cy, en, describePoint, describeSpc, spc, type SpcResult } from '../../src/index.js';
import { spcCy, spcEn } from '../../src/i18n/messages/spc.js';
import { monthly, SAMPLE_MEASURES } from './fixtures/sample-measures.js';
import { chart } from './helpers.js';

const dates = monthly(36);
function measure(id: string): SpcResult {
  const m = SAMPLE_MEASURES.find((s) => s.id === id);
  assert.ok(m);
  return spc({
    data: m.values.map((y, i) => ({ x: dates[i] ?? '', y })),
    improvement: m.improvement,
    target: m.target,
  });
}

describe('describeSpc', () => {
  test('common cause with a failing target, with a unit', () => {
    assert.equal(
      describeSpc(measure('ed4h'), 'en', { unit: '%' }),
      'Common cause variation: no significant change. Will consistently fail the target of 95%.',
    );
  });
  test('special cause of an improving nature, with the reason for the last point', () => {
    assert.equal(
      describeSpc(measure('active'), 'en'),
      'Special cause of a concerning nature: the last 8 points are below the mean. Will randomly meet and miss the target of 80.',
    );
    assert.match(
      describeSpc(measure('sepsis'), 'en'),
      /^Special cause of an improving nature: the last point is above the upper process limit; the last 7 points have each been higher than the one before/,
    );
  });
  test('passing, neither, and a custom value format', () => {
    assert.match(
      describeSpc(measure('px'), 'en', { formatValue: (v) => `${v.toFixed(1)} per cent` }),
      /consistently pass the target of 85\.0 per cent\.$/,
    );
    assert.equal(
      describeSpc(measure('emadm'), 'en'),
      'Special cause variation, neither improving nor concerning: the last point is above the upper process limit.',
    );
  });
  test('not enough data is its own state', () => {
    const r = chart([1, 2, 3, 4, 5]);
    assert.equal(
      describeSpc(r, 'en'),
      'Not enough data: at least 13 points are needed for process limits and icons (5 so far).',
    );
    assert.equal(
      describeSpc(r, 'cy'),
      'Dim digon o ddata: mae angen o leiaf 13 pwynt ar gyfer terfynau proses ac eiconau (5 hyd yma).',
    );
  });
  test('no data and invalid data', () => {
    assert.equal(describeSpc(chart([]), 'en'), 'No data to analyse.');
    assert.equal(describeSpc(spc({ data: 'x' }), 'en'), 'The data could not be analysed.');
  });
  test('run charts are described by the runs analysis', () => {
    const r = chart([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3], { chart: 'run' });
    assert.equal(
      describeSpc(r, 'en'),
      'Non-random variation: a run of 9 points on one side of the median, longer than the 7 expected at most; 1 crossing of the median, fewer than the 5 expected at least.',
    );
    assert.match(
      describeSpc(chart([1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3], { chart: 'run' }), 'en'),
      /^Random variation/,
    );
  });
  test('Welsh', () => {
    assert.equal(
      describeSpc(measure('active'), 'cy'),
      'Achos arbennig sy’n peri pryder: mae’r 8 pwynt olaf o dan y cymedr. Bydd yn cyrraedd ac yn methu’r targed o 80 ar hap.',
    );
    assert.equal(
      describeSpc(measure('ed4h'), 'cy-GB'),
      'Amrywiad achos cyffredin: dim newid arwyddocaol. Bydd yn methu’r targed o 95 yn gyson.',
    );
  });
});

describe('describePoint', () => {
  test('a point outside the limits and in a run', () => {
    const r = measure('pu');
    assert.equal(
      describePoint(r.points[35] ?? assert.fail(), r, 'en'),
      'Special cause of an improving nature. Below the lower process limit. One of two or three points in three beyond the lower 2-sigma line. Part of a run of 9 points below the mean.',
    );
  });
  test('a run counts the whole run, before and after the point', () => {
    const r = measure('active');
    assert.equal(
      describePoint(r.points[30] ?? assert.fail(), r, 'en'),
      'Special cause of a concerning nature. Part of a run of 8 points below the mean.',
    );
  });
  test('a trend point', () => {
    const r = measure('sepsis');
    assert.equal(
      describePoint(r.points[31] ?? assert.fail(), r, 'en'),
      'Special cause of an improving nature. Part of a rising trend of 7 points.',
    );
    assert.equal(
      describePoint(r.points[31] ?? assert.fail(), r, 'cy'),
      'Achos arbennig sy’n dangos gwelliant. Rhan o duedd o 7 pwynt sy’n codi.',
    );
  });
  test('common cause, missing and excluded points', () => {
    const r = chart([1, null, 3, 2, 1, 2], { exclude: [2] });
    assert.equal(describePoint(r.points[0] ?? assert.fail(), r, 'en'), 'Common cause variation.');
    assert.equal(describePoint(r.points[1] ?? assert.fail(), r, 'en'), 'No value.');
    assert.equal(
      describePoint(r.points[2] ?? assert.fail(), r, 'cy'),
      'Wedi’i hepgor o’r cyfrifiadau.',
    );
  });
});

describe('catalogue', () => {
  test('every SPC message has Welsh wording that is not just the English', () => {
    for (const key of Object.keys(spcEn) as (keyof typeof spcEn)[]) {
      assert.ok(spcCy[key].trim().length > 0, key);
      assert.equal(en[key], spcEn[key]);
      assert.equal(cy[key], spcCy[key]);
    }
    const same = (Object.keys(spcEn) as (keyof typeof spcEn)[]).filter(
      (k) => spcEn[k] === spcCy[k],
    );
    // Only chart names made of symbols stay the same (e.g. none do: "siart" is added).
    assert.deepEqual(same, []);
  });
  test('placeholders match between English and Welsh', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(spcEn) as (keyof typeof spcEn)[]) {
      assert.deepEqual(names(spcCy[key]), names(spcEn[key]), key);
    }
  });
});
