import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDataPointsCsv, parseMeasuresCsv } from '../../src/index.js';
import { assertProblem, problemsOf, valueOf } from './helpers.js';

describe('parseMeasuresCsv', () => {
  test('a good long-format file with meta, missing values and denominators', () => {
    const csv = [
      'measure,date,value,denominator,note',
      'falls,2024-01-01,6,1000,',
      'falls,2024-02-01,5.5,,New ward opened',
      'pu,2024-01-01,,,',
      'pu,2024-02-01,-0.5e1,,',
    ].join('\n');
    const measures = valueOf(
      parseMeasuresCsv(csv, {
        measures: [{ id: 'falls', name: 'Inpatient falls', improvement: 'decrease', target: 5.5 }],
      }),
    );
    assert.deepEqual(measures, [
      {
        id: 'falls',
        name: 'Inpatient falls',
        improvement: 'decrease',
        target: 5.5,
        chart: 'xmr',
        data: [
          { x: '2024-01-01', y: 6, n: 1000 },
          { x: '2024-02-01', y: 5.5, note: 'New ward opened' },
        ],
      },
      {
        id: 'pu',
        name: 'pu',
        improvement: 'neutral',
        chart: 'xmr',
        data: [
          { x: '2024-01-01', y: null },
          { x: '2024-02-01', y: -5 },
        ],
      },
    ]);
  });

  test('BOM, CRLF, blank lines, any header case and column order', () => {
    const csv =
      '\ufeffValue,MEASURE,Date\r\n5,falls,2024-01-01\r\n\r\n  \r\n6,falls,2024-02-01\r\n';
    const [falls] = valueOf(parseMeasuresCsv(csv));
    assert.deepEqual(falls?.data, [
      { x: '2024-01-01', y: 5 },
      { x: '2024-02-01', y: 6 },
    ]);
  });

  test('unsorted dates are sorted (row order means nothing in a long file)', () => {
    const points = valueOf(
      parseDataPointsCsv(
        'measure,date,value\na,2024-03-01,3\na,2024-01-01,1\nb,2024-01-01,9\na,2024-02-01,2\n',
      ),
    );
    assert.deepEqual([...points.keys()], ['a', 'b']);
    assert.deepEqual(
      points.get('a')?.map((p) => p.y),
      [1, 2, 3],
    );
  });

  test('a bad number names the row (header is row 1), the column and what was found', () => {
    const problems = problemsOf(
      parseMeasuresCsv(
        'measure,date,value\nfalls,2024-01-01,5\nfalls,2024-02-01,6\nfalls,2024-03-01,7\nfalls,2024-04-01,8\n\nfalls,2024-05-01,n/a\n',
      ),
    );
    assert.equal(problems.length, 1);
    assertProblem(problems, 'row 7, column value', 'must be a number, got "n/a"');
    assert.equal(problems[0]?.row, 7);
    assert.equal(problems[0]?.column, 'value');
  });

  test('numbers with separators or units, bad dates, empty and invalid ids', () => {
    const problems = problemsOf(
      parseMeasuresCsv(
        [
          'measure,date,value',
          'falls,2024-01-01,"1,234"',
          'falls,2024-02-01,50%',
          'falls,01/03/2024,5',
          'falls,2024-02-30,5',
          ',2024-05-01,5',
          'fa lls,2024-06-01,5',
          'falls,2024-07-01,1e999',
        ].join('\n'),
      ),
    );
    assertProblem(
      problems,
      'row 2, column value',
      'must be a number, got "1,234" (write numbers without thousands separators)',
    );
    assertProblem(
      problems,
      'row 3, column value',
      'must be a number, got "50%" (leave out the % sign)',
    );
    assertProblem(
      problems,
      'row 4, column date',
      'must be a date written as YYYY-MM-DD, e.g. 2024-04-01, got "01/03/2024"',
    );
    assertProblem(problems, 'row 5, column date', 'is not a real calendar date: "2024-02-30"');
    assertProblem(problems, 'row 6, column measure', 'is empty; every row needs a measure id');
    assertProblem(
      problems,
      'row 7, column measure',
      'may use only letters, digits, "-", "_", "." and ":", got "fa lls"',
    );
    assertProblem(problems, 'row 8, column value', 'must be a finite number, got "1e999"');
  });

  test('a missing column', () => {
    assertProblem(
      problemsOf(parseMeasuresCsv('measure,day,value\nfalls,2024-01-01,5\n')),
      'row 1',
      'the header has no "date" column; it needs measure, date, value (found: measure, day, value)',
    );
    assertProblem(
      problemsOf(parseMeasuresCsv('measure,date,value,Value\nfalls,2024-01-01,5,6\n')),
      'row 1',
      'the column "Value" appears twice in the header',
    );
  });

  test('zero and negative denominators', () => {
    const problems = problemsOf(
      parseMeasuresCsv(
        'measure,date,value,denominator\np,2024-01-01,5,0\np,2024-02-01,5,-3\np,2024-03-01,5,x\n',
      ),
    );
    assertProblem(problems, 'row 2, column denominator', 'must be greater than 0, got 0');
    assertProblem(problems, 'row 3, column denominator', 'must be greater than 0, got -3');
    assertProblem(problems, 'row 4, column denominator', 'must be a number, got "x"');
  });

  test('a duplicate date for a measure (but not across measures, nor for subgroup charts)', () => {
    const csv = 'measure,date,value\nfalls,2024-01-01,5\npu,2024-01-01,1\nfalls,2024-01-01,6\n';
    assertProblem(
      problemsOf(parseMeasuresCsv(csv)),
      'row 4, column date',
      '2024-01-01 is also the date of row 2 (measure "falls"): each date may appear only once (on Xbar and S charts, rows sharing one form a subgroup)',
    );
    const [falls] = valueOf(
      parseMeasuresCsv(csv, { measures: [{ id: 'falls', name: 'Falls', chart: 'xbar' }] }),
    );
    assert.deepEqual(
      falls?.data.map((p) => p.y),
      [5, 6],
    );
  });

  test('an empty file, a header with no data, and not text at all', () => {
    assertProblem(
      problemsOf(parseMeasuresCsv('')),
      'the file',
      'is empty; expected a header row (measure,date,value) and data rows',
    );
    assertProblem(
      problemsOf(parseMeasuresCsv('\ufeff\r\n\r\n')),
      'the file',
      'is empty; expected a header row (measure,date,value) and data rows',
    );
    assertProblem(
      problemsOf(parseMeasuresCsv('measure,date,value\r\n')),
      'the file',
      'has a header but no data rows',
    );
    assertProblem(
      problemsOf(parseMeasuresCsv(42 as unknown as string)),
      'the file',
      'must be CSV text, got number',
    );
  });

  test('bad meta is reported at its index', () => {
    assertProblem(
      problemsOf(
        parseMeasuresCsv('measure,date,value\nfalls,2024-01-01,5\n', {
          measures: [{ id: 'falls', name: 'Falls', improvement: 'up' as 'increase' }],
        }),
      ),
      'measures[0].improvement',
      'must be one of "increase", "decrease" or "neutral", got text "up"',
    );
  });

  test('huge numbers of problems are capped with a count', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `m,2024-01-01,bad${i}`);
    const problems = problemsOf(parseMeasuresCsv(['measure,date,value', ...rows].join('\n')));
    assert.equal(problems.length, 101);
    assertProblem(problems, 'the file', 'and 50 more problems not listed');
  });
});
