import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  actionSchema,
  datasetSchema,
  frameworkSchema,
  isoDateSchema,
  linkSchema,
  measureSchema,
  qmsAssessmentSchema,
  statementSchema,
  parseDatasetJson,
  parseMeasureJson,
  parseActionsJson,
  parseStatementJson,
  parseAssessmentJson,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { REMOVE, assertProblem, changed, problemsOf, valueOf } from './helpers.js';

describe('schemas accept the sample dataset and its parts', () => {
  test('the whole dataset parses and comes back unchanged', () => {
    assert.deepEqual(valueOf(parseDatasetJson(sampleDataset)), sampleDataset);
    assert.deepEqual(valueOf(parseDatasetJson(JSON.stringify(sampleDataset))), sampleDataset);
    assert.equal(datasetSchema.safeParse(sampleDataset).success, true);
  });

  test('each measure, action, statement and the assessment parse on their own', () => {
    for (const m of sampleDataset.measures) assert.equal(measureSchema.safeParse(m).success, true);
    for (const a of sampleDataset.actions) assert.equal(actionSchema.safeParse(a).success, true);
    for (const s of sampleDataset.statements) {
      assert.equal(statementSchema.safeParse(s).success, true);
    }
    assert.equal(qmsAssessmentSchema.safeParse(sampleDataset.assessment).success, true);
    valueOf(parseMeasureJson(sampleDataset.measures[0]));
    valueOf(parseActionsJson(sampleDataset.actions));
    valueOf(parseActionsJson({ actions: sampleDataset.actions }));
    valueOf(parseStatementJson(sampleDataset.statements[0]));
    valueOf(parseAssessmentJson(sampleDataset.assessment));
  });

  test('defaults fill in a minimal dataset', () => {
    const dataset = valueOf(parseDatasetJson({ organisation: 'Ward 7', framework: 'steeep' }));
    assert.deepEqual(dataset.measures, []);
    assert.deepEqual(dataset.actions, []);
    assert.deepEqual(dataset.statements, []);
    const assessment = valueOf(parseAssessmentJson({}));
    assert.equal(assessment.scope, 'organisation');
    assert.equal(assessment.centre, 'feedback');
    assert.equal(assessment.aspects.control.stage, 0);
    assert.equal(assessment.enablers.set, 'wales-hcqs-2023');
  });

  test('a custom framework validates in a dataset', () => {
    const icb = {
      id: 'icb-themes',
      version: '2024',
      name: 'ICB quality themes',
      domains: [
        { id: 'culture', label: 'Culture and climate', order: 1 },
        { id: 'patient-safety', label: 'Patient safety', order: 2 },
      ],
    };
    assert.equal(frameworkSchema.safeParse(icb).success, true);
    const dataset = valueOf(
      parseDatasetJson({
        organisation: 'ICB',
        framework: icb,
        measures: [{ id: 'm', name: 'M', domain: 'patient-safety', data: [] }],
      }),
    );
    assert.equal(
      typeof dataset.framework === 'object' && dataset.framework.domains[0]?.kind,
      'domain',
    );
  });
});

