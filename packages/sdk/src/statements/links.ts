import type { Action } from '../schema/action.js';
import type { Statement } from '../schema/statement.js';

/**
 * The measures a card links: its `measureIds`, then those its evidence items name, each once,
 * in that order.
 */
export function statementMeasureIds(
  statement: Pick<Statement, 'measureIds' | 'evidence'>,
): string[] {
  const ids = [
    ...statement.measureIds,
    ...statement.evidence.flatMap((item) => (item.measureId === undefined ? [] : [item.measureId])),
  ];
  return [...new Set(ids)];
}

export interface StatementActionLinks {
  /** The card's `actionIds` found in `actions` (in that order), then actions that name the card. */
  actions: Action[];
  /** Ids in the card's `actionIds` that `actions` does not hold. */
  missingIds: string[];
}

/**
 * The actions linked to a card in either direction: listed in the card's `actionIds`, or naming
 * the card in their own `statementIds`. Each action once.
 */
export function statementActions(
  statement: Pick<Statement, 'id' | 'actionIds'>,
  actions: readonly Action[],
): StatementActionLinks {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const linked: Action[] = [];
  const missingIds: string[] = [];
  const seen = new Set<string>();
  for (const id of statement.actionIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const action = byId.get(id);
    if (action) linked.push(action);
    else missingIds.push(id);
  }
  for (const action of actions) {
    if (seen.has(action.id) || !action.statementIds.includes(statement.id)) continue;
    seen.add(action.id);
    linked.push(action);
  }
  return { actions: linked, missingIds };
}
