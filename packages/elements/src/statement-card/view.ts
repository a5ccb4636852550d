import {
  actionDueState,
  effectiveDue,
  evidenceSummary,
  parseActionsJson,
  parseMeasureJson,
  rulesForMeasure,
  spcForMeasure,
  statementActions,
  statementContext,
  statementMeasureIds,
  statementReviewState,
  type Action,
  type ActionDueState,
  type EvidenceCategory,
  type EvidenceCategorySummary,
  type Measure,
  type Problem,
  type Result,
  type Rules,
  type ScoreSource,
  type Statement,
  type StatementScoreValue,
  type VariationIcon,
} from '@qms-kit/sdk';
import { pickText, type PickedText } from '../internal/localised-text.js';

/**
 * What `<qms-statement-card>` draws, as plain data: the SDK's reading of a statement and its
 * links, in the page's language. No Lit and no DOM, so it is tested as plain functions.
 */

export type StatementCardVariant = 'full' | 'compact';

export const VARIANTS: readonly StatementCardVariant[] = ['full', 'compact'];
export const SCORES: readonly StatementScoreValue[] = [1, 2, 3, 4];

export interface LinkedMeasure {
  id: string;
  measure?: Measure;
  variation?: VariationIcon;
  unreadable?: true;
}

export interface LinkedAction {
  id: string;
  action?: Action;
  unreadable?: true;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const rawId = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.id === 'string' ? v.id : undefined;

/** Problems of one entry of a list property, named from the property: `measures[2].data[5].y`. */
export function within(name: string, index: number, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => {
    const inner = p.path?.length ? p.where.replace(/^\[0\]\.?/, '') : '';
    const where = `${name}[${index}]${inner === '' ? '' : inner.startsWith('[') ? inner : `.${inner}`}`;
    return { ...p, where };
  });
}

/** Level 2–6 from the `heading-level` property (3 when unreadable). */
export function headingLevelOf(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
}

/** The variant drawn: anything but `compact` draws the full card. */
export function variantOf(value: unknown): StatementCardVariant {
  return value === 'compact' ? 'compact' : 'full';
}

/**
 * Memoised reads of the measures and actions a card links, so re-renders neither re-parse the
 * same entries nor re-run SPC on the same measure.
 */
export class LinkReader {
  private readonly parsedMeasures = new WeakMap<object, Result<Measure>>();
  private readonly variations = new WeakMap<Measure, Map<string, VariationIcon>>();
  private readonly parsedActions = new WeakMap<object, Result<Action[]>>();

  measure(entry: unknown): Result<Measure> {
    if (!isRecord(entry)) return parseMeasureJson(entry);
    let result = this.parsedMeasures.get(entry);
    if (!result) {
      result = parseMeasureJson(entry);
      this.parsedMeasures.set(entry, result);
    }
    return result;
  }

  actions(entry: unknown): Result<Action[]> {
    if (!isRecord(entry)) return parseActionsJson([entry]);
    let result = this.parsedActions.get(entry);
    if (!result) {
      result = parseActionsJson([entry]);
      this.parsedActions.set(entry, result);
    }
    return result;
  }

  /**
   * The measure's variation icon under the rules `rulesForMeasure` picks (its own, else
   * `pageRules`, else `mdc`); `none` when SPC cannot read it.
   */
  variation(measure: Measure, pageRules?: Rules): VariationIcon {
    const rules = rulesForMeasure(measure, pageRules);
    const key = typeof rules === 'string' ? rules : JSON.stringify(rules);
    let byRules = this.variations.get(measure);
    if (!byRules) {
      byRules = new Map();
      this.variations.set(measure, byRules);
    }
    let variation = byRules.get(key);
    if (variation === undefined) {
      const result = spcForMeasure(measure, { rules });
      variation = result.problems.length > 0 ? 'none' : result.variation;
      byRules.set(key, variation);
    }
    return variation;
  }
}

const listOf = (list: unknown): unknown[] => (Array.isArray(list) ? (list as unknown[]) : []);

