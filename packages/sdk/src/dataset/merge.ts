/**
 * Three-way merge of JSON-like records (actions, statements, anything parsed from the wire
 * format): what an edit started from (`base`), the user's edit (`mine`) and the record as it is
 * now (`theirs`, which someone else may have changed meanwhile).
 */

/**
 * Where a conflict is: object keys, and for arrays of records with ids (PDSA cycles, evidence)
 * the item's `id`; other arrays are merged whole, so their path ends at the array.
 */
export type MergePath = readonly (string | number)[];

export interface RecordMerge<T> {
  /** The merged record: both sides' changes, and at each conflict the side `prefer` names. */
  merged: T;
  /** Paths changed differently on both sides, in the merged record's order; empty when clean. */
  conflicts: MergePath[];
}

export interface MergeOptions {
  /** Which side a conflicting value is taken from. Default `theirs`: nothing is overwritten. */
  prefer?: 'mine' | 'theirs';
}

type Json = unknown;

const isPlainObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/** Deep structural equality of JSON-like values; key order and `undefined` keys do not count. */
export function sameValue(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!sameValue(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** The id of an array item, when it is a record with a string id. */
const idOf = (item: Json): string | undefined =>
  isPlainObject(item) && typeof item['id'] === 'string' ? item['id'] : undefined;

/** Whether every item of every list is a record with an id, unique within its list. */
function keyedById(...lists: Json[][]): boolean {
  return lists.every((list) => {
    const ids = list.map(idOf);
    return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  });
}

const ABSENT: unique symbol = Symbol('absent');
type Slot = Json | typeof ABSENT;

const present = (value: Slot): boolean => value !== ABSENT && value !== undefined;

class Merger {
  readonly conflicts: MergePath[] = [];
  constructor(private readonly prefer: 'mine' | 'theirs') {}

  merge(base: Slot, mine: Slot, theirs: Slot, path: MergePath): Slot {
    const b = base === ABSENT ? undefined : base;
    const m = mine === ABSENT ? undefined : mine;
    const t = theirs === ABSENT ? undefined : theirs;
    if (sameValue(m, t)) return mine;
    if (sameValue(b, m)) return theirs;
    if (sameValue(b, t)) return mine;
    // Both sides changed it, differently.
    if (isPlainObject(m) && isPlainObject(t) && (b === undefined || isPlainObject(b))) {
      return this.mergeObjects(b ?? {}, m, t, path);
    }
    if (
      Array.isArray(m) &&
      Array.isArray(t) &&
      (b === undefined || Array.isArray(b)) &&
      keyedById(b ?? [], m, t)
    ) {
      return this.mergeById(b ?? [], m, t, path);
    }
    this.conflicts.push(path);
    return this.prefer === 'mine' ? mine : theirs;
  }

  private mergeObjects(
    base: Record<string, Json>,
    mine: Record<string, Json>,
    theirs: Record<string, Json>,
    path: MergePath,
  ): Record<string, Json> {
    const out: Record<string, Json> = {};
    // Their key order first (the record as stored), then keys only mine has.
    const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)])];
    for (const key of keys) {
      const slot = (o: Record<string, Json>): Slot => (key in o ? o[key] : ABSENT);
      const value = this.merge(slot(base), slot(mine), slot(theirs), [...path, key]);
      if (present(value)) out[key] = value;
    }
    return out;
  }

  private mergeById(base: Json[], mine: Json[], theirs: Json[], path: MergePath): Json[] {
    const index = (list: Json[]) => new Map(list.map((item) => [idOf(item)!, item] as const));
    const [b, m, t] = [index(base), index(mine), index(theirs)];
    const slot = (map: Map<string, Json>, id: string): Slot => (map.has(id) ? map.get(id) : ABSENT);
    // Their order, then items only mine has, in my order.
    const ids = [...new Set([...t.keys(), ...m.keys(), ...b.keys()])];
    const out: Json[] = [];
    for (const id of ids) {
      const value = this.merge(slot(b, id), slot(m, id), slot(t, id), [...path, id]);
      if (present(value)) out.push(value);
    }
    return out;
  }
}

/**
 * Three-way merge: every change either side made to `base` is kept; a value both sides changed
 * differently is a conflict, named by its path, and takes `theirs` (or `mine` with
 * `prefer: 'mine'`). Objects merge key by key (so two languages of one text merge), arrays of
 * records with ids merge item by item (an item deleted on one side and changed on the other is a
 * conflict), other arrays and scalars are taken whole. Pure; the inputs are not changed and
 * unchanged parts of the result are shared with them.
 *
 * `mergeRecord(base, mine, base)` is `mine`, `mergeRecord(base, base, theirs)` is `theirs`.
 */
export function mergeRecord<T>(
  base: T,
  mine: T,
  theirs: T,
  options: MergeOptions = {},
): RecordMerge<T> {
  const merger = new Merger(options.prefer ?? 'theirs');
  const merged = merger.merge(base, mine, theirs, []) as T;
  return { merged, conflicts: merger.conflicts };
}

/**
 * The value at a merge path (`undefined` when there is none): object keys as they are, and in
 * arrays of records the item whose `id` is the segment (or the index, for a number).
 */
export function valueAtPath(value: unknown, path: MergePath): unknown {
  let here: unknown = value;
  for (const segment of path) {
    if (Array.isArray(here)) {
      here =
        typeof segment === 'number' ? here[segment] : here.find((item) => idOf(item) === segment);
    } else if (isPlainObject(here)) {
      here = here[String(segment)];
    } else {
      return undefined;
    }
  }
  return here;
}
