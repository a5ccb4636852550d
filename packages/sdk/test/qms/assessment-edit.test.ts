import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyAssessmentChange,
  maturityRollup,
  parseAssessmentJson,
  qmsAssessmentSchema,
  sameAssessment,
  withNotesText,
  type QmsAssessment,
} from '../../src/index.js';
import { sampleAssessment } from '../../src/sample/index.js';

function applied(...args: Parameters<typeof applyAssessmentChange>): QmsAssessment {
  const r = applyAssessmentChange(...args);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
  // Every edit keeps the assessment valid.
  assert.equal(qmsAssessmentSchema.safeParse(r.value).success, true);
  return r.value;
}

const frozen = structuredClone(sampleAssessment);

describe('applyAssessmentChange', () => {
  test('answering a question updates the roll-up and leaves the input unchanged', () => {
    const next = applied(sampleAssessment, 'assurance', {
      type: 'answer',
      questionId: 'q14',
      answer: 'yes',
    });
    assert.deepEqual(maturityRollup(next).aspects.assurance.questions, {
      yes: 1,
      partly: 1,
      no: 0,
      unanswered: 0,
      total: 2,
    });
    assert.deepEqual(sampleAssessment, frozen);
    // Untouched aspects are shared, not copied.
    assert.equal(next.aspects.planning, sampleAssessment.aspects.planning);
  });

  test('a new answer lands in question order; clearing removes it (and its notes)', () => {
    const empty = parseAssessmentJson({});
    assert.ok(empty.ok);
    let a = applied(empty.value, 'control', { type: 'answer', questionId: 'q10', answer: 'no' });
    a = applied(a, 'control', { type: 'answer', questionId: 'q8', answer: 'partly' });
    assert.deepEqual(
      a.aspects.control.questions.map((q) => q.id),
      ['q8', 'q10'],
    );
    a = applied(a, 'control', { type: 'answer', questionId: 'q10', answer: null });
    assert.deepEqual(
      a.aspects.control.questions.map((q) => q.id),
      ['q8'],
    );
  });

  test('changing an answer keeps its notes', () => {
    const next = applied(sampleAssessment, 'planning', {
      type: 'answer',
      questionId: 'q6',
      answer: 'yes',
    });
    const q6 = next.aspects.planning.questions.find((q) => q.id === 'q6');
    assert.deepEqual(q6, {
      id: 'q6',
      answer: 'yes',
      notes: { en: 'Workforce plan not yet linked to demand.' },
    });
  });

  test('notes per language, exactly as typed; blank removes them', () => {
    const cy = applied(sampleAssessment, 'planning', {
      type: 'question-notes',
      questionId: 'q6',
      notes: 'Cynllun gweithlu ',
      lang: 'cy-GB',
    });
    assert.deepEqual(cy.aspects.planning.questions.find((q) => q.id === 'q6')?.notes, {
      en: 'Workforce plan not yet linked to demand.',
      cy: 'Cynllun gweithlu ',
    });
    const plain = applied(sampleAssessment, 'planning', {
      type: 'question-notes',
      questionId: 'q1',
      notes: 'Signal from the survey',
      lang: 'en',
    });
    assert.equal(
      plain.aspects.planning.questions.find((q) => q.id === 'q1')?.notes,
      'Signal from the survey',
    );
    const cleared = applied(plain, 'planning', {
      type: 'question-notes',
      questionId: 'q1',
      notes: '   ',
    });
    assert.equal('notes' in (cleared.aspects.planning.questions[0] ?? {}), false);
  });

  test('tools: toggles listed ones, adds catalogue ones not yet listed', () => {
    const off = applied(sampleAssessment, 'planning', {
      type: 'tool',
      toolId: 'service-user-feedback',
      inPlace: false,
    });
    assert.equal(maturityRollup(off).aspects.planning.tools.inPlace, 5);
    const empty = parseAssessmentJson({});
    assert.ok(empty.ok);
    const added = applied(empty.value, 'control', {
      type: 'tool',
      toolId: 'escalation',
      inPlace: true,
    });
    assert.deepEqual(added.aspects.control.tools, [{ id: 'escalation', inPlace: true }]);
    assert.deepEqual(maturityRollup(added).aspects.control.tools, { inPlace: 1, total: 6 });
  });

  test('stage and aspect notes', () => {
    const staged = applied(sampleAssessment, 'control', { type: 'stage', stage: 3 });
    assert.equal(maturityRollup(staged).aspects.control.stage, 3);
    assert.deepEqual(maturityRollup(staged).overall.weakestAspects, ['planning', 'assurance']);
    const noted = applied(sampleAssessment, 'control', {
      type: 'aspect-notes',
      notes: 'Huddles daily',
    });
    assert.equal(noted.aspects.control.notes, 'Huddles daily');
  });

  test('problems instead of exceptions for changes that do not fit', () => {
    const cases = [
      applyAssessmentChange(sampleAssessment, 'control', {
        type: 'answer',
        questionId: 'q1',
        answer: 'yes',
      }),
      applyAssessmentChange(sampleAssessment, 'control', { type: 'stage', stage: 5 }),
      applyAssessmentChange(sampleAssessment, 'control', { type: 'stage', stage: 1.5 }),
      applyAssessmentChange(sampleAssessment, 'control', {
        type: 'tool',
        toolId: 'audits',
        inPlace: true,
      }),
      applyAssessmentChange(sampleAssessment, 'control', {
        type: 'tool',
        toolId: 'made-up',
        inPlace: true,
      }),
      applyAssessmentChange(sampleAssessment, 'improvement', {
        type: 'question-notes',
        questionId: 'q12',
        notes: 'x',
      }),
    ];
    // q12 is answered in the sample, so its notes are fine; the rest are not.
    assert.deepEqual(
      cases.map((c) => c.ok),
      [false, false, false, false, false, true],
    );
    for (const c of cases.slice(0, 5)) if (!c.ok) assert.ok(c.problems[0]?.message);
    const unanswered = parseAssessmentJson({});
    assert.ok(unanswered.ok);
    const r = applyAssessmentChange(unanswered.value, 'improvement', {
      type: 'question-notes',
      questionId: 'q12',
      notes: 'x',
    });
    assert.equal(r.ok, false);
  });
});

