import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { maturityRollup, parseAssessmentJson } from '../../src/index.js';
import { sampleAssessment } from '../../src/sample/index.js';
import { valueOf } from './helpers.js';

describe('maturityRollup', () => {
  test('the sample wheel (DOMAIN.md §9.4)', () => {
    const rollup = maturityRollup(sampleAssessment);
    const { planning, control, improvement, assurance } = rollup.aspects;
    assert.deepEqual(
      [planning.stage, control.stage, improvement.stage, assurance.stage],
      [2, 1, 3, 2],
    );
    assert.deepEqual(planning.tools, { inPlace: 6, total: 9 });
    assert.deepEqual(control.tools, { inPlace: 3, total: 6 });
    assert.deepEqual(planning.questions, { yes: 2, partly: 3, no: 2, unanswered: 0, total: 7 });
    assert.deepEqual(assurance.questions, { yes: 0, partly: 1, no: 1, unanswered: 0, total: 2 });
    assert.equal(control.linkedMeasures, 2);
    assert.equal(improvement.linkedActions, 3);
    assert.deepEqual(planning.stageLabel, { en: 'Implementing', cy: 'Rhoi ar waith' });
    assert.equal(planning.topStage, 4);
    assert.deepEqual(rollup.overall, {
      minStage: 1,
      maxStage: 3,
      meanStage: 2,
      weakestAspects: ['control'],
      questions: { yes: 2, partly: 7, no: 5, unanswered: 0, total: 14 },
      tools: { inPlace: 17, total: 26 },
    });
  });

  test('an empty assessment: everything at stage 0 and unanswered', () => {
    const rollup = maturityRollup(valueOf(parseAssessmentJson({})));
    assert.equal(rollup.overall.minStage, 0);
    assert.equal(rollup.overall.meanStage, 0);
    assert.deepEqual(rollup.overall.weakestAspects, [
      'planning',
      'control',
      'improvement',
      'assurance',
    ]);
    assert.deepEqual(rollup.overall.questions, {
      yes: 0,
      partly: 0,
      no: 0,
      unanswered: 14,
      total: 14,
    });
    assert.deepEqual(rollup.overall.tools, { inPlace: 0, total: 26 });
    assert.deepEqual(rollup.aspects.planning.stageLabel, { en: 'Not started', cy: 'Heb ddechrau' });
  });

  test('a custom scale and local tools', () => {
    const assessment = valueOf(
      parseAssessmentJson({
        maturityScale: [
          { stage: 0, label: 'None' },
          { stage: 1, label: 'Some' },
          { stage: 2, label: 'All' },
        ],
        aspects: {
          control: {
            stage: 2,
            questions: [{ id: 'q8', answer: 'yes' }],
            tools: [
              { id: 'escalation', inPlace: true },
              { id: 'ward-board', label: 'Ward safety board', inPlace: true },
            ],
          },
        },
      }),
    );
    const rollup = maturityRollup(assessment);
    assert.equal(rollup.aspects.control.stageLabel, 'All');
    assert.equal(rollup.aspects.control.topStage, 2);
    assert.deepEqual(rollup.aspects.control.tools, { inPlace: 2, total: 7 });
    assert.deepEqual(rollup.aspects.control.questions, {
      yes: 1,
      partly: 0,
      no: 0,
      unanswered: 3,
      total: 4,
    });
    assert.equal(rollup.overall.meanStage, 0.5);
    assert.equal(
      parseAssessmentJson({
        maturityScale: assessment.maturityScale,
        aspects: { planning: { stage: 3 } },
      }).ok,
      false,
    );
  });
});
