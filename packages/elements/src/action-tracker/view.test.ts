import { expect } from '@open-wc/testing';
import { getFramework, type Action, type MessageKey } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import {
  NO_FILTER,
  NONE,
  actionFilter,
  activeGrouping,
  activeView,
  aspectLabel,
  boardColumns,
  cachedQuery,
  domainChoices,
  domainFilterChoices,
  domainLabel,
  dueOf,
  groupLabel,
  isFiltered,
  linkedItem,
  localToday,
  nextSort,
  pageStep,
  queryView,
  tablePage,
  trackerToday,
  type QueryInputs,
} from './view.js';

const TODAY = '2025-03-20';
const actions = (): Action[] => JSON.parse(JSON.stringify(sampleDataset.actions)) as Action[];
const wales = getFramework('wales-hcqs-2023');
/** Words that show which key was asked for. */
const words = { lang: 'en', t: (key: MessageKey) => `[${key}]` };

const inputs = (over: Partial<QueryInputs> = {}): QueryInputs => ({
  actions: actions(),
  filter: NO_FILTER,
  sort: undefined,
  groupBy: 'none',
  lang: 'en',
  today: TODAY,
  framework: wales,
  dueSoonDays: 14,
  ...over,
});

describe('action tracker view-model', () => {
  it('works out today from the setting, or the local day', () => {
    expect(trackerToday(' 2025-03-31 ')).to.equal('2025-03-31');
    expect(trackerToday('2025-03-31T10:00:00Z')).to.equal('2025-03-31');
    expect(trackerToday('31/03/2025', () => 'fallback')).to.equal('fallback');
    expect(trackerToday(undefined, () => 'fallback')).to.equal('fallback');
    expect(localToday(new Date(2025, 0, 5))).to.equal('2025-01-05');
  });

  it('falls back to the table, no grouping and 50 rows for settings it does not know', () => {
    expect(activeView('board')).to.equal('board');
    expect(activeView('grid')).to.equal('table');
    expect(activeGrouping('domain')).to.equal('domain');
    expect(activeGrouping('owner')).to.equal('none');
    expect(pageStep(10.7)).to.equal(10);
    expect(pageStep(0)).to.equal(50);
    expect(pageStep(Number.NaN)).to.equal(50);
  });

  it('turns the filter controls into the SDK filter', () => {
    expect(isFiltered(NO_FILTER)).to.equal(false);
    expect(isFiltered({ ...NO_FILTER, owner: 'x' })).to.equal(true);
    expect(actionFilter(NO_FILTER)).to.deep.equal({ query: '' });
    expect(
      actionFilter({
        ...NO_FILTER,
        query: 'falls',
        status: 'complete',
        aspect: NONE,
        domain: 'safe',
      }),
    ).to.deep.equal({ query: 'falls', status: ['complete'], aspect: [null], domain: ['safe'] });
    expect(actionFilter({ ...NO_FILTER, due: 'attention' }).dueState).to.deep.equal([
      'overdue',
      'due-soon',
    ]);
    expect(actionFilter({ ...NO_FILTER, due: 'no-date' }).dueState).to.deep.equal(['no-date']);
  });

  it('filters through the SDK and reuses the result while nothing changed', () => {
    const all = queryView(inputs());
    expect(all.total).to.equal(17);
    const soon = queryView(inputs({ filter: { ...NO_FILTER, due: 'due-soon' } }));
    expect(soon.actions.map((a) => a.id)).to.deep.equal(['A12']);
    const query = cachedQuery();
    const same = inputs();
    const first = query(same);
    expect(query({ ...same })).to.equal(first);
    expect(query({ ...same, today: '2025-04-10' })).not.to.equal(first);
  });

  it('cuts the table to a page across groups and counts what is left', () => {
    const result = queryView(inputs({ groupBy: 'status' }));
    const page = tablePage(result, 5);
    expect(page.rendered).to.equal(5);
    expect(page.remaining).to.equal(12);
    expect(page.groups.flatMap((g) => g.rows)).to.have.length(5);
    const all = tablePage(result, Infinity);
    expect(all.remaining).to.equal(0);
    expect(all.groups.map((g) => g.group.key)).to.deep.equal(result.groups.map((g) => g.key));
  });

  it('draws a board column for every status, in order', () => {
    const columns = boardColumns(actions(), (status) => (status === 'in-progress' ? 3 : 50));
    expect(columns.map((c) => c.status)).to.deep.equal([
      'not-started',
      'in-progress',
      'blocked',
      'complete',
      'closed',
    ]);
    expect(columns.find((c) => c.status === 'in-progress')?.actions).to.have.length(13);
    expect(columns.find((c) => c.status === 'in-progress')?.limit).to.equal(3);
    expect(columns.find((c) => c.status === 'not-started')?.actions).to.deep.equal([]);
  });

  it('takes due dates and due states from the SDK', () => {
    const a12 = actions().find((a) => a.id === 'A12')!;
    expect(dueOf(a12, TODAY, 14)).to.deep.equal({ due: '2025-03-31', state: 'due-soon' });
    expect(dueOf(a12, TODAY, 5).state).to.equal('on-track');
    expect(dueOf(a12, '2025-04-10', 14).state).to.equal('overdue');
    const a4 = actions().find((a) => a.id === 'A4')!;
    expect(dueOf(a4, TODAY, 14).due).to.equal('2025-09-30');
  });

  it('names aspects, domains and groups', () => {
    expect(aspectLabel(words, 'improvement')).to.equal('[qms.aspect.improvement]');
    expect(aspectLabel(words, null)).to.equal('[actionTracker.aspect.none]');
    expect(domainLabel(words, wales, 'safe')).to.equal('Safe');
    expect(domainLabel(words, undefined, 'safe')).to.equal('safe');
    expect(domainLabel(words, wales, 'no-such')).to.equal('no-such');
    expect(domainLabel(words, wales, null)).to.equal('[actionTracker.domain.none]');
    expect(groupLabel(words, wales, { by: 'status', key: 'complete', actions: [] })).to.equal(
      '[action.status.complete]',
    );
  });

  it('offers the framework domains in order, then those the actions use', () => {
    const own: Action[] = [{ ...actions()[0]!, domain: 'local-one' }];
    const choices = domainChoices(words, wales, own, 'typed-in');
    expect(choices.slice(-2).map((c) => c.value)).to.deep.equal(['local-one', 'typed-in']);
    expect(choices[0]).to.deep.equal({ value: 'safe', label: 'Safe' });
    const filter = domainFilterChoices(words, wales, actions());
    expect(filter.map((c) => c.value)).to.include(NONE);
  });

  it('finds linked items and ignores what is not one', () => {
    const items = [{ id: 'm1', name: 'Falls' }, null, 'x'] as unknown as { id: string }[];
    expect(linkedItem(items, 'm1')).to.deep.equal({ id: 'm1', name: 'Falls' });
    expect(linkedItem(items, 'm2')).to.equal(undefined);
    expect(linkedItem(undefined, 'm1')).to.equal(undefined);
  });

  it('sorts ascending first, then flips', () => {
    const first = nextSort(undefined, 'due');
    expect(first).to.deep.equal({ key: 'due', direction: 'ascending' });
    expect(nextSort(first, 'due').direction).to.equal('descending');
    expect(nextSort(nextSort(first, 'due'), 'due').direction).to.equal('ascending');
    expect(nextSort(first, 'owner')).to.deep.equal({ key: 'owner', direction: 'ascending' });
  });
});
