import { mergeRecord, sameValue } from '../dataset/merge.js';
import type { Action } from '../schema/action.js';

/** What a writer does with an action that it and another writer both changed, differently. */
export type ActionConflictPolicy = 'refuse' | 'keep-mine' | 'keep-theirs';

export interface ActionsMerge {
  /** The list to store: theirs, with mine applied where only I changed an action. */
  actions: Action[];
  /** Ids of the actions taken from mine (changed, added or deleted by this writer). */
  written: string[];
  /** Ids changed (or deleted) on both sides to different values, in the order met. */
  conflicts: string[];
}

const same = (a: Action | undefined, b: Action | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && sameValue(a, b));

const byId = (actions: readonly Action[]): Map<string, Action> =>
  new Map(actions.map((a) => [a.id, a]));

/**
 * A three-way merge of action lists, one action at a time: `base` is what the writer started
 * from, `mine` what it wants to store, `theirs` what is stored now. An action only one side
 * changed takes that side's version (a deletion included); one both sides changed is merged field
 * by field (`mergeRecord`), so changes to different fields are both kept; the same field changed
 * differently on both sides, or an edit against a deletion, is a conflict, settled by `policy`
 * (`refuse` leaves the action as theirs and reports it).
 */
export function mergeActions(
  base: readonly Action[],
  mine: readonly Action[],
  theirs: readonly Action[],
  policy: ActionConflictPolicy = 'refuse',
): ActionsMerge {
  const b = byId(base);
  const m = byId(mine);
  const t = byId(theirs);
  const taken = new Map<string, Action | undefined>();
  const written: string[] = [];
  const conflicts: string[] = [];
  for (const id of new Set([...m.keys(), ...t.keys(), ...b.keys()])) {
    const was = b.get(id);
    const mineNow = m.get(id);
    const theirsNow = t.get(id);
    const mineChanged = !same(was, mineNow);
    const theirsChanged = !same(was, theirsNow);
    let useMine = mineChanged && !theirsChanged;
    let chosen = useMine ? mineNow : theirsNow;
    if (mineChanged && theirsChanged && !same(mineNow, theirsNow)) {
      const merged = was && mineNow && theirsNow ? mergeRecord(was, mineNow, theirsNow) : undefined;
      if (merged && merged.conflicts.length === 0) {
        useMine = true;
        chosen = merged.merged;
      } else {
        conflicts.push(id);
        useMine = policy === 'keep-mine';
        chosen = useMine ? mineNow : theirsNow;
      }
    }
    if (useMine) written.push(id);
    taken.set(id, chosen);
  }
  // Mine's order first (it is what the writer sees), then what only theirs holds, in its order.
  const actions: Action[] = [];
  for (const list of [mine, theirs]) {
    for (const { id } of list) {
      const action = taken.get(id);
      if (action) actions.push(action);
      taken.delete(id);
    }
  }
  return { actions, written, conflicts };
}