/** Problems with the measures and actions this card links (others are not its business). */
export function linkProblems(
  statement: Statement,
  measures: unknown,
  actions: unknown,
  reader: LinkReader,
): Problem[] {
  const problems: Problem[] = [];
  const measureIds = new Set(statementMeasureIds(statement));
  listOf(measures).forEach((entry, i) => {
    const id = rawId(entry);
    if (id === undefined || !measureIds.has(id)) return;
    const result = reader.measure(entry);
    if (!result.ok) problems.push(...within('measures', i, result.problems));
  });
  listOf(actions).forEach((entry, i) => {
    const id = rawId(entry);
    const statementIds = isRecord(entry) ? entry.statementIds : undefined;
    const linked =
      (id !== undefined && statement.actionIds.includes(id)) ||
      (Array.isArray(statementIds) && statementIds.includes(statement.id));
    if (!linked) return;
    const result = reader.actions(entry);
    if (!result.ok) problems.push(...within('actions', i, result.problems));
  });
  return problems;
}

/**
 * The statement's measures in its order, resolved from `measures` with their variation icons
 * (`pageRules` for measures that set no rules of their own).
 */
export function linkedMeasures(
  statement: Statement,
  measures: unknown,
  reader: LinkReader,
  pageRules?: Rules,
): LinkedMeasure[] {
  const found = new Map<string, LinkedMeasure>();
  for (const entry of listOf(measures)) {
    const id = rawId(entry);
    if (id === undefined || found.has(id)) continue;
    const result = reader.measure(entry);
    if (!result.ok) {
      found.set(id, { id, unreadable: true });
      continue;
    }
    found.set(id, { id, measure: result.value });
  }
  return statementMeasureIds(statement).map((id) => {
    const linked = found.get(id);
    if (!linked?.measure) return linked ?? { id };
    return { ...linked, variation: reader.variation(linked.measure, pageRules) };
  });
}

/** The statement's actions resolved from `actions`; `undefined` when there is no list to read. */
export function linkedActions(
  statement: Statement,
  actions: unknown,
  reader: LinkReader,
): LinkedAction[] | undefined {
  if (!Array.isArray(actions)) return undefined;
  const readable: Action[] = [];
  const unreadable = new Set<string>();
  for (const entry of actions as unknown[]) {
    const result = reader.actions(entry);
    if (result.ok) readable.push(...result.value);
    else {
      const id = rawId(entry);
      if (id !== undefined) unreadable.add(id);
    }
  }
  const links = statementActions(statement, readable);
  return [
    ...links.actions.map((action) => ({ id: action.id, action })),
    ...links.missingIds.map((id) =>
      unreadable.has(id) ? { id, unreadable: true as const } : { id },
    ),
  ];
}

export interface HeaderView {
  keyQuestion: PickedText | undefined;
  /** Shown when the key question has no label: the statement's own id for it. */
  keyQuestionId: string;
  frameworkLang: string | undefined;
  /** The framework's name. */
  frameworkName: string;
  /** The version to add after the name, unless the name already says it ("… (2024)"). */
  version: string | undefined;
  title: PickedText | undefined;
}

export function headerView(statement: Statement, lang: string): HeaderView {
  const context = statementContext(statement);
  const frameworkName = pickText(context.frameworkName, lang);
  const name = frameworkName?.text ?? statement.framework;
  return {
    keyQuestion: pickText(context.keyQuestionLabel, lang),
    keyQuestionId: statement.keyQuestion,
    frameworkLang: frameworkName?.lang,
    frameworkName: name,
    version: name.includes(statement.version) ? undefined : statement.version,
    title: pickText(statement.title, lang),
  };
}

export type VoiceKind = 'i' | 'we';

export interface VoiceView {
  kind: VoiceKind;
  text: PickedText | undefined;
  /** The language shown instead of the page's, when the page's is missing. */
  fallbackLang: string | undefined;
}

export function voiceView(statement: Statement, kind: VoiceKind, lang: string): VoiceView {
  const text = pickText(kind === 'i' ? statement.iStatement : statement.weStatement, lang);
  return {
    kind,
    text,
    fallbackLang: text?.fallback && text.lang !== undefined ? text.lang : undefined,
  };
}

/** The compact card shows one voice: the I statement, unless only a We statement has text. */
export function compactVoice(statement: Statement, lang: string): VoiceKind {
  const hasI = pickText(statement.iStatement, lang) !== undefined;
  return hasI || !statement.weStatement ? 'i' : 'we';
}

