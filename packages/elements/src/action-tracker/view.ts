import {
  actionDueState,
  attentionDueStates,
  actionOwners,
  effectiveDue,
  findDomain,
  groupActions,
  isCalendarDate,
  localisedString,
  queryActions,
  type Action,
  type ActionDueState,
  type ActionFilter,
  type ActionGroup,
  type ActionQueryResult,
  type ActionSort,
  type ActionSortKey,
  type ActionStatus,
  type Framework,
  type MessageKey,
  actionStatusSchema,
} from '@qms-kit/sdk';

/**
 * What the tracker draws, worked out from the SDK's results and the tracker's settings: plain
 * data for the templates, with no Lit and no DOM, so it is tested without rendering.
 */

export type QmsActionTrackerView = 'table' | 'board';
export type QmsActionTrackerGroupBy = 'none' | 'aspect' | 'domain' | 'status';

/** The filter controls' values, as the user set them ("" = all). */
export interface FilterState {
  query: string;
  status: string;
  owner: string;
  aspect: string;
  domain: string;
  due: string;
}

/** The words a view-model needs: a translation and the language in effect. */
export interface ViewWords {
  readonly lang: string;
  t(key: MessageKey): string;
}

export const NO_FILTER: FilterState = {
  query: '',
  status: '',
  owner: '',
  aspect: '',
  domain: '',
  due: '',
};
/** The select value meaning "none set"; ids cannot start with "-", so it never clashes. */
export const NONE = '-';
export const VIEWS = ['table', 'board'] as const;
export const GROUPINGS = ['none', 'aspect', 'domain', 'status'] as const;
export const DUE_FILTERS = [
  'overdue',
  'due-soon',
  'attention',
  'on-track',
  'no-date',
  'done',
] as const;
export const COLUMN_COUNT = 9;
export const DEFAULT_PAGE_SIZE = 50;

export const COLUMNS: { key: ActionSortKey; label: MessageKey }[] = [
  { key: 'title', label: 'actionTracker.column.title' },
  { key: 'owner', label: 'action.owner' },
  { key: 'due', label: 'action.due' },
  { key: 'status', label: 'actionTracker.column.status' },
  { key: 'deliveryConfidence', label: 'action.deliveryConfidence' },
  { key: 'aspect', label: 'actionTracker.filter.aspect' },
  { key: 'domain', label: 'actionTracker.filter.domain' },
  { key: 'lastUpdate', label: 'action.lastUpdate' },
];

/** Today's date where the user is, as an ISO date. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day due states are worked out from: the `today` setting when it is a date, else today. */
export function trackerToday(today: string | undefined, fallback: () => string = localToday) {
  const value = today?.trim();
  return value && isCalendarDate(value) ? value.slice(0, 10) : fallback();
}

/** The view in effect: anything but `board` draws the table. */
export function activeView(view: string): QmsActionTrackerView {
  return view === 'board' ? 'board' : 'table';
}

/** The grouping in effect: an unknown one groups nothing. */
export function activeGrouping(groupBy: string): QmsActionTrackerGroupBy {
  return (GROUPINGS as readonly string[]).includes(groupBy)
    ? (groupBy as QmsActionTrackerGroupBy)
    : 'none';
}

/** Rows per page: the `page-size` setting when it is a positive number, else 50. */
export function pageStep(pageSize: number): number {
  return Number.isFinite(pageSize) && pageSize > 0 ? Math.floor(pageSize) : DEFAULT_PAGE_SIZE;
}

/** Whether any filter control holds a value. */
export function isFiltered(filter: FilterState): boolean {
  return Object.values(filter).some((v) => v !== '');
}

/** The filter controls as the SDK's filter. */
export function actionFilter(f: FilterState): ActionFilter {
  const orNull = (v: string) => (v === NONE ? null : v);
  return {
    query: f.query,
    ...(f.status && { status: [f.status as ActionStatus] }),
    ...(f.owner && { owner: [f.owner] }),
    ...(f.aspect && { aspect: [orNull(f.aspect) as NonNullable<Action['aspect']> | null] }),
    ...(f.domain && { domain: [orNull(f.domain)] }),
    ...(f.due && {
      dueState: f.due === 'attention' ? attentionDueStates : [f.due as ActionDueState],
    }),
  };
}

export interface QueryInputs {
  actions: readonly Action[];
  filter: FilterState;
  sort: ActionSort | undefined;
  groupBy: QmsActionTrackerGroupBy;
  lang: string;
  today: string;
  framework: Framework | undefined;
  dueSoonDays: number;
}

/** Filters, sorts and groups the actions through the SDK. */
export function queryView(inputs: QueryInputs): ActionQueryResult {
  const { framework } = inputs;
  return queryActions(
    inputs.actions as Action[],
    {
      filter: actionFilter(inputs.filter),
      ...(inputs.sort && { sort: inputs.sort }),
      groupBy: inputs.groupBy,
    },
    {
      today: inputs.today,
      lang: inputs.lang,
      ...(framework && { framework }),
      dueSoonDays: inputs.dueSoonDays,
    },
  );
}

