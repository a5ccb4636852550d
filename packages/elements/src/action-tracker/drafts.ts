import {
  localisedTextIn,
  nextActionId,
  nextPdsaCycleId,
  withLocalisedText,
  type Action,
  type LocalisedText,
  type MergePath,
  type MessageKey,
  type PdsaCycle,
  type Problem,
} from '@qms-kit/sdk';

/**
 * The forms' drafts: what the user has typed, as strings, kept apart from the action list so
 * that nothing typed is lost when the list, the language or the host's data changes.
 */

export const ACTION_FIELDS = [
  'id',
  'title',
  'description',
  'owner',
  'organisation',
  'sponsor',
  'source',
  'reference',
  'status',
  'start',
  'due',
  'revisedDue',
  'revisedDueReason',
  'deliveryConfidence',
  'aspect',
  'domain',
  'progressScore',
  'notes',
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

const ACTION_TEXT_FIELDS = [
  'title',
  'description',
  'owner',
  'organisation',
  'sponsor',
  'revisedDueReason',
  'notes',
] as const;

export const PDSA_FIELDS = [
  'title',
  'changeIdea',
  'question',
  'prediction',
  'measure',
  'observations',
  'learning',
  'act',
  'start',
  'end',
] as const;
export type PdsaField = (typeof PDSA_FIELDS)[number];

const PDSA_TEXT_FIELDS = [
  'title',
  'changeIdea',
  'question',
  'prediction',
  'measure',
  'observations',
  'learning',
] as const;

export const DATE_FIELDS: ReadonlySet<string> = new Set(['start', 'due', 'revisedDue', 'end']);

/** A problem placed on a form field (`field` undefined: shown in the summary only). */
export interface FieldError {
  field: string | undefined;
  /** The catalogue key of the message, or undefined to show `problem` as it is. */
  key: MessageKey | undefined;
  params?: Record<string, string>;
  problem: Problem;
}

/**
 * Why a save was stopped because the action changed since the form opened: it was deleted, or
 * someone else changed fields the user changed too (`paths`, as `mergeRecord` names them).
 * `mine` is the user's edit as validated, `base` the action the form started from, `theirs` the
 * action as it was when the conflict was found.
 */
export type DraftConflict =
  | { kind: 'deleted'; mine: Action }
  | { kind: 'changed'; paths: MergePath[]; base: Action; mine: Action; theirs: Action };

interface DraftBase<F extends string> {
  values: Record<F, string>;
  /** The values as the form opened: a field still equal to its initial value was not edited. */
  initial: Readonly<Record<F, string>>;
  /** Set when the last save found the action deleted or changed on both sides. */
  conflict?: DraftConflict | undefined;
  /**
   * The language each text field edits: the one its text was shown in (another language when
   * the page's was missing), `null` for a language-neutral plain string, absent when there was no
   * text (new text is saved in the page's language at the time of saving).
   */
  langs: Partial<Record<F, string | null>>;
  /** The languages each text field already has text in (to word the form's language hint). */
  available: Partial<Record<F, string[]>>;
  errors: FieldError[];
  /** Why the host refused the last save (a veto). */
  vetoed: string | undefined;
  /** Bumped on each failed save, so the error summary is focused again. */
  attempt: number;
}

export interface ActionDraft extends DraftBase<ActionField> {
  kind: 'action';
  mode: 'add' | 'edit';
  /** The action as it was when the form opened (`null` when adding). */
  before: Action | null;
}

export interface PdsaDraft extends DraftBase<PdsaField> {
  kind: 'pdsa';
  mode: 'add' | 'edit';
  /** The action the cycle belongs to, as it was when the form opened. */
  action: Action;
  /** The cycle as it was when the form opened (`null` when adding). */
  before: PdsaCycle | null;
}

export type Draft = ActionDraft | PdsaDraft;

/** The draft with `initial` set to a copy of its values as they are now. */
function opened<D extends Draft>(draft: Omit<D, 'initial'>): D {
  return { ...draft, initial: { ...draft.values } } as D;
}

function readTexts<F extends string>(
  texts: Partial<Record<F, LocalisedText | undefined>>,
  fields: readonly F[],
  lang: string,
): Pick<DraftBase<F>, 'langs' | 'available'> & { values: Partial<Record<F, string>> } {
  const values: Partial<Record<F, string>> = {};
  const langs: Partial<Record<F, string | null>> = {};
  const available: Partial<Record<F, string[]>> = {};
  for (const field of fields) {
    const picked = localisedTextIn(texts[field], lang);
    values[field] = picked?.text ?? '';
    if (picked) langs[field] = picked.lang ?? null;
    const text = texts[field];
    available[field] =
      text === undefined || typeof text === 'string'
        ? []
        : Object.keys(text).filter((key) => (text[key] ?? '').trim() !== '');
  }
  return { values, langs, available };
}

const str = (value: string | number | undefined): string =>
  value === undefined ? '' : String(value);

/** A draft for a new action: the next free id, not started, local. */
export function newActionDraft(actions: readonly Action[], lang: string): ActionDraft {
  const texts = readTexts<ActionField>({}, ACTION_TEXT_FIELDS, lang);
  const values = Object.fromEntries(ACTION_FIELDS.map((f) => [f, ''])) as Record<
    ActionField,
    string
  >;
  return opened<ActionDraft>({
    kind: 'action',
    mode: 'add',
    before: null,
    values: { ...values, id: nextActionId(actions), status: 'not-started', source: 'local' },
    langs: texts.langs,
    available: texts.available,
    errors: [],
    vetoed: undefined,
    attempt: 0,
  });
}

/** A draft holding `action` as it is, its texts in `lang` (or the language they exist in). */
export function editActionDraft(action: Action, lang: string): ActionDraft {
  const texts = readTexts<ActionField>(
    {
      title: action.title,
      description: action.description,
      owner: action.owner,
      organisation: action.organisation,
      sponsor: action.sponsor,
      revisedDueReason: action.revisedDue?.reason,
      notes: action.notes,
    },
    ACTION_TEXT_FIELDS,
    lang,
  );
  return opened<ActionDraft>({
    kind: 'action',
    mode: 'edit',
    before: action,
    values: {
      id: action.id,
      source: action.source,
      reference: str(action.reference),
      status: action.status,
      start: str(action.start),
      due: str(action.due),
      revisedDue: str(action.revisedDue?.date),
      deliveryConfidence: str(action.deliveryConfidence),
      aspect: str(action.aspect),
      domain: str(action.domain),
      progressScore: str(action.progressScore),
      title: '',
      description: '',
      owner: '',
      organisation: '',
      sponsor: '',
      revisedDueReason: '',
      notes: '',
      ...texts.values,
    },
    langs: texts.langs,
    available: texts.available,
    errors: [],
    vetoed: undefined,
    attempt: 0,
  });
}

/** A draft for a new PDSA cycle of `action`, starting `today`. */
export function newPdsaDraft(action: Action, lang: string, today: string): PdsaDraft {
  const texts = readTexts<PdsaField>({}, PDSA_TEXT_FIELDS, lang);
  const values = Object.fromEntries(PDSA_FIELDS.map((f) => [f, ''])) as Record<PdsaField, string>;
  return opened<PdsaDraft>({
    kind: 'pdsa',
    mode: 'add',
    action,
    before: null,
    values: { ...values, start: today },
    langs: texts.langs,
    available: texts.available,
    errors: [],
    vetoed: undefined,
    attempt: 0,
  });
}

export function editPdsaDraft(action: Action, cycle: PdsaCycle, lang: string): PdsaDraft {
  const texts = readTexts<PdsaField>(
    {
      title: cycle.title,
      changeIdea: cycle.plan.changeIdea,
      question: cycle.plan.question,
      prediction: cycle.plan.prediction,
      measure: cycle.plan.measure,
      observations: cycle.do?.observations,
      learning: cycle.study?.learning,
    },
    PDSA_TEXT_FIELDS,
    lang,
  );
  return opened<PdsaDraft>({
    kind: 'pdsa',
    mode: 'edit',
    action,
    before: cycle,
    values: {
      act: str(cycle.act),
      start: cycle.start,
      end: str(cycle.end),
      title: '',
      changeIdea: '',
      question: '',
      prediction: '',
      measure: '',
      observations: '',
      learning: '',
      ...texts.values,
    },
    langs: texts.langs,
    available: texts.available,
    errors: [],
    vetoed: undefined,
    attempt: 0,
  });
}

/** Sets `key` to `value`, or removes it when `value` is empty or undefined. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined || value === '') delete target[key];
  else target[key] = value;
}

function text<F extends string>(
  draft: DraftBase<F>,
  field: F,
  before: LocalisedText | undefined,
  lang: string,
): LocalisedText | undefined {
  const editing = draft.langs[field];
  return withLocalisedText(
    before,
    editing === undefined ? lang : (editing ?? undefined),
    draft.values[field],
  );
}

/**
 * The action the draft describes, as JSON for the schema to check: fields the form does not
 * show (PDSA cycles, driver diagram, linked ids…) are kept from the action being edited.
 */
export function actionDraftInput(
  draft: ActionDraft,
  today: string,
  lang: string,
): Record<string, unknown> {
  const before = draft.before;
  const v = draft.values;
  const input: Record<string, unknown> = { ...(before ?? {}) };
  // An edit saves only the fields the user changed: the others keep the action's own values,
  // so a three-way merge sees no change where the user made none.
  const edited = (field: ActionField) => !before || v[field] !== draft.initial[field];
  const putEdited = (key: ActionField, value: unknown) => {
    if (edited(key)) put(input, key, value);
  };
  putEdited('id', v.id.trim());
  for (const field of [
    'title',
    'description',
    'owner',
    'organisation',
    'sponsor',
    'notes',
  ] as const) {
    putEdited(field, text(draft, field, before?.[field], lang));
  }
  // Required texts cleared by the user must reach the schema as empty, not as "missing".
  if (input['title'] === undefined) input['title'] = '';
  if (input['owner'] === undefined) input['owner'] = '';
  for (const field of [
    'source',
    'reference',
    'status',
    'start',
    'due',
    'deliveryConfidence',
    'aspect',
    'domain',
  ] as const) {
    putEdited(field, v[field].trim());
  }
  putEdited('progressScore', v.progressScore === '' ? undefined : Number(v.progressScore));
  const reason = text(draft, 'revisedDueReason', before?.revisedDue?.reason, lang);
  const date = v.revisedDue.trim();
  if (edited('revisedDue') || edited('revisedDueReason')) {
    put(
      input,
      'revisedDue',
      date === '' && reason === undefined
        ? undefined
        : { ...(date !== '' && { date }), ...(reason !== undefined && { reason }) },
    );
  }
  input['lastUpdate'] = today;
  return input;
}

/** The cycle the draft describes, as JSON (other fields kept from the cycle being edited). */
export function pdsaDraftCycle(draft: PdsaDraft, lang: string): Record<string, unknown> {
  const before = draft.before;
  const v = draft.values;
  const plan: Record<string, unknown> = { ...(before?.plan ?? {}) };
  put(plan, 'changeIdea', text(draft, 'changeIdea', before?.plan.changeIdea, lang) ?? '');
  put(plan, 'question', text(draft, 'question', before?.plan.question, lang) ?? '');
  put(plan, 'prediction', text(draft, 'prediction', before?.plan.prediction, lang) ?? '');
  // An empty required text stays in as '' so the schema names it.
  for (const key of ['changeIdea', 'question', 'prediction']) plan[key] ??= '';
  put(plan, 'measure', text(draft, 'measure', before?.plan.measure, lang));
  const cycle: Record<string, unknown> = {
    ...(before ?? {}),
    id: before?.id ?? nextPdsaCycleId(draft.action),
    plan,
  };
  put(cycle, 'title', text(draft, 'title', before?.title, lang));
  const observations = text(draft, 'observations', before?.do?.observations, lang);
  put(cycle, 'do', observations === undefined ? undefined : { observations });
  const learning = text(draft, 'learning', before?.study?.learning, lang);
  put(cycle, 'study', learning === undefined ? undefined : { learning });
  put(cycle, 'act', v.act);
  put(cycle, 'start', v.start.trim());
  put(cycle, 'end', v.end.trim());
  return cycle;
}

/** The action with the draft's cycle added or replaced, as JSON for the schema to check. */
export function pdsaDraftInput(
  draft: PdsaDraft,
  current: Action,
  today: string,
  lang: string,
): { input: Record<string, unknown>; index: number } {
  const cycle = pdsaDraftCycle(draft, lang);
  const cycles: unknown[] = [...current.pdsaCycles];
  let index = draft.before ? cycles.findIndex((c) => (c as PdsaCycle).id === draft.before?.id) : -1;
  if (index < 0) index = cycles.push(cycle) - 1;
  else cycles[index] = cycle;
  return { input: { ...current, pdsaCycles: cycles, lastUpdate: today }, index };
}

const mentions = (problem: Problem, word: string) => problem.message.includes(word);

/** Puts the SDK's problems with an action on the form's fields, with the form's own wording. */
export function actionFieldErrors(problems: readonly Problem[], draft: ActionDraft): FieldError[] {
  return problems.map((problem) => {
    const [first, second] = problem.path ?? [];
    const field =
      first === 'revisedDue'
        ? second === 'reason'
          ? 'revisedDueReason'
          : 'revisedDue'
        : typeof first === 'string' && (ACTION_FIELDS as readonly string[]).includes(first)
          ? first
          : undefined;
    return { field, problem, ...actionMessage(field, problem, draft) };
  });
}

function actionMessage(
  field: string | undefined,
  problem: Problem,
  draft: ActionDraft,
): Pick<FieldError, 'key' | 'params'> {
  switch (field) {
    case 'id':
      return mentions(problem, 'already')
        ? { key: 'actionTracker.error.idTaken', params: { id: draft.values.id.trim() } }
        : { key: 'actionTracker.error.id' };
    case 'title':
    case 'owner':
      return { key: `actionTracker.error.${field}` as const };
    case 'start':
      return { key: 'actionTracker.error.start' };
    case 'due':
      return mentions(problem, 'before')
        ? { key: 'actionTracker.error.dueBeforeStart' }
        : { key: 'actionTracker.error.due' };
    case 'revisedDue':
      return draft.values.revisedDue.trim() === ''
        ? { key: 'actionTracker.error.revisedDueMissing' }
        : { key: 'actionTracker.error.revisedDue' };
    case 'revisedDueReason':
      return { key: 'actionTracker.error.revisedDueReason' };
    default:
      return { key: undefined };
  }
}

/** Puts problems with the action holding the cycle at `index` on the PDSA form's fields. */
export function pdsaFieldErrors(problems: readonly Problem[], index: number): FieldError[] {
  return problems.map((problem) => {
    const path = problem.path ?? [];
    if (path[0] !== 'pdsaCycles' || path[1] !== index) {
      return { field: undefined, key: undefined, problem };
    }
    const [first, second] = path.slice(2);
    const field =
      first === 'plan' && typeof second === 'string' && second !== 'measureId'
        ? second
        : first === 'do'
          ? 'observations'
          : first === 'study'
            ? 'learning'
            : typeof first === 'string' && (PDSA_FIELDS as readonly string[]).includes(first)
              ? first
              : undefined;
    const key =
      field === 'changeIdea' || field === 'question' || field === 'prediction' || field === 'start'
        ? (`actionTracker.error.pdsa.${field}` as const)
        : field === 'end'
          ? mentions(problem, 'before')
            ? 'actionTracker.error.pdsa.endBeforeStart'
            : 'actionTracker.error.pdsa.end'
          : undefined;
    return { field: field as PdsaField | undefined, key, problem };
  });
}

/** Errors for date inputs holding something the browser could not read as a date. */
export function badDateErrors(kind: Draft['kind'], fields: readonly string[]): FieldError[] {
  return fields.map((field) => ({
    field,
    key:
      kind === 'pdsa'
        ? field === 'start'
          ? 'actionTracker.error.pdsa.start'
          : 'actionTracker.error.pdsa.end'
        : (`actionTracker.error.${field}` as MessageKey),
    problem: { where: field, message: 'is not a complete date', path: [field] },
  }));
}
