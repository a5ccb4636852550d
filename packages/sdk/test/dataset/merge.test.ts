import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeRecord, sameValue, valueAtPath, type Action } from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { deepFreeze } from './helpers.js';

const pu = deepFreeze(structuredClone(sampleDataset.actions.find((a) => a.id === 'QI-PU')!));
const withCycles = deepFreeze(
  structuredClone(sampleDataset.actions.find((a) => a.pdsaCycles.length >= 2)!),
);

describe('mergeRecord', () => {
  test('keeps my title and their owner when each side changed one field', () => {
    const mine: Action = { ...pu, title: 'Pressure ulcer bundle, revised' };
    const theirs: Action = { ...pu, owner: 'Tissue viability lead' };
    const { merged, conflicts } = mergeRecord(pu, mine, theirs);
    assert.deepEqual(conflicts, []);
    assert.equal(merged.title, 'Pressure ulcer bundle, revised');
    assert.equal(merged.owner, 'Tissue viability lead');
    assert.equal(merged.pdsaCycles, pu.pdsaCycles);
  });

  test('the same field changed differently is a conflict that takes theirs unless told', () => {
    const mine: Action = { ...pu, title: 'Mine' };
    const theirs: Action = { ...pu, title: 'Theirs', status: 'blocked' };
    const merge = mergeRecord(pu, mine, theirs);
    assert.deepEqual(merge.conflicts, [['title']]);
    assert.equal(merge.merged.title, 'Theirs');
    assert.equal(merge.merged.status, 'blocked');
    const preferMine = mergeRecord(pu, mine, theirs, { prefer: 'mine' });
    assert.deepEqual(preferMine.conflicts, [['title']]);
    assert.equal(preferMine.merged.title, 'Mine');
    assert.equal(preferMine.merged.status, 'blocked');
  });

  test('the same change on both sides is no conflict', () => {
    const both: Action = { ...pu, title: 'Same' };
    assert.deepEqual(mergeRecord(pu, both, { ...both }), { merged: both, conflicts: [] });
  });

  test('two languages of one text merge; one language on both sides conflicts there', () => {
    const base = { title: { en: 'Safe', cy: 'Diogel' } };
    const clean = mergeRecord(
      base,
      { title: { en: 'Safer', cy: 'Diogel' } },
      { title: { en: 'Safe', cy: 'Mwy diogel' } },
    );
    assert.deepEqual(clean, {
      merged: { title: { en: 'Safer', cy: 'Mwy diogel' } },
      conflicts: [],
    });
    const clash = mergeRecord(base, { title: { en: 'A', cy: 'Diogel' } }, { title: { en: 'B' } });
    assert.deepEqual(clash.conflicts, [['title', 'en']]);
    // Their removal of the Welsh text is kept: I did not touch it.
    assert.deepEqual(clash.merged, { title: { en: 'B' } });
  });

  test('a field set on one side and removed on the other', () => {
    const base: { id: string; notes?: string } = { id: 'x', notes: 'n' };
    assert.deepEqual(mergeRecord(base, { id: 'x' }, base).merged, { id: 'x' });
    assert.deepEqual(mergeRecord(base, { id: 'x' }, { id: 'x', notes: 'm' }).conflicts, [
      ['notes'],
    ]);
  });

  test('PDSA cycles merge by id: edits of different cycles, and cycles added on each side', () => {
    const [first, second] = withCycles.pdsaCycles;
    const mine: Action = {
      ...withCycles,
      pdsaCycles: [
        { ...first!, title: 'My cycle title' },
        ...withCycles.pdsaCycles.slice(1),
        { ...first!, id: 'mine-new' },
      ],
    };
    const theirs: Action = {
      ...withCycles,
      pdsaCycles: [
        first!,
        { ...second!, act: 'abandon' },
        ...withCycles.pdsaCycles.slice(2),
        { ...first!, id: 'theirs-new' },
      ],
    };
    const { merged, conflicts } = mergeRecord(withCycles, mine, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(
      merged.pdsaCycles.map((c) => c.id),
      [...withCycles.pdsaCycles.map((c) => c.id), 'theirs-new', 'mine-new'],
    );
    assert.equal(merged.pdsaCycles[0]!.title, 'My cycle title');
    assert.equal(merged.pdsaCycles[1]!.act, 'abandon');
  });

  test('a cycle deleted on one side and edited on the other is a conflict at that cycle', () => {
    const [first] = withCycles.pdsaCycles;
    const mine: Action = { ...withCycles, pdsaCycles: withCycles.pdsaCycles.slice(1) };
    const theirs: Action = {
      ...withCycles,
      pdsaCycles: [{ ...first!, title: 'Edited' }, ...withCycles.pdsaCycles.slice(1)],
    };
    const merge = mergeRecord(withCycles, mine, theirs);
    assert.deepEqual(merge.conflicts, [['pdsaCycles', first!.id]]);
    assert.equal(merge.merged.pdsaCycles[0]!.title, 'Edited');
    const preferMine = mergeRecord(withCycles, mine, theirs, { prefer: 'mine' });
    assert.equal(
      preferMine.merged.pdsaCycles.some((c) => c.id === first!.id),
      false,
    );
    // Deleted on one side, untouched on the other: deleted.
    assert.deepEqual(
      mergeRecord(withCycles, mine, withCycles).merged.pdsaCycles.map((c) => c.id),
      mine.pdsaCycles.map((c) => c.id),
    );
  });

  test('lists without ids are taken whole', () => {
    const merge = mergeRecord({ ids: ['a'] }, { ids: ['a', 'b'] }, { ids: ['a', 'c'] });
    assert.deepEqual(merge.conflicts, [['ids']]);
    assert.deepEqual(merge.merged, { ids: ['a', 'c'] });
  });

  test('never changes its inputs', () => {
    const base = deepFreeze({ ...pu, tags: [0] });
    const mine = deepFreeze({ ...base, title: 'Mine', tags: [1] });
    const theirs = deepFreeze({ ...base, owner: 'Other', tags: [2] });
    assert.doesNotThrow(() => mergeRecord(base, mine, theirs));
  });
});

describe('valueAtPath', () => {
  test('reads keys, and array items by id or index', () => {
    const cycle = withCycles.pdsaCycles[1]!;
    assert.equal(valueAtPath(withCycles, ['pdsaCycles', cycle.id, 'id']), cycle.id);
    assert.equal(valueAtPath(withCycles, ['pdsaCycles', 1, 'id']), cycle.id);
    assert.equal(valueAtPath({ title: { en: 'x' } }, ['title', 'en']), 'x');
    assert.equal(valueAtPath({ title: 'x' }, ['title', 'en']), undefined);
  });
});

// ── properties ────────────────────────────────────────────────────────────────────────────────

const leaf = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);
const text = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.record(
    { en: fc.string({ maxLength: 4 }), cy: fc.string({ maxLength: 4 }) },
    {
      requiredKeys: [],
    },
  ),
);
const cycle = (id: string) =>
  fc.record({ id: fc.constant(id), title: text, act: leaf }, { requiredKeys: ['id'] });
