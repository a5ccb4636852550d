import type { Problem, Result } from '../problems.js';
import { fail, ok } from '../problems.js';
import { actionSchema, type Action, type ActionStatus } from '../schema/action.js';
import { parseWithSchema } from '../io/parse-with-schema.js';
import { parseActionsCsv } from '../io/actions-csv.js';
import { cellOf, readCsv } from '../io/csv-table.js';
import { unescapeFormula } from '../io/csv-formula.js';
import { calendarDay } from '../schema/calendar.js';

/**
 * The next free id of the form `<prefix><number>`: one more than the highest number already used
 * with that prefix (`A15` → `A16`), never one that is taken.
 */
export function nextActionId(actions: readonly Pick<Action, 'id'>[], prefix = 'A'): string {
  const taken = new Set(actions.map((a) => a.id));
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`);
  let highest = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let next = highest + 1;
  while (taken.has(`${prefix}${next}`)) next++;
  return `${prefix}${next}`;
}

/** The next free PDSA cycle id inside one action: `<action id>-pdsa-<n>`. */
export function nextPdsaCycleId(action: Pick<Action, 'id' | 'pdsaCycles'>): string {
  return nextActionId(action.pdsaCycles, `${action.id}-pdsa-`);
}

const idTaken = (id: string): Problem => ({
  where: 'id',
  message: `"${id}" is already the id of another action; ids must be unique`,
  path: ['id'],
});

export interface ValidateActionOptions {
  /** The list the action will join; its ids must stay unique. */
  actions?: readonly Pick<Action, 'id'>[];
  /** The id of the action being replaced (an edit), which may keep its id. */
  replacing?: string;
}

/**
 * Checks an added or edited action against the schema and against the ids already in the list.
 * Problems carry the JSON path inside the action (e.g. `['revisedDue', 'reason']`), so a form can
 * put each one next to its field.
 */
export function validateAction(
  input: unknown,
  options: ValidateActionOptions = {},
): Result<Action> {
  let parsed = parseWithSchema(actionSchema, input, 'the action');
  // zod skips the schema's cross-field checks while any field fails, so a form would show the
  // date-order problems only after a second submit: report them with the others.
  if (!parsed.ok) parsed = fail([...parsed.problems, ...dateOrderProblems(input, parsed.problems)]);
  const id = parsed.ok
    ? parsed.value.id
    : typeof input === 'object' && input !== null && 'id' in input
      ? (input as { id: unknown }).id
      : undefined;
  const duplicate =
    typeof id === 'string' &&
    id !== options.replacing &&
    (options.actions ?? []).some((a) => a.id === id);
  if (!duplicate) return parsed;
  return fail([...(parsed.ok ? [] : parsed.problems), idTaken(id)]);
}

/**
 * `actions` with `next` added at the end, or a problem (path `['id']`) when an action already has
 * its id: an add never replaces a record, whatever part of the list a user can see.
 */
export function addAction(actions: readonly Action[], next: Action): Result<Action[]> {
  if (actions.some((a) => a.id === next.id)) return fail([idTaken(next.id)]);
  return ok([...actions, next]);
}

/**
 * `actions` with the action whose id is `id` replaced in place by `next` (which may carry a new
 * id). A problem (path `['id']`) when no action has `id` (it was deleted meanwhile: an edit never
 * brings it back) or when another action already has `next`'s new id.
 */
export function replaceAction(
  actions: readonly Action[],
  id: string,
  next: Action,
): Result<Action[]> {
  const index = actions.findIndex((a) => a.id === id);
  if (index < 0) {
    return fail([
      {
        where: 'id',
        message: `there is no action with the id "${id}"; it may have been deleted`,
        path: ['id'],
      },
    ]);
  }
  if (next.id !== id && actions.some((a) => a.id === next.id)) return fail([idTaken(next.id)]);
  const copy = [...actions];
  copy[index] = next;
  return ok(copy);
}

/** `actions` without the action whose id is `id`. */
export function removeAction(actions: readonly Action[], id: string): Action[] {
  return actions.filter((a) => a.id !== id);
}

/** The action with a new status, its last update set to `today`. */
export function withStatus(action: Action, status: ActionStatus, today: string): Action {
  return { ...action, status, lastUpdate: today };
}

/**
 * Actions to add from a CSV file (as written by `actionsToCsv`), checked as a whole: any row with
 * a problem, or an id already in `existing`, fails the import and every problem names its row.
 * Nothing is partly imported, so fixing the file and importing again never duplicates rows.
 */
export function importActionsCsv(
  text: string,
  existing: readonly Pick<Action, 'id'>[],
): Result<Action[]> {
  const parsed = parseActionsCsv(text);
  const table = readCsv(text, ['id', 'title', 'owner'], { allowNoRows: true });
  const taken = new Set(existing.map((a) => a.id));
  const clashes: Problem[] = [];
  if (table.ok) {
    for (const { row, cells } of table.value.rows) {
      const id = unescapeFormula(cellOf(table.value, cells, 'id'));
      if (taken.has(id)) {
        clashes.push({
          where: `row ${row}, column id`,
          message: `"${id}" is already the id of an action in the tracker`,
          row,
          column: 'id',
        });
      }
    }
  }
  if (!parsed.ok) {
    const problems = [...parsed.problems, ...clashes].sort(
      (a, b) => (a.row ?? Infinity) - (b.row ?? Infinity),
    );
    return fail(problems);
  }
  if (clashes.length > 0) return fail(clashes);
  return ok(parsed.value);
}

const dayOf = (value: unknown): number | undefined =>
  typeof value === 'string' ? calendarDay(value) : undefined;

/** "must not be before" problems the schema would add once every field is valid. */
function dateOrderProblems(input: unknown, already: readonly Problem[]): Problem[] {
  if (typeof input !== 'object' || input === null) return [];
  const seen = new Set(already.map((p) => (p.path ?? []).join('.')));
  const problems: Problem[] = [];
  const check = (date: unknown, earliest: unknown, path: (string | number)[], what: string) => {
    const [day, first] = [dayOf(date), dayOf(earliest)];
    if (day === undefined || first === undefined || day >= first || seen.has(path.join('.')))
      return;
    problems.push({
      where: path.join('.'),
      message: `must not be before ${what} (${String(earliest)})`,
      path,
    });
  };
  const action = input as { start?: unknown; due?: unknown; pdsaCycles?: unknown };
  check(action.due, action.start, ['due'], 'the start date');
  if (Array.isArray(action.pdsaCycles)) {
    action.pdsaCycles.forEach((cycle: unknown, index) => {
      if (typeof cycle !== 'object' || cycle === null) return;
      const c = cycle as { start?: unknown; end?: unknown };
      check(c.end, c.start, ['pdsaCycles', index, 'end'], 'the cycle’s start');
    });
  }
  return problems;
}
