import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  rulesForMeasure,
  measureSchema,
  spcForMeasure,
  summariseMeasure,
} from '../../src/index.js';
import { getFramework } from '../../src/index.js';
import { sampleMeasures } from '../../src/sample/measures.js';

describe('rulesForMeasure', () => {
  test('a measure’s own rules win, then the page’s, then mdc', () => {
    assert.equal(rulesForMeasure({ rules: 'nhsr' }, 'qic'), 'nhsr');
    assert.equal(rulesForMeasure({}, 'qic'), 'qic');
    assert.equal(rulesForMeasure({}), 'mdc');
    const options = { preset: 'qic' as const };
    assert.equal(rulesForMeasure({}, options), options);
  });

  test('gives the verdict the scorecard summary gives, with and without page rules', () => {
    const framework = getFramework('steeep');
    assert.ok(framework);
    for (const measure of sampleMeasures) {
      for (const page of [undefined, 'qic', 'anhoej'] as const) {
        for (const m of [measure, measureSchema.parse({ ...measure, rules: 'nhsr' })]) {
          const mine = spcForMeasure(m, { rules: rulesForMeasure(m, page) }).variation;
          assert.equal(mine, summariseMeasure(m, framework, page).variation, `${m.id} ${page}`);
        }
      }
    }
  });
});