describe('sameAssessment', () => {
  test('equal content in any key order is the same; a change is not', () => {
    const copy = JSON.parse(JSON.stringify(sampleAssessment)) as QmsAssessment;
    const reordered = Object.fromEntries(Object.entries(copy).reverse()) as QmsAssessment;
    assert.equal(sameAssessment(sampleAssessment, reordered), true);
    const changed = applyAssessmentChange(copy, 'control', { type: 'stage', stage: 2 });
    assert.ok(changed.ok);
    assert.equal(sameAssessment(sampleAssessment, changed.value), false);
    assert.equal(sameAssessment(undefined, sampleAssessment), false);
  });

  test('a re-parsed copy is the same', () => {
    const parsed = parseAssessmentJson(JSON.stringify(sampleAssessment));
    assert.ok(parsed.ok);
    assert.equal(sameAssessment(parsed.value, sampleAssessment), true);
  });
});

describe('withNotesText', () => {
  test('plain stays plain, per-language stays per-language', () => {
    assert.equal(withNotesText(undefined, 'a', 'cy'), 'a');
    assert.equal(withNotesText('old', 'new', 'cy'), 'new');
    assert.deepEqual(withNotesText({ en: 'x' }, 'y', 'cy'), { en: 'x', cy: 'y' });
    assert.equal(withNotesText({ en: 'x' }, '', 'en'), undefined);
    assert.equal(withNotesText(undefined, ' ', 'en'), undefined);
  });
});
