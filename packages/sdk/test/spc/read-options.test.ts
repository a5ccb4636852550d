import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spcOptionsSchema } from '../../src/index.js';
import { readOptions } from '../../src/spc/read-options.js';
import { problemsFromZod } from '../../src/spc/zod-problems.js';

/** What spc() reported before its options were checked by hand: the schema through problemsFromZod. */
function viaSchema(input: Record<string, unknown>) {
  const parsed = spcOptionsSchema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, options: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error.issues) };
}

const number = fc.oneof(
  fc.integer({ min: -5, max: 25 }),
  fc.double(),
  fc.constantFrom(1.5, -0, 1e300, -1e300, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity),
);
const anyValue = fc.oneof(
  number,
  fc.constantFrom(undefined, null, true, 'x', '3', 'xmr', 'mdc', 'strict', [], {}),
);
const indices = fc.oneof(fc.array(fc.oneof(number, anyValue), { maxLength: 4 }), anyValue);
const rules = fc.oneof(
  fc.constantFrom('mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic', 'anhoej', 'other'),
  fc.record(
    {
      preset: fc.oneof(fc.constantFrom('mdc', 'mdc-excel', 'nhsr', 'qic', 'zz'), anyValue),
      shift: fc.oneof(number, anyValue),
      trend: fc.oneof(number, anyValue),
      twoOfThree: fc.oneof(fc.constantFrom('beyond-2-sigma', 'between-2-and-3-sigma'), anyValue),
      screenOutliers: fc.oneof(fc.boolean(), anyValue),
      minPoints: fc.oneof(number, anyValue),
      targetOnLimit: fc.oneof(fc.constantFrom('inclusive', 'strict'), anyValue),
      conflict: fc.oneof(fc.constantFrom('improvement', 'concern', 'precedence'), anyValue),
      extra: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const options = fc.record(
  {
    chart: fc.oneof(fc.constantFrom('run', 'xmr', 'p', 'xbar', 'nope'), anyValue),
    improvement: fc.oneof(fc.constantFrom('increase', 'decrease', 'neutral', 'up'), anyValue),
    target: fc.oneof(number, anyValue),
    rules,
    rebase: indices,
    baseline: fc.oneof(number, anyValue),
    exclude: indices,
    unknown: anyValue,
    zz: anyValue,
  },
  { requiredKeys: [] },
);

describe('spc() checks its options by hand exactly as spcOptionsSchema does', () => {
  test('the same problems, in the same order and words, and the same options', () => {
    fc.assert(
      fc.property(options, (input) => {
        assert.deepStrictEqual(readOptions(input), viaSchema(input));
      }),
      { numRuns: 1000 },
    );
  });

  test('worked examples', () => {
    for (const input of [
      {},
      { chart: 'p', rules: { shift: 6, extra: 1 }, rebase: [2], target: undefined },
      {
        rules: { shift: 1.5, trend: 21, preset: 'x' },
        rebase: [-1e300, undefined, 1],
        exclude: new Array<number>(2),
        zz: 1,
      },
      { rules: [] },
      { baseline: 1, exclude: 'x', chart: null },
    ]) {
      assert.deepStrictEqual(readOptions(input), viaSchema(input), JSON.stringify(input));
    }
  });
});
