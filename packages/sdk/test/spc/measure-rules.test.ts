import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { measureRules, measureSchema, spcForMeasure, summariseMeasure } from '../../src/index.js';
import { getFramework } from '../../src/index.js';
import { sampleMeasures } from '../../src/sample/measures.js';

describe('measureRules', () => {
  test('a measure’s own rules win, then the page’s, then mdc', () => {
    assert.equal(measureRules({ rules: 'nhsr' }, 'qic'), 'nhsr');
    assert.equal(measureRules({}, 'qic'), 'qic');
    assert.equal(measureRules({}), 'mdc');
    const options = { preset: 'qic' as const };
    assert.equal(measureRules({}, options), options);
  });

  test('gives the verdict the scorecard summary gives, with and without page rules', () => {
    const framework = getFramework('steeep');
    assert.ok(framework);
    for (const measure of sampleMeasures) {
      for (const page of [undefined, 'qic', 'anhoej'] as const) {
        for (const m of [measure, measureSchema.parse({ ...measure, rules: 'nhsr' })]) {
          const mine = spcForMeasure(m, { rules: measureRules(m, page) }).variation;
          assert.equal(mine, summariseMeasure(m, framework, page).variation, `${m.id} ${page}`);
        }
      }
    }
  });
});
