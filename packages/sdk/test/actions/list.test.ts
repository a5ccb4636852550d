import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  actionMatchesQuery,
  actionOwners,
  filterActions,
  groupActions,
  normaliseSearchText,
  ownerKey,
  queryActions,
  sortActions,
  walesHcqs2023,
  type Action,
  type ActionSortKey,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { action, ids } from './helpers.js';

const today = '2025-03-20';
const sample = sampleDataset.actions;
const options = { today, lang: 'en', framework: walesHcqs2023 };

const list: Action[] = [
  action({
    id: 'A1',
    title: { en: 'Falls bundle', cy: 'Bwndel cwympiadau' },
    owner: { en: 'Ward 7', cy: 'Ward 7' },
    status: 'in-progress',
    due: '2025-03-01', // overdue
    aspect: 'improvement',
    domain: 'safe',
    deliveryConfidence: 'low',
    lastUpdate: '2025-02-01',
  }),
  action({
    id: 'A2',
    title: 'Board assurance toolkit',
    description: 'Covers the whole QMS wheel',
    owner: 'Medical Director',
    status: 'not-started',
    due: '2025-03-25', // due soon
    deliveryConfidence: 'high',
    lastUpdate: '2025-03-01',
  }),
  action({
    id: 'A10',
    title: 'Ŵyr ysbyty: capacity review',
    owner: 'Ward 7',
    status: 'complete',
    due: '2024-12-31', // done
    aspect: 'planning',
    domain: 'workforce',
  }),
  action({
    id: 'A3',
    title: 'Sepsis screening',
    owner: 'ED lead',
    status: 'blocked',
    due: '2025-01-31',
    revisedDue: { date: '2025-09-30', reason: 'Supplier delay' }, // on track after revision
    aspect: 'improvement',
    domain: 'effective',
    deliveryConfidence: 'medium',
    lastUpdate: '2025-03-10',
  }),
  action({ id: 'A4', title: 'No dates yet', owner: 'ED lead', domain: 'local-domain' }),
];

describe('filterActions', () => {
  test('an empty filter keeps everything in order', () => {
    assert.deepEqual(ids(filterActions(list, {}, options)), ['A1', 'A2', 'A10', 'A3', 'A4']);
    assert.deepEqual(ids(filterActions(list, { status: [], query: '  ' }, options)), ids(list));
  });

  test('by status (any of the given)', () => {
    assert.deepEqual(ids(filterActions(list, { status: ['blocked'] }, options)), ['A3']);
    assert.deepEqual(ids(filterActions(list, { status: ['complete', 'not-started'] }, options)), [
      'A2',
      'A10',
      'A4',
    ]);
  });

  test('by owner key, the same in every language', () => {
    assert.deepEqual(ids(filterActions(list, { owner: ['Ward 7'] }, options)), ['A1', 'A10']);
    assert.deepEqual(ids(filterActions(list, { owner: ['Ward 7'] }, { ...options, lang: 'cy' })), [
      'A1',
      'A10',
    ]);
  });

  test('by aspect, with null for whole-system actions', () => {
    assert.deepEqual(ids(filterActions(list, { aspect: ['improvement'] }, options)), ['A1', 'A3']);
    assert.deepEqual(ids(filterActions(list, { aspect: [null] }, options)), ['A2', 'A4']);
  });

  test('by domain, with null for no domain', () => {
    assert.deepEqual(ids(filterActions(list, { domain: ['safe', 'workforce'] }, options)), [
      'A1',
      'A10',
    ]);
    assert.deepEqual(ids(filterActions(list, { domain: [null] }, options)), ['A2']);
  });

  test('by due state: overdue, due soon, both; revised dates count', () => {
    assert.deepEqual(ids(filterActions(list, { dueState: ['overdue'] }, options)), ['A1']);
    assert.deepEqual(ids(filterActions(list, { dueState: ['due-soon'] }, options)), ['A2']);
    assert.deepEqual(ids(filterActions(list, { dueState: ['overdue', 'due-soon'] }, options)), [
      'A1',
      'A2',
    ]);
    assert.deepEqual(ids(filterActions(list, { dueState: ['on-track'] }, options)), ['A3']);
    assert.deepEqual(ids(filterActions(list, { dueState: ['no-date'] }, options)), ['A4']);
    assert.deepEqual(ids(filterActions(list, { dueState: ['done'] }, options)), ['A10']);
  });

  test('the due-soon window follows dueSoonDays', () => {
    assert.deepEqual(
      ids(filterActions(list, { dueState: ['due-soon'] }, { ...options, dueSoonDays: 3 })),
      [],
    );
  });

  test('by delivery confidence, with null for none given', () => {
    assert.deepEqual(ids(filterActions(list, { deliveryConfidence: ['low'] }, options)), ['A1']);
    assert.deepEqual(ids(filterActions(list, { deliveryConfidence: [null] }, options)), [
      'A10',
      'A4',
    ]);
  });

  test('filters combine with AND', () => {
    assert.deepEqual(
      ids(filterActions(list, { owner: ['ED lead'], status: ['blocked'] }, options)),
      ['A3'],
    );
    assert.deepEqual(
      ids(filterActions(list, { owner: ['ED lead'], aspect: ['planning'] }, options)),
      [],
    );
  });

  test('on the sample: 15 framework actions + 2 projects; A12 is due soon, then overdue', () => {
    assert.equal(sample.length, 17);
    assert.deepEqual(ids(filterActions(sample, { dueState: ['overdue'] }, options)), []);
    assert.deepEqual(ids(filterActions(sample, { dueState: ['due-soon'] }, options)), ['A12']);
    const april = { ...options, today: '2025-04-10' };
    assert.deepEqual(ids(filterActions(sample, { dueState: ['overdue'] }, april)), ['A12']);
    assert.deepEqual(ids(filterActions(sample, { status: ['complete'] }, options)), [
      'A1',
      'A2',
      'A3',
      'A15',
    ]);
    assert.deepEqual(ids(filterActions(sample, { aspect: ['improvement'] }, options)), [
      'A9',
      'QI-PU',
      'QI-SEPSIS',
    ]);
  });
});

