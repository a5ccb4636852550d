import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCycleWheelJson, qmsLinks } from '../../src/index.js';
import { sampleDataset, sampleAssessment, sampleMeasures } from '../../src/sample/index.js';

const today = '2025-04-15';

describe('qmsLinks on the sample (DOMAIN.md §9.4)', () => {
  const links = qmsLinks(sampleAssessment, {
    measures: sampleMeasures,
    actions: sampleDataset.actions,
    today,
  });

  test('Control: two linked measures in concern (sick, meds)', () => {
    const control = links.aspects.control;
    assert.deepEqual(
      control.measures.map((m) => [m.id, m.variation, m.concern, m.failing]),
      [
        ['sick', 'concern-high', true, true],
        ['meds', 'concern-high', true, false],
      ],
    );
    assert.equal(control.flaggedMeasures, 2);
  });

  test('Assurance: one failing-target measure (ed4h)', () => {
    const a = links.aspects.assurance;
    assert.deepEqual(
      a.measures.map((m) => [m.id, m.failing]),
      [['ed4h', true]],
    );
    assert.equal(a.flaggedMeasures, 1);
  });

  test('Improvement: listed actions plus actions tagged with the aspect, each once', () => {
    const ids = links.aspects.improvement.actions.map((a) => a.id);
    assert.deepEqual(ids, ['QI-PU', 'QI-SEPSIS', 'A9']);
    assert.equal(links.aspects.improvement.openActions, 3);
    assert.equal(links.aspects.improvement.flaggedMeasures, 0);
  });

  test('open and overdue follow actionDueState and today', () => {
    // A8 is due 2025-06-30: open, not overdue in April 2025, overdue a year later.
    assert.equal(links.aspects.planning.openActions, 1);
    assert.equal(links.aspects.planning.overdueActions, 0);
    const later = qmsLinks(sampleAssessment, {
      actions: sampleDataset.actions,
      today: '2026-04-01',
    });
    assert.equal(later.aspects.planning.overdueActions, 1);
  });

  test('enablers: listed plus tagged by domain', () => {
    assert.deepEqual(
      links.enablers.workforce?.measures.map((m) => m.id),
      ['sick'],
    );
    assert.deepEqual(
      links.enablers.workforce?.actions.map((a) => a.id),
      ['A14'],
    );
    assert.deepEqual(
      links.enablers['learning-improvement-research']?.actions.map((a) => a.id),
      ['A9'],
    );
    assert.equal(Object.keys(links.enablers).length, 6);
  });

  test('unknown ids are listed, not counted', () => {
    const l = qmsLinks(sampleAssessment, { today });
    assert.equal(l.aspects.control.measures[0]?.measure, undefined);
    assert.equal(l.aspects.control.flaggedMeasures, 0);
    assert.equal(l.aspects.assurance.actions[0]?.dueState, undefined);
    assert.equal(l.aspects.assurance.openActions, 0);
  });
});

describe('parseCycleWheelJson', () => {
  test('a bare assessment, a bundle, a dataset', () => {
    const bare = parseCycleWheelJson(JSON.stringify(sampleAssessment));
    assert.ok(bare.ok);
    assert.deepEqual(Object.keys(bare.value), ['assessment']);
    const bundle = parseCycleWheelJson({ assessment: sampleAssessment, measures: sampleMeasures });
    assert.ok(bundle.ok);
    assert.equal(bundle.value.measures?.length, 10);
    const dataset = parseCycleWheelJson(JSON.parse(JSON.stringify(sampleDataset)));
    assert.ok(dataset.ok);
    assert.equal(dataset.value.actions?.length, sampleDataset.actions.length);
  });

  test('problems name the path', () => {
    const bad = parseCycleWheelJson({ aspects: { control: { stage: 9 } } });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.match(bad.problems[0]?.where ?? '', /aspects\.control\.stage/);
    const noAssessment = parseCycleWheelJson({
      ...JSON.parse(JSON.stringify(sampleDataset)),
      assessment: undefined,
    });
    assert.equal(noAssessment.ok, false);
    const text = parseCycleWheelJson('{');
    assert.equal(text.ok, false);
  });
});

describe('parseCycleWheelJson refuses what is not an assessment', () => {
  test('a server error object is refused, quoting what it says', () => {
    for (const input of [{ error: 'Session expired' }, '{"error":"Session expired"}']) {
      const r = parseCycleWheelJson(input);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.problems.length, 1);
      assert.match(r.problems[0]!.message, /^is not an assessment/);
      assert.match(r.problems[0]!.message, /"Session expired"/);
    }
  });

  test('any object with none of the fields is refused; an empty one is still the defaults', () => {
    assert.equal(parseCycleWheelJson({ id: 'x', data: [] }).ok, false);
    assert.equal(parseCycleWheelJson({}).ok, true);
    assert.equal(parseCycleWheelJson({ aspects: {} }).ok, true);
  });
});
