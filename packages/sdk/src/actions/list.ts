import {
  actionStatusSchema,
  type Action,
  type ActionStatus,
  type DeliveryConfidence,
} from '../schema/action.js';
import { calendarDay } from '../schema/calendar.js';
import type { LocalisedText } from '../schema/common.js';
import type { Framework } from '../schema/framework.js';
import { qmsAspects, type QmsAspect } from '../schema/qms-aspect.js';
import { intlLocale } from '../i18n/format.js';
import { actionDueState, effectiveDue, type ActionDueState } from './due-state.js';
import { allLocalisedStrings, localisedString } from './text.js';

/** Columns an action list can be sorted by. */
export type ActionSortKey =
  | 'id'
  | 'title'
  | 'owner'
  | 'due'
  | 'status'
  | 'deliveryConfidence'
  | 'aspect'
  | 'domain'
  | 'lastUpdate'
  | 'progressScore';

export type SortDirection = 'ascending' | 'descending';

export interface ActionSort {
  key: ActionSortKey;
  direction: SortDirection;
}

/** What an action list can be grouped by (`none` gives one group holding everything). */
export type ActionGroupBy = 'none' | 'aspect' | 'domain' | 'status';

/**
 * Which actions to keep. Each list given keeps actions matching any of its values; the lists and
 * the query all have to match. An absent or empty list does not filter. `null` in `aspect` or
 * `domain` means "none set" (whole-system actions, actions with no domain).
 */
export interface ActionFilter {
  status?: readonly ActionStatus[];
  /** Owner keys, as given by `ownerKey` / `actionOwners`. */
  owner?: readonly string[];
  aspect?: readonly (QmsAspect | null)[];
  domain?: readonly (string | null)[];
  dueState?: readonly ActionDueState[];
  deliveryConfidence?: readonly (DeliveryConfidence | null)[];
  /** Words to find in the title, description or owner (any language, accents ignored). */
  query?: string;
}

export interface ActionListOptions {
  /** The day due states are worked out from (ISO date or a `Date`'s UTC day). */
  today: string | Date;
  /** Language used to read and compare titles and owners. Default `en`. */
  lang?: string;
  /** Gives the order of domains (sorting and grouping); unknown domains follow, by id. */
  framework?: Framework;
  /** Days ahead that count as due soon (see `actionDueState`). Default 14. */
  dueSoonDays?: number;
}

/** A run of actions sharing one value of the grouping field; `key` null means "none set". */
export interface ActionGroup {
  by: ActionGroupBy;
  key: string | null;
  actions: Action[];
}

export interface ActionQuery {
  filter?: ActionFilter;
  sort?: ActionSort;
  groupBy?: ActionGroupBy;
}

export interface ActionQueryResult {
  /** The actions kept by the filter, in sorted order. */
  actions: Action[];
  /** The same actions in groups (one group for `groupBy: 'none'`), each keeping the sort. */
  groups: ActionGroup[];
  /** How many actions there were before filtering. */
  total: number;
}

/** Lower case, accents and punctuation-space folded: "Ŵyr  Ysbyty" → "wyr ysbyty". */
export function normaliseSearchText(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case without accents. Decomposing is the slow part, and plain ASCII needs none. */
function foldText(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text).toLowerCase();
}

/**
 * A stable key for an owner, the same whatever language is shown: the English text if there is
 * one, else the first language's, trimmed. Use it for owner filters.
 */
export function ownerKey(owner: LocalisedText): string {
  if (typeof owner === 'string') return owner.trim();
  const english = owner['en']?.trim();
  if (english) return english;
  return (Object.values(owner).find((s) => s.trim() !== '') ?? '').trim();
}

