// Problem messages quote at most ~200 characters of the value they are about, whatever its size,
// so a 10 MB cell cannot make a 10 MB message (or a page that takes seconds to lay out).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  findJsonSyntaxError,
  parseActionsCsv,
  parseActionsJson,
  parseAssessmentJson,
  parseDataPointsCsv,
  parseDatasetJson,
  parseFrameworkJson,
  parseMeasureJson,
  parseMeasuresCsv,
  parseStatementJson,
  describeValue,
  formatPath,
  spc,
  type Problem,
  type Result,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { quoteText } from '../../src/quote-text.js';

const TEN_MB = 10_000_000;
const huge = 'x'.repeat(TEN_MB);
const hugeId = `a${'b'.repeat(TEN_MB - 1)}`;
const hugeBadId = `!${'x'.repeat(TEN_MB - 1)}`;
/** How a 10 MB value is quoted: its start, an ellipsis, its length. */
const QUOTED = `…" (${TEN_MB} characters)`;
const LIMIT = 1_000;

function problemsOf(result: Result<unknown>): Problem[] {
  assert.equal(result.ok, false, 'expected the input to be rejected');
  return result.ok ? [] : result.problems;
}

/** Every problem is short; at least one quotes the huge value recognisably. */
function assertBounded(problems: readonly Problem[], quoted = true): void {
  assert.ok(problems.length > 0);
  for (const p of problems) {
    assert.ok(p.message.length < LIMIT, `message of ${p.message.length} characters`);
    assert.ok(p.where.length < LIMIT, `where of ${p.where.length} characters`);
  }
  if (quoted) {
    assert.ok(
      problems.some((p) => p.message.includes(QUOTED) || p.where.includes(QUOTED)),
      problems.map((p) => `${p.where.slice(0, 80)}: ${p.message.slice(0, 120)}`).join('\n'),
    );
  }
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('quoteText', () => {
  test('short text is quoted whole, long text by its start, an ellipsis and its length', () => {
    assert.equal(quoteText('n/a'), '"n/a"');
    assert.equal(quoteText('x'.repeat(200)), JSON.stringify('x'.repeat(200)));
    assert.equal(quoteText('x'.repeat(201)), `"${'x'.repeat(200)}…" (201 characters)`);
    // Never cuts a Welsh or emoji character in half.
    const cut = quoteText(`${'x'.repeat(199)}😀${'y'.repeat(10)}`);
    assert.ok(cut.startsWith(`"${'x'.repeat(199)}…"`), cut);
    assert.equal(describeValue(huge), `text "${'x'.repeat(40)}…" (${TEN_MB} characters)`);
    assert.ok(formatPath(['a', huge]).length < 300);
  });
});

describe('every loader bounds what it quotes from a 10 MB value', () => {
  test('measures CSV: value, date and measure cells', () => {
    for (const row of [`m,2024-04-01,${huge}`, `m,${huge},1`, `${hugeBadId},2024-04-01,1`]) {
      assertBounded(problemsOf(parseMeasuresCsv(`measure,date,value\n${row}`)));
      assertBounded(problemsOf(parseDataPointsCsv(`measure,date,value\n${row}`)));
    }
    // A repeated date of a measure with a 10 MB id.
    const twice = `measure,date,value\n${hugeId},2024-04-01,1\n${hugeId},2024-04-01,2`;
    assertBounded(problemsOf(parseMeasuresCsv(twice)));
    // A 10 MB header name and a header of 100,000 columns.
    assertBounded(problemsOf(parseMeasuresCsv(`${huge},date\nm,2024-04-01`)));
    const wide = `${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n1`;
    assertBounded(problemsOf(parseMeasuresCsv(wide)), false);
  });

  test('measures CSV: meta with a 10 MB chart type', () => {
    const result = parseMeasuresCsv('measure,date,value\nm,2024-04-01,1', {
      measures: [{ id: 'm', name: 'M', chart: huge as 'xmr' }],
    });
    assertBounded(problemsOf(result));
  });

  test('actions CSV: status and a repeated id', () => {
    assertBounded(problemsOf(parseActionsCsv(`id,title,owner,status\nA1,T,me,${huge}`)));
    const twice = `id,title,owner,status\n${hugeId},T,me,blocked\n${hugeId},T,me,blocked`;
    assertBounded(problemsOf(parseActionsCsv(twice)));
  });

  test('measure JSON: chart type, id and an unknown field name', () => {
    assertBounded(problemsOf(parseMeasureJson({ id: 'm', name: 'M', chart: huge, data: [] })));
    assertBounded(problemsOf(parseMeasureJson({ id: hugeBadId, name: 'M', data: [] })));
    assertBounded(problemsOf(parseMeasureJson({ id: 'm', name: 'M', data: [{ x: huge, y: 1 }] })));
    const text = `{"id":"m","name":"M","data":[],"${huge}":1}`;
    const result = parseMeasureJson(text);
    if (!result.ok) assertBounded(result.problems, false);
  });

  test('dataset JSON: a repeated id, an unknown reference and a bad date', () => {
    const repeated = json(sampleDataset);
    const measures = repeated['measures'] as Record<string, unknown>[];
    measures[0]!['id'] = hugeId;
    measures[1]!['id'] = hugeId;
    assertBounded(problemsOf(parseDatasetJson(repeated)));
    const unknown = json(sampleDataset);
    const actions = unknown['actions'] as Record<string, unknown>[];
    actions[0]!['measureIds'] = [hugeId];
    assertBounded(problemsOf(parseDatasetJson(unknown)));
  });

  test('actions JSON: status', () => {
    const action = json(sampleDataset.actions[0]);
    action['status'] = huge;
    assertBounded(problemsOf(parseActionsJson([action])));
  });

  test('statement, assessment and framework JSON', () => {
    const statement = json(sampleDataset.statements[0]);
    statement['framework'] = hugeBadId;
    assertBounded(problemsOf(parseStatementJson(statement)));
    const assessment = json(sampleDataset.assessment);
    assessment['centre'] = huge;
    assertBounded(problemsOf(parseAssessmentJson(assessment)));
    assertBounded(problemsOf(parseFrameworkJson({ id: hugeBadId, version: '1', name: 'F' })));
  });

  test('JSON text: a 10 MB bare word', () => {
    const problems = problemsOf(parseDatasetJson(`{"a": ${huge}}`));
    assertBounded(problems);
    assert.ok((findJsonSyntaxError(`[${huge}]`)?.reason.length ?? 0) < LIMIT);
  });

  test('spc(): a 10 MB option name and value', () => {
    const result = spc({ data: [{ x: huge, y: 1 }], chart: huge, [huge]: 1 });
    assertBounded(result.problems, false);
  });
});