describe('text search', () => {
  test('finds words in the title, description and owner, in any language', () => {
    assert.deepEqual(ids(filterActions(list, { query: 'falls' }, options)), ['A1']);
    assert.deepEqual(ids(filterActions(list, { query: 'cwympiadau' }, options)), ['A1']);
    assert.deepEqual(ids(filterActions(list, { query: 'QMS wheel' }, options)), ['A2']);
    assert.deepEqual(ids(filterActions(list, { query: 'medical' }, options)), ['A2']);
  });

  test('every word must match, in any order, ignoring case and accents', () => {
    assert.deepEqual(ids(filterActions(list, { query: 'SCREENING sepsis' }, options)), ['A3']);
    assert.deepEqual(ids(filterActions(list, { query: 'sepsis falls' }, options)), []);
    assert.deepEqual(ids(filterActions(list, { query: 'wyr' }, options)), ['A10']);
    assert.deepEqual(ids(filterActions(list, { query: 'ŵyr' }, options)), ['A10']);
  });

  test('does not search other fields', () => {
    assert.equal(actionMatchesQuery(list[3]!, 'Supplier'), false);
    assert.equal(actionMatchesQuery(list[3]!, 'ED'), true);
  });

  test('normaliseSearchText folds case, accents and spaces', () => {
    assert.equal(normaliseSearchText('  Ŵyr   YSBYTY\n'), 'wyr ysbyty');
  });

  test('finds sample actions by the seed wording', () => {
    assert.deepEqual(ids(filterActions(sample, { query: 'sskin' }, options)), ['QI-PU']);
    assert.deepEqual(ids(filterActions(sample, { query: 'welsh government' }, options)), [
      'A2',
      'A3',
      'A4',
      'A7',
      'A15',
    ]);
  });
});

describe('sortActions', () => {
  const sorted = (key: ActionSortKey, direction: 'ascending' | 'descending' = 'ascending') =>
    ids(sortActions(list, { key, direction }, options));

  test('by id with numbers in numeric order', () => {
    assert.deepEqual(sorted('id'), ['A1', 'A2', 'A3', 'A4', 'A10']);
    assert.deepEqual(sorted('id', 'descending'), ['A10', 'A4', 'A3', 'A2', 'A1']);
  });

  test('by title in the list language', () => {
    assert.deepEqual(sorted('title'), ['A2', 'A1', 'A4', 'A3', 'A10']);
    assert.deepEqual(
      ids(sortActions(list, { key: 'title', direction: 'ascending' }, { lang: 'cy' })),
      ['A2', 'A1', 'A4', 'A3', 'A10'],
    );
  });

  test('by owner; ties keep their order in both directions', () => {
    assert.deepEqual(sorted('owner'), ['A3', 'A4', 'A2', 'A1', 'A10']);
    assert.deepEqual(sorted('owner', 'descending'), ['A1', 'A10', 'A2', 'A3', 'A4']);
  });

  test('by (revised) due date; no date last in both directions', () => {
    assert.deepEqual(sorted('due'), ['A10', 'A1', 'A2', 'A3', 'A4']);
    assert.deepEqual(sorted('due', 'descending'), ['A3', 'A2', 'A1', 'A10', 'A4']);
  });

  test('by status in workflow order', () => {
    assert.deepEqual(sorted('status'), ['A2', 'A4', 'A1', 'A3', 'A10']);
    assert.deepEqual(sorted('status', 'descending'), ['A10', 'A3', 'A1', 'A2', 'A4']);
  });

  test('by delivery confidence, low first ascending', () => {
    assert.deepEqual(sorted('deliveryConfidence'), ['A1', 'A3', 'A2', 'A10', 'A4']);
    assert.deepEqual(sorted('deliveryConfidence', 'descending'), ['A2', 'A3', 'A1', 'A10', 'A4']);
  });

  test('by aspect in wheel order, whole-system last', () => {
    assert.deepEqual(sorted('aspect'), ['A10', 'A1', 'A3', 'A2', 'A4']);
    assert.deepEqual(sorted('aspect', 'descending'), ['A1', 'A3', 'A10', 'A2', 'A4']);
  });

  test('by domain in framework order, unknown ids after, none last', () => {
    assert.deepEqual(sorted('domain'), ['A1', 'A3', 'A10', 'A4', 'A2']);
    assert.deepEqual(sorted('domain', 'descending'), ['A4', 'A10', 'A3', 'A1', 'A2']);
  });

  test('by last update', () => {
    assert.deepEqual(sorted('lastUpdate'), ['A1', 'A2', 'A3', 'A10', 'A4']);
    assert.deepEqual(sorted('lastUpdate', 'descending'), ['A3', 'A2', 'A1', 'A10', 'A4']);
  });

  test('does not change its input', () => {
    const before = ids(list);
    sortActions(list, { key: 'title', direction: 'descending' }, options);
    assert.deepEqual(ids(list), before);
  });

  test('property: a permutation of its input, and descending reverses ascending for distinct values', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { maxLength: 40 }), (nums) => {
        const actions = nums.map((n) => action({ id: `X${n}`, progressScore: undefined }));
        const up = ids(sortActions(actions, { key: 'id', direction: 'ascending' }));
        const down = ids(sortActions(actions, { key: 'id', direction: 'descending' }));
        assert.deepEqual([...up].sort(), ids(actions).sort());
        assert.deepEqual(down, [...up].reverse());
      }),
    );
  });
});