const cycles = fc
  .uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { maxLength: 4 })
  .chain((ids) => fc.tuple(...ids.map(cycle)));
const FIELDS = ['title', 'owner', 'status', 'due', 'notes', 'tags', 'cycles'] as const;
const record = fc.record(
  {
    id: fc.constant('A1'),
    title: text,
    owner: text,
    status: leaf,
    due: leaf,
    notes: text,
    tags: fc.array(leaf, { maxLength: 3 }),
    cycles,
  },
  { requiredKeys: ['id'] },
);

describe('mergeRecord properties', () => {
  test('merge(base, mine, base) is mine, with no conflicts', () => {
    fc.assert(
      fc.property(record, record, (base, mine) => {
        const { merged, conflicts } = mergeRecord(base, mine, base);
        return sameValue(merged, mine) && conflicts.length === 0;
      }),
    );
  });

  test('merge(base, base, theirs) is theirs, with no conflicts', () => {
    fc.assert(
      fc.property(record, record, (base, theirs) => {
        const { merged, conflicts } = mergeRecord(base, base, theirs);
        return sameValue(merged, theirs) && conflicts.length === 0;
      }),
    );
  });

  test('changes to disjoint fields are both kept, with no conflicts', () => {
    fc.assert(
      fc.property(
        record,
        record,
        record,
        fc.shuffledSubarray([...FIELDS]),
        (base, a, b, mineFields) => {
          const mine: Record<string, unknown> = { ...base };
          const theirs: Record<string, unknown> = { ...base };
          for (const field of FIELDS) {
            if (mineFields.includes(field)) mine[field] = a[field];
            else theirs[field] = b[field];
          }
          const { merged, conflicts } = mergeRecord<Record<string, unknown>>(base, mine, theirs);
          if (conflicts.length > 0) return false;
          return FIELDS.every((field) =>
            sameValue(merged[field], mineFields.includes(field) ? mine[field] : theirs[field]),
          );
        },
      ),
    );
  });

  test('the same edit on both sides merges to it; swapping the sides swaps the preference', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const same = mergeRecord(base, mine, mine);
        const forward = mergeRecord(base, mine, theirs);
        const backward = mergeRecord(base, theirs, mine, { prefer: 'mine' });
        // Each side's additions come in its own order, so compare cycles and conflicts as sets.
        const byId = (r: typeof base) =>
          r.cycles ? { ...r, cycles: [...r.cycles].sort((x, y) => x.id.localeCompare(y.id)) } : r;
        const paths = (list: readonly unknown[]) => list.map((p) => JSON.stringify(p)).sort();
        return (
          sameValue(same.merged, mine) &&
          same.conflicts.length === 0 &&
          sameValue(byId(forward.merged), byId(backward.merged)) &&
          sameValue(paths(forward.conflicts), paths(backward.conflicts))
        );
      }),
    );
  });

  test('a clean merge keeps every value either side changed', () => {
    fc.assert(
      fc.property(record, record, record, (base, mine, theirs) => {
        const { merged, conflicts } = mergeRecord<Record<string, unknown>>(base, mine, theirs);
        if (conflicts.length > 0) return true;
        return FIELDS.every((f) => {
          const [b, m, t] = [base[f], mine[f], theirs[f]];
          if (!sameValue(b, m) && !sameValue(b, t)) return true; // merged inside
          return sameValue(merged[f], sameValue(b, m) ? t : m);
        });
      }),
    );
  });
});
