import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  aspectTools,
  exampleToolsFor,
  feedbackBySource,
  feedbackNewestFirst,
  feedbackSourceSchema,
  maturityRollup,
  qmsAspects,
  type QmsAssessment,
} from '../../src/index.js';
import { sampleAssessment } from '../../src/sample/index.js';

const frozen = structuredClone(sampleAssessment);

describe('aspectTools', () => {
  test('lists the example tools, then local ones (labelled by id when unlabelled)', () => {
    const draft: QmsAssessment = structuredClone(sampleAssessment);
    const first = exampleToolsFor('control')[0]!;
    draft.aspects.control.tools = [
      { id: 'local-huddle', inPlace: true },
      { id: first.id, inPlace: true },
      { id: 'local-board', label: { en: 'Board walk' }, inPlace: false },
    ];
    const tools = aspectTools(draft, 'control');
    assert.equal(tools.length, exampleToolsFor('control').length + 2);
    assert.deepEqual(tools[0], { id: first.id, label: first.label, inPlace: true });
    assert.equal(tools[1]!.inPlace, false);
    assert.deepEqual(tools.slice(-2), [
      { id: 'local-huddle', label: 'local-huddle', inPlace: true },
      { id: 'local-board', label: { en: 'Board walk' }, inPlace: false },
    ]);
  });

  test('has as many lines as the roll-up counts tools, and leaves the input unchanged', () => {
    const rollup = maturityRollup(sampleAssessment);
    for (const aspect of qmsAspects) {
      assert.equal(
        aspectTools(sampleAssessment, aspect).length,
        rollup.aspects[aspect].tools.total,
      );
    }
    assert.deepEqual(sampleAssessment, frozen);
  });
});

describe('feedback', () => {
  test('counts every item once, by source in the sources order', () => {
    const counts = feedbackBySource(sampleAssessment);
    assert.deepEqual(
      counts.map((c) => c.source),
      feedbackSourceSchema.options,
    );
    assert.equal(
      counts.reduce((n, c) => n + c.count, 0),
      sampleAssessment.feedback.length,
    );
  });

  test('orders items newest first, keeping same-day items in their order', () => {
    const draft: QmsAssessment = structuredClone(sampleAssessment);
    draft.feedback = [
      { id: 'a', source: 'insight', title: 'A', date: '2025-01-01' },
      { id: 'b', source: 'insight', title: 'B', date: '2025-03-01' },
      { id: 'c', source: 'insight', title: 'C', date: '2025-01-01' },
    ];
    assert.deepEqual(
      feedbackNewestFirst(draft).map((f) => f.id),
      ['b', 'a', 'c'],
    );
    assert.deepEqual(
      draft.feedback.map((f) => f.id),
      ['a', 'b', 'c'],
    );
  });
});
