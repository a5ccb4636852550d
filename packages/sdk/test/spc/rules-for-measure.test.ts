import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getFramework,
  measureSchema,
  rulesForMeasure,
  spcForMeasure,
  summariseMeasure,
  type Measure,
} from '../../src/index.js';
import { monthly, SAMPLE_MEASURES } from './fixtures/sample-measures.js';

const dates = monthly(36);
function sample(id: string, extra: Partial<Measure> = {}): Measure {
  const m = SAMPLE_MEASURES.find((s) => s.id === id);
  assert.ok(m);
  return measureSchema.parse({
    id: m.id,
    name: m.id,
    improvement: m.improvement,
    ...(m.target === undefined ? {} : { target: m.target }),
    data: m.values.map((y, i) => ({ x: dates[i] ?? '', y })),
    ...extra,
  });
}

describe('rulesForMeasure', () => {
  test('the measure’s own rules win over the fallback', () => {
    assert.equal(rulesForMeasure({ rules: 'nhsr' }, 'qic'), 'nhsr');
    const own = { shift: 8 } as const;
    assert.equal(rulesForMeasure({ rules: own }, 'qic'), own);
  });

  test('else the fallback, else mdc', () => {
    assert.equal(rulesForMeasure({}, 'anhoej'), 'anhoej');
    assert.equal(rulesForMeasure({}), 'mdc');
    assert.equal(rulesForMeasure({ rules: undefined }, undefined), 'mdc');
  });

  test('summariseMeasure judges a measure by the same rules as spcForMeasure with them', () => {
    const framework = getFramework('steeep');
    for (const m of SAMPLE_MEASURES) {
      for (const own of [undefined, 'nhsr', 'qic'] as const) {
        const measure = sample(m.id, own ? { rules: own } : {});
        for (const fallback of [undefined, 'anhoej', 'mdc-2022'] as const) {
          const row = summariseMeasure(measure, framework, fallback);
          const direct = spcForMeasure(measure, {
            rules: rulesForMeasure(measure, fallback),
          });
          assert.equal(row.variation, direct.variation, `${m.id} ${own} ${fallback}`);
          assert.equal(row.assurance, direct.assurance, `${m.id} ${own} ${fallback}`);
        }
      }
    }
  });
});