describe('schemas reject bad input with readable messages at the JSON path', () => {
  test('a value of the wrong type names the path and what was found', () => {
    const problems = problemsOf(parseDatasetJson(changed(['measures', 2, 'data', 5, 'y'], 'abc')));
    assertProblem(problems, 'measures[2].data[5].y', 'must be a number, got text "abc"');
  });

  test('a missing required field', () => {
    const problems = problemsOf(parseDatasetJson(changed(['actions', 2, 'owner'], REMOVE)));
    assertProblem(problems, 'actions[2].owner', 'is required');
  });

  test('an unknown option lists the allowed ones and suggests a near miss', () => {
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 1, 'status'], 'done'))),
      'actions[1].status',
      'must be one of "not-started", "in-progress", "blocked", "complete" or "closed", got text "done"',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['framework'], 'steep'))),
      'framework',
      'must be "steeep", "wales-hcqs-2023", "nhse-3part", "cqc-5kq" or an object, got text "steep"; did you mean "steeep"?',
    );
  });

  test('localised text in the wrong shape', () => {
    const problems = problemsOf(parseDatasetJson(changed(['organisation'], 5)));
    assertProblem(problems, 'organisation', 'must be text or an object, got 5');
    assertProblem(
      problemsOf(parseDatasetJson(changed(['measures', 1, 'name'], { en: 5 }))),
      'measures[1].name.en',
      'must be text, got 5',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['measures', 1, 'name'], { en: ' ' }))),
      'measures[1].name',
      'needs the text in at least one language, e.g. { "en": "…" }',
    );
  });

  test('a measure whose domain is not in the framework', () => {
    assertProblem(
      problemsOf(parseDatasetJson(changed(['measures', 0, 'domain'], 'saftey'))),
      'measures[0].domain',
      'no domain or enabler of the framework "wales-hcqs-2023" has the id "saftey"; did you mean "safe"?',
    );
  });

  test('links to measures, actions and statements that do not exist', () => {
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 0, 'measureIds'], ['fals']))),
      'actions[0].measureIds[0]',
      'no measure has the id "fals"; did you mean "falls"?',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['statements', 1, 'actionIds'], ['Z99']))),
      'statements[1].actionIds[0]',
      'no action has the id "Z99" (known: A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, …)',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 7, 'statementIds'], ['nope']))),
      'actions[7].statementIds[0]',
      'no statement has the id "nope" (known: cqc-safe-systems, cqc-managing-risks, cqc-working-together, cqc-person-centred-care, wales-person-centred)',
    );
    assertProblem(
      problemsOf(
        parseDatasetJson(changed(['assessment', 'aspects', 'assurance', 'measureIds'], ['ed4'])),
      ),
      'assessment.aspects.assurance.measureIds[0]',
      'no measure has the id "ed4"; did you mean "ed4h"?',
    );
    assertProblem(
      problemsOf(
        parseDatasetJson(changed(['statements', 0, 'evidence', 2, 'measureId'], 'readmit')),
      ),
      'statements[0].evidence[2].measureId',
      'no measure has the id "readmit"; did you mean "readm"?',
    );
  });

  test('duplicate ids', () => {
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 1, 'id'], 'A1'))),
      'actions[1].id',
      'repeats the action id "A1" already used at position 1; ids must be unique',
    );
  });

  test('statement cards: score, key question and quality statement', () => {
    assertProblem(
      problemsOf(parseDatasetJson(changed(['statements', 0, 'score', 'value'], 5))),
      'statements[0].score.value',
      'must be one of 1, 2, 3 or 4, got 5',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['statements', 1, 'keyQuestion'], 'caring'))),
      'statements[1].keyQuestion',
      'must be "safe": the quality statement "involving-people-to-manage-risks" sits under that key question, got text "caring"',
    );
    assertProblem(
      problemsOf(
        parseDatasetJson(changed(['statements', 1, 'qualityStatementId'], 'involving-people')),
      ),
      'statements[1].qualityStatementId',
      'no quality statement of cqc-saf 2024 has the id "involving-people" (known: learning-culture, safe-systems-pathways-and-transitions, safeguarding, involving-people-to-manage-risks, safe-environments, safe-and-effective-staffing, infection-prevention-and-control, medicines-optimisation, assessing-needs, delivering-evidence-based-care-and-treatment, how-staff-teams-and-services-work-together, supporting-people-to-live-healthier-lives, …)',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['statements', 4, 'keyQuestion'], 'kind'))),
      'statements[4].keyQuestion',
      'no key question or domain of "wales-hcqs-2023" has the id "kind" (known: safe, timely, effective, efficient, equitable, person-centred, leadership, workforce, culture-valuing-people, information, learning-improvement-research, whole-systems-approach)',
    );
  });

  test('evidence links refuse script URLs', () => {
    assertProblem(
      problemsOf(
        parseDatasetJson(changed(['statements', 0, 'evidence', 0, 'url'], 'javascript:alert(1)')),
      ),
      'statements[0].evidence[0].url',
      'must be a web address starting with https:// or http://, a mailto: address or a relative path, got text "javascript:alert(1)"',
    );
    assert.equal(linkSchema.safeParse('java\tscript:alert(1)').success, false);
    assert.equal(linkSchema.safeParse(' JAVASCRIPT:alert(1)').success, false);
    assert.equal(linkSchema.safeParse('data:text/html,hi').success, false);
    // Scheme-relative and backslash forms are read by browsers as another site.
    for (const elsewhere of [
      '//evil.example',
      '//evil.example/audit.pdf',
      '\\\\evil.example',
      '/\\evil.example',
      '\\/evil.example',
      ' //evil.example',
      '/\t/evil.example',
    ]) {
      assert.equal(linkSchema.safeParse(elsewhere).success, false, elsewhere);
    }
    for (const good of [
      'https://example.nhs.wales/a',
      'mailto:q@example.org',
      '/docs/audit.pdf',
      'audit.pdf#p2',
      './docs/a.pdf',
      '/docs//a.pdf',
    ]) {
      assert.equal(linkSchema.safeParse(good).success, true, good);
    }
  });

  test('actions: progress score, dates, PDSA links and revised due', () => {
    const qi = 15;
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', qi, 'progressScore'], 3.2))),
      `actions[${qi}].progressScore`,
      'must be one of 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5 or 5, got 3.2',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', qi, 'due'], '2024-02-30'))),
      `actions[${qi}].due`,
      'is not a real calendar date, got text "2024-02-30"',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', qi, 'due'], '2024-01-01'))),
      `actions[${qi}].due`,
      'must not be before the start date (2024-03-01), got text "2024-01-01"',
    );
    assertProblem(
      problemsOf(
        parseDatasetJson(changed(['actions', qi, 'pdsaCycles', 0, 'changeIdeaId'], 'ci-nope')),
      ),
      `actions[${qi}].pdsaCycles[0].changeIdeaId`,
      'no change idea in this action\'s driver diagram has the id "ci-nope"',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', qi, 'pdsaCycles', 0, 'act'], 'adopted'))),
      `actions[${qi}].pdsaCycles[0].act`,
      'must be one of "adopt", "adapt" or "abandon", got text "adopted"; did you mean "adopt"?',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 3, 'revisedDue', 'reason'], REMOVE))),
      'actions[3].revisedDue.reason',
      'is required',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['actions', 0, 'deliveryConfidence'], 'green'))),
      'actions[0].deliveryConfidence',
      'must be one of "high", "medium" or "low", got text "green"',
    );
  });

  test('assessment: stage outside the scale, questions and tools in the wrong aspect', () => {
    const aspects = ['assessment', 'aspects'];
    assertProblem(
      problemsOf(parseDatasetJson(changed([...aspects, 'planning', 'stage'], 7))),
      'assessment.aspects.planning.stage',
      'must be between 0 and 4, the stages of the maturity scale, got 7',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed([...aspects, 'control', 'questions', 0, 'id'], 'q1'))),
      'assessment.aspects.control.questions[0].id',
      'question "q1" belongs to planning, not control',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed([...aspects, 'control', 'questions', 0, 'id'], 'q15'))),
      'assessment.aspects.control.questions[0].id',
      'must be one of "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12", "q13" or "q14", got text "q15"; did you mean "q1"?',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed([...aspects, 'control', 'tools', 0, 'id'], 'audits'))),
      'assessment.aspects.control.tools[0].id',
      'the tool "audits" belongs to assurance, not control',
    );
    assertProblem(
      problemsOf(
        parseDatasetJson(changed([...aspects, 'control', 'tools', 0, 'id'], 'whiteboard')),
      ),
      'assessment.aspects.control.tools[0].label',
      'is required for "whiteboard", which is not one of the example tools for control',
    );
    assertProblem(
      problemsOf(
        parseAssessmentJson({
          maturityScale: [
            { stage: 0, label: 'a' },
            { stage: 2, label: 'b' },
          ],
        }),
      ),
      'maturityScale[1].stage',
      'must be 1, as stages are numbered from 0 in order without gaps, got 2',
    );
    assertProblem(
      problemsOf(parseDatasetJson(changed(['assessment', 'enablers', 'items', 0, 'id'], 'money'))),
      'assessment.enablers.items[0].id',
      '"money" is not an enabler of the set "wales-hcqs-2023" (known: leadership, workforce, culture-valuing-people, information, learning-improvement-research, whole-systems-approach)',
    );
  });

  test('dates must be real calendar dates', () => {
    assert.equal(isoDateSchema.safeParse('2024-02-29').success, true);
    assert.equal(isoDateSchema.safeParse('2023-02-29').success, false);
    assert.equal(isoDateSchema.safeParse('2024-04-31').success, false);
    assert.equal(isoDateSchema.safeParse('2024-04-01T09:30:00Z').success, true);
    assertProblem(
      problemsOf(parseMeasureJson({ id: 'x', name: 'X', data: [{ x: '01/02/2024', y: 1 }] })),
      'data[0].x',
      'must be an ISO date such as 2024-04-01, got text "01/02/2024"',
    );
  });

  test('a problem at the top level names the document', () => {
    assertProblem(problemsOf(parseDatasetJson(null)), 'the dataset', 'must be an object, got null');
    assertProblem(
      problemsOf(parseDatasetJson([])),
      'the dataset',
      'must be an object, got an empty list',
    );
    assertProblem(
      problemsOf(parseActionsJson(5)),
      'the actions',
      'must be a list or an object, got 5',
    );
  });
});
