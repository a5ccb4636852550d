import type { Action, ActionInput } from '../../src/index.js';
import { actionSchema } from '../../src/index.js';

/** A valid action from a few fields (the rest defaulted by the schema). */
export function action(fields: Partial<ActionInput> & { id: string }): Action {
  return actionSchema.parse({ title: `Action ${fields.id}`, owner: 'Ward 7', ...fields });
}

export const ids = (actions: readonly { id: string }[]): string[] => actions.map((a) => a.id);