/** The distinct owners of `actions`, labelled in `lang` and sorted by label. */
export function actionOwners(
  actions: readonly Action[],
  lang = 'en',
): { key: string; label: string }[] {
  const owners = new Map<string, string>();
  for (const action of actions) {
    const key = ownerKey(action.owner);
    if (!owners.has(key)) owners.set(key, localisedString(action.owner, lang) || key);
  }
  const collator = new Intl.Collator(intlLocale(lang), { sensitivity: 'base', numeric: true });
  return [...owners]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** True when every word of `query` is found in the action's title, description or owner. */
export function actionMatchesQuery(action: Action, query: string): boolean {
  const words = normaliseSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  return matchesWords(searchText(action), words);
}

function searchText(action: Action): string {
  // Words never hold spaces, so the haystack only needs folding, not space-collapsing.
  return foldText(
    [
      ...allLocalisedStrings(action.title),
      ...allLocalisedStrings(action.description),
      ...allLocalisedStrings(action.owner),
    ].join('\n'),
  );
}

function matchesWords(haystack: string, words: readonly string[]): boolean {
  return words.every((word) => haystack.includes(word));
}

const active = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/** The actions that pass `filter`, in their original order. */
export function filterActions(
  actions: readonly Action[],
  filter: ActionFilter,
  options: ActionListOptions,
): Action[] {
  const status = active(filter.status) ? new Set(filter.status) : undefined;
  const owner = active(filter.owner) ? new Set(filter.owner) : undefined;
  const aspect = active(filter.aspect) ? new Set(filter.aspect) : undefined;
  const domain = active(filter.domain) ? new Set(filter.domain) : undefined;
  const due = active(filter.dueState) ? new Set(filter.dueState) : undefined;
  const confidence = active(filter.deliveryConfidence)
    ? new Set(filter.deliveryConfidence)
    : undefined;
  const words = normaliseSearchText(filter.query ?? '')
    .split(' ')
    .filter(Boolean);
  const dueOptions = { dueSoonDays: options.dueSoonDays ?? 14 };
  return actions.filter(
    (action) =>
      (!status || status.has(action.status)) &&
      (!owner || owner.has(ownerKey(action.owner))) &&
      (!aspect || aspect.has(action.aspect ?? null)) &&
      (!domain || domain.has(action.domain ?? null)) &&
      (!confidence || confidence.has(action.deliveryConfidence ?? null)) &&
      (!due || due.has(actionDueState(action, options.today, dueOptions))) &&
      (words.length === 0 || matchesWords(searchText(action), words)),
  );
}

const STATUS_RANK = new Map<string, number>(actionStatusSchema.options.map((s, i) => [s, i]));
const ASPECT_RANK = new Map<string, number>(qmsAspects.map((a, i) => [a, i]));
/** Ascending confidence: low first, so the actions most at risk come to the top. */
const CONFIDENCE_RANK = new Map<string, number>([
  ['low', 0],
  ['medium', 1],
  ['high', 2],
]);

/** Framework order of domain ids; ids not in the framework sort after them, by id. */
function domainRanks(framework: Framework | undefined): Map<string, number> {
  const ranks = new Map<string, number>();
  [...(framework?.domains ?? [])]
    .sort((a, b) => a.order - b.order)
    .forEach((d, i) => ranks.set(d.id, i));
  return ranks;
}

type SortValue = number | string | undefined;

function sortValue(
  action: Action,
  key: ActionSortKey,
  lang: string,
  domains: Map<string, number>,
): SortValue {
  switch (key) {
    case 'id':
      return action.id;
    case 'title':
      return localisedString(action.title, lang);
    case 'owner':
      return localisedString(action.owner, lang);
    case 'due': {
      const due = effectiveDue(action);
      return due === undefined ? undefined : calendarDay(due);
    }
    case 'lastUpdate':
      return action.lastUpdate === undefined ? undefined : calendarDay(action.lastUpdate);
    case 'status':
      return STATUS_RANK.get(action.status);
    case 'deliveryConfidence':
      return action.deliveryConfidence === undefined
        ? undefined
        : CONFIDENCE_RANK.get(action.deliveryConfidence);
    case 'aspect':
      return action.aspect === undefined ? undefined : ASPECT_RANK.get(action.aspect);
    case 'domain': {
      if (action.domain === undefined) return undefined;
      const rank = domains.get(action.domain);
      // Known domains are numbers, unknown ones their id: numbers sort first (see compareValues).
      return rank ?? action.domain;
    }
    case 'progressScore':
      return action.progressScore;
  }
}

/**
 * A sorted copy of `actions`. Text compares in the list's language (numbers inside text in
 * numeric order, so A2 comes before A10); statuses in workflow order; confidence low → high;
 * aspects in wheel order; domains in framework order. Actions with no value come last in both
 * directions, and ties keep their original order.
 */
export function sortActions(
  actions: readonly Action[],
  sort: ActionSort,
  options: Pick<ActionListOptions, 'lang' | 'framework'> = {},
): Action[] {
  const lang = options.lang ?? 'en';
  const domains = domainRanks(options.framework);
  const collator = new Intl.Collator(intlLocale(lang), { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'descending' ? -1 : 1;
  const decorated = actions.map((action, index) => ({
    action,
    index,
    value: sortValue(action, sort.key, lang, domains),
  }));
  decorated.sort((a, b) => {
    const aEmpty = a.value === undefined || a.value === '';
    const bEmpty = b.value === undefined || b.value === '';
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
    const order = compareValues(a.value, b.value, collator);
    return order === 0 ? a.index - b.index : sign * order;
  });
  return decorated.map((d) => d.action);
}

function compareValues(a: SortValue, b: SortValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(String(a), String(b));
}

/**
 * `actions` split into groups by aspect (wheel order), domain (framework order, then unknown
 * ids), or status (workflow order); "none set" comes last. Empty groups are left out; each group
 * keeps the order of `actions`.
 */
export function groupActions(
  actions: readonly Action[],
  by: ActionGroupBy,
  options: Pick<ActionListOptions, 'framework' | 'lang'> = {},
): ActionGroup[] {
  if (by === 'none') return actions.length === 0 ? [] : [{ by, key: null, actions: [...actions] }];
  const buckets = new Map<string | null, Action[]>();
  for (const action of actions) {
    const key =
      (by === 'aspect' ? action.aspect : by === 'domain' ? action.domain : action.status) ?? null;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(action);
    else buckets.set(key, [action]);
  }
  const ranks =
    by === 'aspect' ? ASPECT_RANK : by === 'status' ? STATUS_RANK : domainRanks(options.framework);
  const collator = new Intl.Collator(intlLocale(options.lang ?? 'en'), { numeric: true });
  const keys = [...buckets.keys()].sort((a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    const [ra, rb] = [ranks.get(a), ranks.get(b)];
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return collator.compare(a, b);
  });
  return keys.map((key) => ({ by, key, actions: buckets.get(key) ?? [] }));
}

/** Filter, then sort, then group: what an action tracker shows. */
export function queryActions(
  actions: readonly Action[],
  query: ActionQuery,
  options: ActionListOptions,
): ActionQueryResult {
  const kept = query.filter ? filterActions(actions, query.filter, options) : [...actions];
  const sorted = query.sort ? sortActions(kept, query.sort, options) : kept;
  return {
    actions: sorted,
    groups: groupActions(sorted, query.groupBy ?? 'none', options),
    total: actions.length,
  };
}
