import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { actionsToCsv, parseActionsCsv, type Action } from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { assertProblem, problemsOf, valueOf } from './helpers.js';

/** What survives a CSV round trip: everything but PDSA cycles and driver diagrams. */
const tableFields = ({ pdsaCycles: _p, driverDiagram: _d, ...rest }: Action) => ({
  ...rest,
  pdsaCycles: [],
});

describe('actions CSV', () => {
  test('the sample actions round-trip through CSV (without PDSA cycles and driver diagrams)', () => {
    const csv = actionsToCsv(sampleDataset.actions);
    assert.equal(
      csv.split('\n')[0],
      'id,title,description,owner,organisation,sponsor,source,reference,status,start,due,revisedDue,revisedDueReason,deliveryConfidence,aspect,domain,measureIds,statementIds,lastUpdate,progressScore,notes',
    );
    const back = valueOf(parseActionsCsv(csv));
    const plain = (t: unknown) =>
      typeof t === 'object' && t !== null && Object.keys(t).length === 1 && 'en' in t
        ? (t as { en: string }).en
        : t;
    const normalise = (a: Action) =>
      JSON.parse(JSON.stringify(tableFields(a), (_k, v: unknown) => plain(v))) as unknown;
    assert.deepEqual(back.map(normalise), sampleDataset.actions.map(normalise));
  });

  test('bilingual text uses _cy columns', () => {
    const action: Action = {
      id: 'B1',
      title: { en: 'Open the ward', cy: 'Agor y ward' },
      owner: 'Ward manager',
      source: 'local',
      status: 'in-progress',
      measureIds: ['falls', 'pu'],
      statementIds: [],
      pdsaCycles: [],
      revisedDue: { date: '2025-05-01', reason: { en: 'Estates delay', cy: 'Oedi ystadau' } },
    };
    const csv = actionsToCsv([action]);
    assert.match(csv.split('\n')[0] ?? '', /title,title_cy,.*revisedDueReason,revisedDueReason_cy/);
    assert.deepEqual(valueOf(parseActionsCsv(csv)), [action]);
  });

  test('cells a spreadsheet would run as formulas are escaped, and restored on import', () => {
    const action: Action = {
      id: 'X1',
      title: '=HYPERLINK("http://evil.example","click")',
      owner: { en: '-Me', cy: "'+ti" },
      source: 'local',
      status: 'blocked',
      measureIds: [],
      statementIds: [],
      pdsaCycles: [],
    };
    const csv = actionsToCsv([action]);
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`));
    assert.ok(csv.includes(`'-Me,''+ti`));
    assert.deepEqual(valueOf(parseActionsCsv(csv)), [action]);
  });

  test('an optional byte-order mark for Excel', () => {
    assert.ok(actionsToCsv([], { bom: true }).startsWith('\ufeffid,'));
    assert.ok(!actionsToCsv([]).startsWith('\ufeff'));
  });

  test('problems name row and column', () => {
    const problems = problemsOf(
      parseActionsCsv(
        'ID,Title,Owner,Status,Due,progressScore,revisedDueReason,measureIds\n' +
          'A1,Do it,Me,done,2024-02-30,3.2,,falls; bad id\n' +
          'A2,Again,,in-progress,,,Because,\n' +
          'A1,Repeat,Me,,,,,\n',
      ),
    );
    assertProblem(
      problems,
      'row 2, column status',
      'must be one of "not-started", "in-progress", "blocked", "complete" or "closed", got text "done"',
    );
    assertProblem(
      problems,
      'row 2, column due',
      'is not a real calendar date, got text "2024-02-30"',
    );
    assertProblem(
      problems,
      'row 2, column progressScore',
      'must be one of 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5 or 5, got 3.2',
    );
    assertProblem(
      problems,
      'row 2, column measureIds',
      'may use only letters, digits, "-", "_", "." and ":", got text "bad id"',
    );
    assertProblem(problems, 'row 3, column owner', 'is required');
    assertProblem(problems, 'row 3, column revisedDue', 'is required');
    assertProblem(
      problems,
      'row 4, column id',
      'repeats the action id "A1" from row 2; ids must be unique',
    );
  });

  test('missing required columns and an empty file', () => {
    assertProblem(
      problemsOf(parseActionsCsv('id,title\nA1,T\n')),
      'row 1',
      'the header has no "owner" column; it needs id, title, owner (found: id, title)',
    );
    assertProblem(
      problemsOf(parseActionsCsv('')),
      'the file',
      'is empty; expected a header row (id,title,owner) and data rows',
    );
    assert.deepEqual(valueOf(parseActionsCsv(actionsToCsv([]))), []);
  });
});