export interface ScoreView {
  value: StatementScoreValue;
  source: ScoreSource;
  date: string | undefined;
  /** One per possible score, filled up to `value`. */
  pips: boolean[];
}

/** The score band; `undefined` when the statement has no score. */
export function scoreView(statement: Statement): ScoreView | undefined {
  const score = statement.score;
  if (!score) return undefined;
  return {
    value: score.value,
    source: score.source,
    date: score.date,
    pips: SCORES.map((n) => n <= score.value),
  };
}

export interface EvidenceItemView {
  title: PickedText | undefined;
  url: string | undefined;
  category: EvidenceCategory;
  date: string;
}

export interface EvidenceView {
  categories: EvidenceCategorySummary[];
  items: EvidenceItemView[];
}

export function evidenceView(statement: Statement, lang: string): EvidenceView {
  return {
    categories: evidenceSummary(statement),
    items: statement.evidence.map((item) => ({
      title: pickText(item.title, lang),
      url: item.url,
      category: item.category,
      date: item.date,
    })),
  };
}

export interface MetaView {
  owner: PickedText | undefined;
  reviewDate: string | undefined;
  overdue: boolean;
}

export function metaView(statement: Statement, lang: string, today: string): MetaView {
  return {
    owner: pickText(statement.owner, lang),
    reviewDate: statement.reviewDate,
    overdue: statementReviewState(statement, today) === 'overdue',
  };
}

export interface ActionView {
  id: string;
  title: PickedText | undefined;
  dueState: ActionDueState;
  due: string | undefined;
}

export type ActionRow =
  | { id: string; resolved: ActionView }
  | { id: string; resolved?: undefined; note: 'unreadable' | 'notFound' | undefined };

/**
 * One row per linked action: resolved ones with their due state, unresolved ones with why;
 * with no actions to read, the statement's action ids alone (`note` undefined).
 */
export function actionRows(
  statement: Statement,
  linked: readonly LinkedAction[] | undefined,
  lang: string,
  today: string,
): ActionRow[] {
  if (!linked) return statement.actionIds.map((id) => ({ id, note: undefined }));
  return linked.map(({ id, action, unreadable }) =>
    action
      ? {
          id: action.id,
          resolved: {
            id: action.id,
            title: pickText(action.title, lang),
            dueState: actionDueState(action, today),
            due: effectiveDue(action),
          },
        }
      : { id, note: unreadable ? 'unreadable' : 'notFound' },
  );
}

/** What the card and its links show, for the full card. */
export interface FullView {
  i: VoiceView;
  we: VoiceView;
  evidence: EvidenceView;
  /** Whether there was a list of measures to resolve links in. */
  haveMeasures: boolean;
  measures: LinkedMeasure[];
  score: ScoreView | undefined;
  meta: MetaView;
  actions: ActionRow[];
}

/** What the compact card shows: one voice, the score and evidence counts. */
export interface CompactView {
  voice: VoiceView;
  score: ScoreView | undefined;
  evidence: EvidenceView;
}

export interface ViewSettings {
  /** The page's language. */
  lang: string;
  /** `YYYY-MM-DD`: the day review and due dates are judged against. */
  today: string;
  /** SPC rules for linked measures that set none (default `mdc`). */
  rules?: Rules;
}

export function fullView(
  statement: Statement,
  links: { measures: unknown; actions: unknown },
  { lang, today, rules }: ViewSettings,
  reader: LinkReader,
): FullView {
  return {
    i: voiceView(statement, 'i', lang),
    we: voiceView(statement, 'we', lang),
    evidence: evidenceView(statement, lang),
    haveMeasures: Array.isArray(links.measures),
    measures: linkedMeasures(statement, links.measures, reader, rules),
    score: scoreView(statement),
    meta: metaView(statement, lang, today),
    actions: actionRows(statement, linkedActions(statement, links.actions, reader), lang, today),
  };
}

export function compactView(statement: Statement, lang: string): CompactView {
  return {
    voice: voiceView(statement, compactVoice(statement, lang), lang),
    score: scoreView(statement),
    evidence: evidenceView(statement, lang),
  };
}