describe('groupActions', () => {
  test('by aspect in wheel order, whole-system last', () => {
    const groups = groupActions(list, 'aspect', options);
    assert.deepEqual(
      groups.map((g) => [g.key, ids(g.actions)]),
      [
        ['planning', ['A10']],
        ['improvement', ['A1', 'A3']],
        [null, ['A2', 'A4']],
      ],
    );
  });

  test('by domain in framework order, then unknown ids, then none', () => {
    const groups = groupActions(list, 'domain', options);
    assert.deepEqual(
      groups.map((g) => g.key),
      ['safe', 'effective', 'workforce', 'local-domain', null],
    );
  });

  test('by status in workflow order', () => {
    assert.deepEqual(
      groupActions(list, 'status').map((g) => g.key),
      ['not-started', 'in-progress', 'blocked', 'complete'],
    );
  });

  test('none gives one group, or none for an empty list', () => {
    assert.deepEqual(
      groupActions(list, 'none').map((g) => ids(g.actions)),
      [ids(list)],
    );
    assert.deepEqual(groupActions([], 'none'), []);
  });

  test('the sample grouped by aspect keeps every action once', () => {
    const groups = groupActions(sample, 'aspect');
    assert.equal(
      groups.reduce((n, g) => n + g.actions.length, 0),
      sample.length,
    );
    assert.deepEqual(
      groups.map((g) => g.key),
      ['planning', 'improvement', 'assurance', null],
    );
  });
});

describe('owners', () => {
  test('ownerKey prefers English, else the first language', () => {
    assert.equal(ownerKey(' Ward 7 '), 'Ward 7');
    assert.equal(ownerKey({ cy: 'Cyfarwyddwr', en: 'Director' }), 'Director');
    assert.equal(ownerKey({ cy: 'Cyfarwyddwr' }), 'Cyfarwyddwr');
  });

  test('actionOwners lists each owner once, labelled and sorted in the language', () => {
    const owners = actionOwners(
      [
        action({ id: 'X1', owner: { en: 'Director', cy: 'Cyfarwyddwr' } }),
        action({ id: 'X2', owner: 'Ward 7' }),
        action({ id: 'X3', owner: { en: 'Director', cy: 'Cyfarwyddwr' } }),
      ],
      'cy',
    );
    assert.deepEqual(owners, [
      { key: 'Director', label: 'Cyfarwyddwr' },
      { key: 'Ward 7', label: 'Ward 7' },
    ]);
    assert.equal(actionOwners(sample).length, 11);
  });
});

describe('queryActions', () => {
  test('filters, sorts and groups in one call and reports the total', () => {
    const result = queryActions(
      sample,
      {
        filter: { status: ['in-progress'] },
        sort: { key: 'due', direction: 'ascending' },
        groupBy: 'aspect',
      },
      options,
    );
    assert.equal(result.total, 17);
    assert.equal(result.actions.length, 13);
    assert.equal(result.actions[0]!.id, 'A12');
    assert.deepEqual(
      result.groups.flatMap((g) => ids(g.actions)).sort(),
      ids(result.actions).sort(),
    );
    assert.deepEqual(ids(result.groups[0]!.actions), ['A8']);
  });
});