/** `queryView`, worked out again only when an input is no longer the same value. */
export function cachedQuery(): (inputs: QueryInputs) => ActionQueryResult {
  let cache: { key: unknown[]; result: ActionQueryResult } | undefined;
  return (inputs) => {
    const key = [
      inputs.actions,
      inputs.filter,
      inputs.sort,
      inputs.groupBy,
      inputs.lang,
      inputs.today,
      inputs.framework,
      inputs.dueSoonDays,
    ];
    if (cache && cache.key.every((v, i) => v === key[i])) return cache.result;
    const result = queryView(inputs);
    cache = { key, result };
    return result;
  };
}

export interface TablePage {
  groups: { group: ActionGroup; rows: Action[] }[];
  /** Rows drawn. */
  rendered: number;
  /** Rows the filters keep that are not drawn yet. */
  remaining: number;
}

/** The table's groups cut to the first `limit` rows (all of them when printing). */
export function tablePage(result: ActionQueryResult, limit: number): TablePage {
  let budget = limit;
  const groups = result.groups
    .map((group) => {
      const rows = group.actions.slice(0, Math.max(0, budget));
      budget -= rows.length;
      return { group, rows };
    })
    .filter((g) => g.rows.length > 0);
  const rendered = groups.reduce((n, g) => n + g.rows.length, 0);
  return { groups, rendered, remaining: result.actions.length - rendered };
}

export interface BoardColumn {
  status: ActionStatus;
  /** Every action in the column. */
  actions: Action[];
  /** How many are drawn. */
  limit: number;
}

/** One column per status, in the status order, each with how many cards are drawn. */
export function boardColumns(
  actions: readonly Action[],
  limitOf: (status: ActionStatus) => number,
): BoardColumn[] {
  const byStatus = new Map(
    groupActions(actions as Action[], 'status').map((g) => [g.key as ActionStatus, g.actions]),
  );
  return actionStatusSchema.options.map((status) => ({
    status,
    actions: byStatus.get(status) ?? [],
    limit: limitOf(status),
  }));
}

/** An action's due date in effect and its due state (from the SDK). */
export function dueOf(
  action: Action,
  today: string,
  dueSoonDays: number,
): { due: string | undefined; state: ActionDueState } {
  return { due: effectiveDue(action), state: actionDueState(action, today, { dueSoonDays }) };
}

/** An aspect's name, or "No aspect". */
export function aspectLabel(words: ViewWords, aspect: Action['aspect'] | null): string {
  return aspect ? words.t(`qms.aspect.${aspect}`) : words.t('actionTracker.aspect.none');
}

/** A domain's name in the framework, else its id; "No domain" for none. */
export function domainLabel(
  words: ViewWords,
  framework: Framework | undefined,
  id: string | null | undefined,
): string {
  if (!id) return words.t('actionTracker.domain.none');
  const domain = framework ? findDomain(framework, id) : undefined;
  return domain ? localisedString(domain.label, words.lang) || id : id;
}

/** The heading of a group of rows. */
export function groupLabel(
  words: ViewWords,
  framework: Framework | undefined,
  group: ActionGroup,
): string {
  switch (group.by) {
    case 'aspect':
      return aspectLabel(words, group.key as Action['aspect'] | null);
    case 'domain':
      return domainLabel(words, framework, group.key);
    case 'status':
      return words.t(`action.status.${group.key as ActionStatus}`);
    default:
      return '';
  }
}

export interface Choice {
  value: string;
  label: string;
}

/** The domains the form offers: the framework's in its order, then any the actions use. */
export function domainChoices(
  words: ViewWords,
  framework: Framework | undefined,
  actions: readonly Action[],
  current: string,
): Choice[] {
  const ids = new Set<string>(
    framework ? [...framework.domains].sort((a, b) => a.order - b.order).map((d) => d.id) : [],
  );
  for (const action of actions) if (action.domain) ids.add(action.domain);
  if (current) ids.add(current);
  return [...ids].map((id) => ({ value: id, label: domainLabel(words, framework, id) }));
}

/** The owners filter's choices (the SDK's list of owners). */
export function ownerChoices(actions: readonly Action[], lang: string): Choice[] {
  return actionOwners(actions as Action[], lang).map((o) => ({ value: o.key, label: o.label }));
}

/** The domain filter's choices: every domain the actions use, "No domain" as `NONE`. */
export function domainFilterChoices(
  words: ViewWords,
  framework: Framework | undefined,
  actions: readonly Action[],
): Choice[] {
  return groupActions(actions as Action[], 'domain', { ...(framework && { framework }) }).map(
    (g) => ({ value: g.key ?? NONE, label: domainLabel(words, framework, g.key) }),
  );
}

/** The item a linked id names, if the host supplied one. */
export function linkedItem<T extends { id: string }>(
  items: readonly T[] | undefined,
  id: string,
): T | undefined {
  return Array.isArray(items)
    ? (items as readonly unknown[]).find(
        (i): i is T => typeof i === 'object' && i !== null && (i as T).id === id,
      )
    : undefined;
}

/** The next sort after a click on a column: ascending first, then flipping. */
export function nextSort(sort: ActionSort | undefined, key: ActionSortKey): ActionSort {
  return sort?.key === key
    ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key, direction: 'ascending' };
}
