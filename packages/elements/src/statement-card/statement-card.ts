import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { notADate, notOneOf } from '../internal/attribute-check.js';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  statementCardMessages,
  domainMessages,
  actionDueState,
  calendarDay,
  effectiveDue,
  checkStatementEdit,
  evidenceSummary,
  parseActionsJson,
  parseMeasureJson,
  parseStatementJson,
  spcForMeasure,
  statementActions,
  statementContext,
  statementMeasureIds,
  statementReviewState,
  type Action,
  type ActionInput,
  type Dataset,
  type LocalisedText,
  type Measure,
  type MeasureInput,
  type MessageKey,
  type Params,
  type Problem,
  type Result,
  type Statement,
  type StatementInput,
  type StatementScoreValue,
  type VariationIcon,
} from '@qms-kit/sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { renderEmpty } from '../internal/states.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { QmsStatementBeforeChangeEvent } from '../internal/events/qms-statement-before-change.js';
import { QmsStatementChangeEvent } from '../internal/events/qms-statement-change.js';
import { languageName } from '../internal/language-name.js';
import { LocalizeController } from '../internal/localize.js';
import { pickText, type PickedText } from '../internal/localised-text.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import {
  draftFromStatement,
  editedStatement,
  evidenceDraft,
  isDraftDirty,
  mergeStatementDraft,
  sameJson,
  setTextInDraft,
  type StatementDraft,
} from './draft.js';
import { heading } from './heading.js';
import { statementCardStyles } from './statement-card.styles.js';
import {
  StatementForm,
  type EvidencePatch,
  type FormIssue,
  type StatementConflict,
  type TextField,
} from './statement-form.js';

export type StatementCardVariant = 'full' | 'compact';

const VARIANTS: readonly StatementCardVariant[] = ['full', 'compact'];
const SCORES: readonly StatementScoreValue[] = [1, 2, 3, 4];

interface Announcement {
  key: MessageKey;
  params?: Params;
}

interface LinkedMeasure {
  id: string;
  measure?: Measure;
  variation?: VariationIcon;
  unreadable?: true;
}

interface LinkedAction {
  id: string;
  action?: Action;
  unreadable?: true;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const rawId = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.id === 'string' ? v.id : undefined;

/** Problems of one entry of a list property, named from the property: `measures[2].data[5].y`. */
function within(name: string, index: number, problems: readonly Problem[]): Problem[] {
  return problems.map((p) => {
    const inner = p.path?.length ? p.where.replace(/^\[0\]\.?/, '') : '';
    const where = `${name}[${index}]${inner === '' ? '' : inner.startsWith('[') ? inner : `.${inner}`}`;
    return { ...p, where };
  });
}

/**
 * An I/We statement card: what good looks and feels like to a person ("I …") and the
 * organisation's commitment ("We …"), under a versioned framework (CQC SAF 2024, Wales HCQS
 * 2023 or a local one), with its evidence by CQC's six categories, linked SPC measures and their
 * variation icons, the 1–4 score and who gave it, owner, review date and linked actions.
 *
 * With `editable`, an Edit button opens an accessible form for co-production sessions: the I and
 * We text in the language being shown, the evidence items, and the score and its source. Saving
 * validates through the SDK, then fires the cancelable `qms-statement-before-change` and, unless
 * the host vetoes it, updates the card and fires `qms-statement-change`. Unsaved edits survive
 * re-renders, language switches, vetoes, invalid input and the host re-setting the statement.
 *
 * Text is shown in the page's language; where a text lacks it, the other language is shown
 * with a visible note and a `lang` attribute. Bad input shows a readable error
 * (`role="alert"`) and fires `qms-error`.
 *
 * @tagname qms-statement-card
 * @summary I/We statement card with evidence, score, measures and actions; editable for co-production.
 *
 * @fires {QmsStatementBeforeChangeEvent} qms-statement-before-change - The user saved a valid edit. Cancelable: `preventDefault()` (or `event.veto(reason)`) keeps the form open and shows "Your changes were not saved", with `detail.reason` if set. Detail `{ before, after, reason? }`.
 * @fires {QmsStatementChangeEvent} qms-statement-change - The edit was applied: `statement` is now `detail.after`. Detail `{ before, after }`.
 * @fires {QmsErrorEvent} qms-error - The statement (property, slotted JSON or `src`), a linked measure or action, or an attribute could not be read. `detail.problems` says what and where.
 *
 * @slot - A `<script type="application/json">` holding the statement, for pages without a build step.
 *
 * @csspart card - The `<article>`.
 * @csspart header - Framework, key question, title and the Edit button.
 * @csspart context - The line naming the key question (or domain) and the framework.
 * @csspart title - The statement's short title (a heading).
 * @csspart edit-button - The Edit button (with `editable`).
 * @csspart i-statement - The I statement block (the person's voice).
 * @csspart we-statement - The We statement block.
 * @csspart language-note - "Shown in English: no Welsh text was supplied."
 * @csspart evidence - The evidence strip.
 * @csspart chip - One evidence category.
 * @csspart measures - The list of linked measures with their variation icons.
 * @csspart score - The score and who gave it.
 * @csspart meta - Owner and review date.
 * @csspart actions - The linked actions.
 * @csspart form - The editing form.
 * @csspart error-summary - The form's list of problems.
 * @csspart conflict - The fields the host and the user both changed, with both values and the two choices.
 * @csspart button - Every button (Edit, Save, Cancel, Add, Remove, the confirmation's).
 * @csspart error - The error panel shown for bad input.
 * @csspart status - The loading and empty states.
 *
 * @cssprop [--qms-statement-accent=var(--nhsuk-brand-colour, #005eb8)] - Rule beside the I statement and the score's filled pips.
 * @cssprop [--qms-statement-quote-background=#f0f4f5] - Background of the I statement.
 * @cssprop [--qms-statement-padding=1rem] - Padding inside the card.
 * @cssprop [--qms-button-colour=var(--nhsuk-button-colour, #007f3b)] - The Save button.
 * @cssprop [--qms-link-colour=var(--nhsuk-link-colour, #005eb8)] - Links of evidence items.
 * @cssprop [--qms-font-family=inherit] - Font of the card.
 * @cssprop [--qms-colour-text=var(--nhsuk-text-colour, #212b32)] - Text.
 * @cssprop [--qms-colour-secondary-text=var(--nhsuk-secondary-text-colour, #4c6272)] - Labels and notes.
 * @cssprop [--qms-colour-border=var(--nhsuk-border-colour, #d8dde0)] - Card and chip borders.
 * @cssprop [--qms-colour-background=var(--nhsuk-card-background-colour, #ffffff)] - Card background.
 * @cssprop [--qms-colour-error=var(--nhsuk-error-colour, #d5281b)] - Form errors.
 * @cssprop [--qms-focus-colour=var(--nhsuk-focus-colour, #ffeb3b)] - Focus ring.
 *
 * @cssstate editing - The editing form is open.
 */
export class QmsStatementCard extends Hardened(LitElement) {
  static shapes = { measures: 'list', actions: 'list' } as const;
  static numberRules = {
    timeout: TIMEOUT_RULE,
    headingLevel: HEADING_LEVEL,
  };
  static override styles = [baseStyles, stateStyles, statementCardStyles];

  /**
   * The statement card (a `Statement` as the SDK defines it). Validated with
   * `parseStatementJson`; takes precedence over `src` and a slotted script. Updated by a saved
   * edit.
   */
  @property({ attribute: false }) statement: StatementInput | undefined;

  /** URL of the statement as JSON, fetched when `statement` is not set. */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /**
   * Inside a `<qms-provider>`, the id of the provider's statement to show when the card has no
   * `statement`, `src` or slotted script of its own.
   */
  @property({ attribute: 'statement-id' }) statementId: string | undefined;

  /** Measures to resolve the card's linked measures: names and variation icons (computed by the SDK). Default: the provider's. */
  @property({ attribute: false }) measures: readonly MeasureInput[] | undefined;

  /** Actions to resolve the card's linked actions: titles and due state. Default: the provider's. */
  @property({ attribute: false }) actions: readonly ActionInput[] | undefined;

  /** `full` (default) or `compact` (for grids: title, I statement, score, evidence counts). */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Shows an Edit button that opens the editing form (co-production sessions). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * The date to judge review and due dates against, `YYYY-MM-DD` (default: the current UTC day).
   * Also the date given to a changed score.
   */
  @property() today: string | undefined;

  /** Level of the card's title heading, 2–6 (default 3); sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly i18n = new LocalizeController(this, {
    parts: [statementCardMessages, domainMessages],
  });
  private readonly shared = new DatasetConsumer(this);
  /** A card saved while fed by the provider, shown until the provider shares its new dataset. */
  private savedShared: { dataset: Dataset; statement: Statement } | undefined;
  private readonly source = new DataSourceController<Statement>(this, {
    parse: parseStatementJson,
    // Own statement wins; then src, then a slotted script; only then the provider's.
    data: () => this.statement ?? this.fromProvider().statement,
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
    dataName: 'statement',
  });
  private readonly linkErrors = new ErrorReporter(this);
  private readonly attributeErrors = new ErrorReporter(this);
  private readonly providerErrors = new ErrorReporter(this);
  private providerProblems: Problem[] = [];

  @state() private draft: StatementDraft | undefined;
  @state() private issues: FormIssue[] = [];
  @state() private vetoed: { reason: string | undefined } | undefined;
  @state() private conflict: StatementConflict | undefined;
  @state() private confirming = false;
  @state() private announcement: Announcement | undefined;

  @query('#edit') private editButton!: HTMLButtonElement | null;

  private attributeProblems: Problem[] = [];
  private linkProblems: Problem[] = [];
  private nextKey = 1;
  private focusBeforeConfirm: HTMLElement | undefined;
  private readonly parsedMeasures = new WeakMap<object, Result<Measure>>();
  private readonly variations = new WeakMap<Measure, VariationIcon>();
  private readonly parsedActions = new WeakMap<object, Result<Action[]>>();
  private internals: ElementInternals | undefined;

  constructor() {
    super();
    // Custom states are not in every browser this may run in: styling degrades, nothing breaks.
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** True while the editing form is open. */
  get editing(): boolean {
    return this.editable && this.draft !== undefined && this.source.value !== undefined;
  }

  /** Resolves once a `src` fetch has settled. */
  get settled(): Promise<void> {
    return this.source.settled;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.source.value;
    if (this.draft && current && current.id !== this.draft.base.id) {
      // The draft belongs to another statement: it cannot be applied to this one.
      this.resetForm();
      this.draft = undefined;
      this.announcement = { key: 'statementCard.editingStopped' };
    }
    this.attributeProblems = this.checkAttributes();
    this.attributeErrors.report(this.attributeProblems, 'attribute');
    this.linkProblems = current ? this.checkLinks(current) : [];
    this.linkErrors.report(this.linkProblems, 'data');
    const missing = this.source.state.status === 'empty' ? this.fromProvider().missing : undefined;
    this.providerProblems = missing
      ? [
          {
            where: this.i18n.t('element.where.attribute', { name: 'statement-id' }),
            message: this.i18n.t('statementCard.problem.noSuchStatement', {
              id: missing.id,
              ids: missing.ids.join(', '),
            }),
            path: ['statement-id'],
            lang: this.i18n.lang,
          },
        ]
      : [];
    this.providerErrors.report(this.providerProblems, 'attribute');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (this.editing) states.add('editing');
      else states.delete('editing');
    } catch {
      // Older engines accept only `--editing`: not worth a fallback for a styling hook.
    }
  }

  protected override render() {
    const attributes =
      this.attributeProblems.length > 0
        ? renderErrorPanel(this.i18n, this.attributeProblems, { compact: true })
        : nothing;
    return html`${attributes}${this.source.render({
      ready: (statement) => this.renderCard(statement),
      // A `statement-id` the provider's dataset does not hold is a problem, not "no data".
      empty: () =>
        this.providerProblems.length > 0
          ? renderErrorPanel(this.i18n, this.providerProblems)
          : renderEmpty(this.i18n),
    })}`;
  }

  // ── reading ─────────────────────────────────────────────────────────────

  /** Whether the card shows the provider's statement (no statement, src or script of its own). */
  private get fedByProvider(): boolean {
    return (
      (this.statement === undefined || this.statement === null) &&
      !hasOwnSource(this, this.src) &&
      this.shared.dataset !== undefined
    );
  }

  /**
   * With no statement of its own, the provider's statement named by `statement-id`; `missing`
   * is an id the provider's dataset does not hold.
   */
  private fromProvider(): { statement?: Statement; missing?: { id: string; ids: string[] } } {
    const dataset = this.shared.dataset;
    const id = this.statementId?.trim();
    if (!dataset || !id || hasOwnSource(this, this.src)) return {};
    if (this.savedShared?.dataset === dataset) return { statement: this.savedShared.statement };
    const statement = dataset.statements.find((st) => st.id === id);
    if (statement) return { statement };
    return { missing: { id, ids: dataset.statements.map((st) => st.id) } };
  }

  /** The measures to resolve links: the card's own, else the provider's. */
  private get linkMeasures(): readonly MeasureInput[] | undefined {
    return this.shared.pick(this.measures, (d) => d.measures);
  }

  /** The actions to resolve links: the card's own, else the provider's. */
  private get linkActions(): readonly ActionInput[] | undefined {
    return this.shared.pick(this.actions, (d) => d.actions);
  }

  private get pageLang(): string {
    return this.i18n.lang;
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
  }

  private get variantValue(): StatementCardVariant {
    return this.variant === 'compact' ? 'compact' : 'full';
  }

  private todayIso(): string {
    const given = this.today?.trim();
    if (given && calendarDay(given) !== undefined) return given.slice(0, 10);
    return new Date().toISOString().slice(0, 10);
  }

  private checkAttributes(): Problem[] {
    const problems: Problem[] = [];
    if (!VARIANTS.includes(this.variant)) {
      problems.push(notOneOf(this.i18n, 'variant', this.variant, VARIANTS));
    }
    const today = notADate(this.i18n, 'today', this.today);
    if (today) problems.push(today);
    return problems;
  }

  private measureResult(entry: unknown): Result<Measure> {
    if (!isRecord(entry)) return parseMeasureJson(entry);
    let result = this.parsedMeasures.get(entry);
    if (!result) {
      result = parseMeasureJson(entry);
      this.parsedMeasures.set(entry, result);
    }
    return result;
  }

  private actionResult(entry: unknown): Result<Action[]> {
    if (!isRecord(entry)) return parseActionsJson([entry]);
    let result = this.parsedActions.get(entry);
    if (!result) {
      result = parseActionsJson([entry]);
      this.parsedActions.set(entry, result);
    }
    return result;
  }

  /** Problems with the measures and actions this card links (others are not its business). */
  private checkLinks(statement: Statement): Problem[] {
    const problems: Problem[] = [];
    const measureIds = new Set(statementMeasureIds(statement));
    (Array.isArray(this.linkMeasures) ? this.linkMeasures : []).forEach((entry: unknown, i) => {
      const id = rawId(entry);
      if (id === undefined || !measureIds.has(id)) return;
      const result = this.measureResult(entry);
      if (!result.ok) problems.push(...within('measures', i, result.problems));
    });
    (Array.isArray(this.linkActions) ? this.linkActions : []).forEach((entry: unknown, i) => {
      const id = rawId(entry);
      const statementIds = isRecord(entry) ? entry.statementIds : undefined;
      const linked =
        (id !== undefined && statement.actionIds.includes(id)) ||
        (Array.isArray(statementIds) && statementIds.includes(statement.id));
      if (!linked) return;
      const result = this.actionResult(entry);
      if (!result.ok) problems.push(...within('actions', i, result.problems));
    });
    return problems;
  }

  private linkedMeasures(statement: Statement): LinkedMeasure[] {
    const found = new Map<string, LinkedMeasure>();
    for (const entry of Array.isArray(this.linkMeasures) ? (this.linkMeasures as unknown[]) : []) {
      const id = rawId(entry);
      if (id === undefined || found.has(id)) continue;
      const result = this.measureResult(entry);
      if (!result.ok) {
        found.set(id, { id, unreadable: true });
        continue;
      }
      found.set(id, { id, measure: result.value });
    }
    return statementMeasureIds(statement).map((id) => {
      const linked = found.get(id);
      if (!linked?.measure) return linked ?? { id };
      return { ...linked, variation: this.variationOf(linked.measure) };
    });
  }

  private variationOf(measure: Measure): VariationIcon {
    let variation = this.variations.get(measure);
    if (variation === undefined) {
      const result = spcForMeasure(measure);
      variation = result.problems.length > 0 ? 'none' : result.variation;
      this.variations.set(measure, variation);
    }
    return variation;
  }

  private linkedActions(statement: Statement): LinkedAction[] | undefined {
    const actions = this.linkActions;
    if (!Array.isArray(actions)) return undefined;
    const readable: Action[] = [];
    const unreadable = new Set<string>();
    for (const entry of actions as unknown[]) {
      const result = this.actionResult(entry);
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

  private languageName(tag: string): string {
    return languageName(this.i18n, tag);
  }

  private pick(text: LocalisedText | undefined): PickedText | undefined {
    return pickText(text, this.pageLang);
  }

  /** A span with `lang` set when the text is in another language than the page. */
  private textSpan(picked: PickedText | undefined, fallback = ''): TemplateResult {
    return html`<span lang=${ifDefined(picked?.lang)}>${picked?.text ?? fallback}</span>`;
  }

  private languageNote(picked: PickedText | undefined): TemplateResult | typeof nothing {
    if (!picked?.fallback || picked.lang === undefined) return nothing;
    return html`<p class="language-note" part="language-note">
      ${this.i18n.t('common.inOtherLanguage', {
        language: this.languageName(picked.lang),
        current: this.languageName(this.pageLang),
      })}
    </p>`;
  }

  private date(iso: string): string {
    return this.i18n.date(iso.slice(0, 10));
  }

  // ── the card ────────────────────────────────────────────────────────────

  private renderCard(statement: Statement): TemplateResult {
    const variant = this.variantValue;
    const editing = this.editing;
    return html`<article
      part="card"
      class="card card--${variant} ${editing ? 'card--editing' : ''}"
      aria-labelledby="title"
    >
      ${this.renderHeader(statement, editing)}
      ${
        editing && this.draft
          ? this.renderForm(statement, this.draft)
          : variant === 'compact'
            ? this.renderCompact(statement)
            : this.renderFull(statement)
      }
      <p class="visually-hidden" role="status">
        ${this.announcement ? this.i18n.t(this.announcement.key, this.announcement.params) : ''}
      </p>
    </article>`;
  }

  private renderHeader(statement: Statement, editing: boolean): TemplateResult {
    const context = statementContext(statement);
    const keyQuestion = this.pick(context.keyQuestionLabel);
    const frameworkName = this.pick(context.frameworkName);
    const name = frameworkName?.text ?? statement.framework;
    // Names of shipped sets already say their version ("… (2024)").
    const framework = name.includes(statement.version)
      ? name
      : this.i18n.t('statementCard.frameworkVersion', { name, version: statement.version });
    const title = this.pick(statement.title);
    return html`<header class="header" part="header">
      <p class="context" part="context">
        <span class="visually-hidden">${this.i18n.t('statementCard.keyQuestion')}: </span>
        <span class="key-question" lang=${ifDefined(keyQuestion?.lang)}
          >${keyQuestion?.text ?? statement.keyQuestion}</span
        ><span class="separator" aria-hidden="true"> · </span>
        <span class="visually-hidden">${this.i18n.t('statementCard.framework')}: </span>
        <span class="framework" lang=${ifDefined(frameworkName?.lang)}>${framework}</span>
      </p>
      <div class="title-row">
        ${heading(this.level, this.textSpan(title, statement.id), 'title', 'title', 'title')}
        ${
          this.editable && !editing
            ? html`<button
                id="edit"
                type="button"
                class="button button--secondary edit"
                part="button edit-button"
                @click=${this.startEditing}
              >
                ${this.i18n.t('statementCard.edit')}<span class="visually-hidden">
                  ${this.i18n.t('statementCard.edit.what', { title: title?.text ?? statement.id })}</span
                >
              </button>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderVoice(
    kind: 'i' | 'we',
    text: LocalisedText | undefined,
    level: number,
  ): TemplateResult {
    const picked = this.pick(text);
    const label = this.i18n.t(kind === 'i' ? 'statement.iStatement' : 'statement.weStatement');
    const missing = this.i18n.t(
      kind === 'i' ? 'statementCard.noIStatement' : 'statementCard.noWeStatement',
    );
    const body = picked
      ? kind === 'i'
        ? html`<blockquote class="quote" lang=${ifDefined(picked.lang)}>
            <p>${picked.text}</p>
          </blockquote>`
        : html`<p class="commitment" lang=${ifDefined(picked.lang)}>${picked.text}</p>`
      : html`<p class="missing">${missing}</p>`;
    return html`<div class="voice voice--${kind}" part="${kind}-statement">
      ${heading(level, label, `${kind}-label`, 'label')} ${body} ${this.languageNote(picked)}
    </div>`;
  }

  private renderFull(statement: Statement): TemplateResult {
    const sub = Math.min(6, this.level + 1);
    return html`<div class="body">
      <div class="voices">
        ${this.renderVoice('i', statement.iStatement, sub)}
        ${this.renderVoice('we', statement.weStatement, sub)}
      </div>
      ${this.renderEvidence(statement, sub)} ${this.renderScore(statement, sub)}
      ${this.renderMeta(statement)} ${this.renderActions(statement, sub)}
    </div>`;
  }

  private renderCompact(statement: Statement): TemplateResult {
    const sub = Math.min(6, this.level + 1);
    const hasI = this.pick(statement.iStatement) !== undefined;
    return html`<div class="body">
      ${
        hasI || !statement.weStatement
          ? this.renderVoice('i', statement.iStatement, sub)
          : this.renderVoice('we', statement.weStatement, sub)
      }
      <p class="score-line score--${statement.score?.source ?? 'none'}" part="score">
        ${this.renderScoreText(statement)}
      </p>
      <ul class="counts" part="evidence" aria-label=${this.i18n.t('statement.evidence')}>
        ${evidenceSummary(statement).map(
          (c) =>
            html`<li
              class="count ${c.count === 0 ? 'count--empty' : ''}"
              data-category=${c.category}
            >
              <span class="count-name"
                >${this.i18n.t(`statementCard.category.short.${c.category}`)}</span
              ><span aria-hidden="true">: </span><span class="visually-hidden"> </span
              ><span class="count-value">${this.i18n.number(c.count)}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** "Score 2 of 4: Some shortfalls", with pips beside it that only repeat the number. */
  private renderScoreValue(score: NonNullable<Statement['score']>): TemplateResult {
    return html`<span class="pips" aria-hidden="true"
        >${SCORES.map((n) => html`<span class="pip ${n <= score.value ? 'pip--on' : ''}"></span>`)}</span
      >
      <span class="score-value"
        >${this.i18n.t('statementCard.score.value', { value: this.i18n.number(score.value) })}:</span
      >
      <strong class="score-label">${this.i18n.t(`statement.score.${score.value}`)}</strong>`;
  }

  private renderScoreText(statement: Statement): TemplateResult {
    const score = statement.score;
    if (!score) {
      return html`<span class="missing">${this.i18n.t('statementCard.score.none')}</span>`;
    }
    return html`${this.renderScoreValue(score)}
      <span class="score-source">(${this.i18n.t(`statement.scoreSource.${score.source}`)})</span>`;
  }

  private renderScore(statement: Statement, level: number): TemplateResult {
    const score = statement.score;
    const source = score ? this.i18n.t(`statement.scoreSource.${score.source}`) : '';
    return html`<div class="score score--${score?.source ?? 'none'}" part="score">
      ${heading(level, this.i18n.t('statement.score'), undefined, 'label')}
      ${
        score
          ? html`<p class="score-line">${this.renderScoreValue(score)}</p>
              <p class="score-source">
                ${
                  score.date
                    ? this.i18n.t('statementCard.score.dated', {
                        source,
                        date: this.date(score.date),
                      })
                    : source
                }
              </p>`
          : html`<p class="missing">${this.i18n.t('statementCard.score.none')}</p>`
      }
    </div>`;
  }

  private renderEvidence(statement: Statement, level: number): TemplateResult {
    const sub = Math.min(6, level + 1);
    const measures = this.linkedMeasures(statement);
    const haveMeasures = Array.isArray(this.linkMeasures);
    return html`<div class="evidence" part="evidence">
      ${heading(level, this.i18n.t('statement.evidence'), undefined, 'label')}
      <ul class="chips" role="list">
        ${evidenceSummary(statement).map(
          (c) =>
            html`<li
              class="chip ${c.count === 0 ? 'chip--empty' : ''}"
              part="chip"
              data-category=${c.category}
            >
              <span class="chip-name">${this.i18n.t(`statement.category.${c.category}`)}</span>
              <span class="chip-count"
                >${
                  c.count === 0
                    ? this.i18n.t('statementCard.evidence.none')
                    : this.i18n.plural('statementCard.evidence.count', c.count)
                }</span
              >
              ${
                c.lastUpdated
                  ? html`<span class="chip-date"
                      >${this.i18n.t('statementCard.evidence.lastUpdated', {
                        date: this.date(c.lastUpdated),
                      })}</span
                    >`
                  : nothing
              }
              ${
                c.score
                  ? html`<span class="chip-score"
                      >${this.i18n.t('statementCard.evidence.categoryScore', {
                        value: this.i18n.number(c.score),
                        label: this.i18n.t(`statement.score.${c.score}`),
                      })}</span
                    >`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${
        measures.length > 0
          ? html`${heading(sub, this.i18n.t('statementCard.measures'), undefined, 'label')}
              <ul class="measures" part="measures" role="list">
                ${measures.map((m) => this.renderMeasure(m, haveMeasures))}
              </ul>`
          : nothing
      }
      ${
        statement.evidence.length > 0
          ? html`${heading(sub, this.i18n.t('statementCard.evidence.items'), undefined, 'label')}
              <ul class="items">
                ${statement.evidence.map((item) => {
                  const title = this.pick(item.title);
                  const titleText = this.textSpan(title);
                  return html`<li>
                    ${
                      item.url
                        ? html`<a href=${item.url} lang=${ifDefined(title?.lang)}
                            >${title?.text ?? ''}</a
                          >`
                        : titleText
                    }
                    <span class="visually-hidden">, </span>
                    <span class="item-meta"
                      >${this.i18n.t(`statementCard.category.short.${item.category}`)},
                      ${this.date(item.date)}</span
                    >
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </div>`;
  }

  private renderMeasure(m: LinkedMeasure, haveMeasures: boolean): TemplateResult {
    if (!m.measure) {
      const note = m.unreadable
        ? this.i18n.t('statementCard.measure.unreadable')
        : haveMeasures
          ? this.i18n.t('statementCard.measure.notFound')
          : undefined;
      return html`<li class="measure measure--unresolved" data-measure=${m.id}>
        <span class="measure-name">${m.id}</span>
        ${note ? html`<span class="note">(${note})</span>` : nothing}
      </li>`;
    }
    const name = this.pick(m.measure.name);
    return html`<li class="measure" data-measure=${m.id}>
      <qms-spc-icon kind="variation" value=${m.variation ?? 'none'} show-label></qms-spc-icon>
      <span class="measure-name">${this.textSpan(name, m.id)}</span>
    </li>`;
  }

  private renderMeta(statement: Statement): TemplateResult {
    const owner = this.pick(statement.owner);
    const review = statementReviewState(statement, this.todayIso());
    return html`<dl class="meta" part="meta">
      <div>
        <dt>${this.i18n.t('statement.owner')}</dt>
        <dd>${owner ? this.textSpan(owner) : this.i18n.t('common.none')}</dd>
      </div>
      <div>
        <dt>${this.i18n.t('statement.reviewDate')}</dt>
        <dd>
          ${statement.reviewDate ? this.date(statement.reviewDate) : this.i18n.t('common.none')}
          ${
            review === 'overdue'
              ? html`<strong class="overdue"
                  >${this.i18n.t('statementCard.review.overdue')}</strong
                >`
              : nothing
          }
        </dd>
      </div>
    </dl>`;
  }

  private renderActions(statement: Statement, level: number): TemplateResult {
    const linked = this.linkedActions(statement);
    const rows: TemplateResult[] = linked
      ? linked.map((l) => this.renderAction(l))
      : statement.actionIds.map(
          (id) => html`<li class="action" data-action=${id}><span>${id}</span></li>`,
        );
    return html`<div class="actions" part="actions">
      ${heading(level, this.i18n.t('statementCard.actions'), undefined, 'label')}
      ${
        rows.length > 0
          ? html`<ul class="action-list" role="list">
              ${rows}
            </ul>`
          : html`<p class="missing">${this.i18n.t('common.none')}</p>`
      }
    </div>`;
  }

  private renderAction(linked: LinkedAction): TemplateResult {
    const action = linked.action;
    if (!action) {
      const note = this.i18n.t(
        linked.unreadable ? 'statementCard.action.unreadable' : 'statementCard.action.notFound',
      );
      return html`<li class="action action--unresolved" data-action=${linked.id}>
        <span>${linked.id}</span> <span class="note">(${note})</span>
      </li>`;
    }
    const due = effectiveDue(action);
    const state = actionDueState(action, this.todayIso());
    return html`<li class="action" data-action=${action.id}>
      <span class="action-title">${this.textSpan(this.pick(action.title), action.id)}</span>
      <span class="action-meta">
        <span class="due-state due-state--${state}">${this.i18n.t(`action.dueState.${state}`)}</span
        >${
          due
            ? html`<span aria-hidden="true"> · </span
                ><span class="visually-hidden">, </span>${this.i18n.t('statementCard.action.due', {
                  date: this.date(due),
                })}`
            : nothing
        }
      </span>
    </li>`;
  }

  // ── editing ─────────────────────────────────────────────────────────────

  private resetForm(): void {
    this.issues = [];
    this.vetoed = undefined;
    this.conflict = undefined;
    this.confirming = false;
  }

  private startEditing = async (): Promise<void> => {
    const statement = this.source.value;
    if (!statement) return;
    // A draft kept from before (e.g. `editable` was switched off) is picked up again.
    if (!this.draft || this.draft.base.id !== statement.id) {
      this.draft = draftFromStatement(statement, () => this.nextKey++);
      this.resetForm();
    }
    this.announcement = undefined;
    await this.updateComplete;
    this.field('f-i')?.focus();
  };

  private field(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  private async endEditing(announcement?: Announcement): Promise<void> {
    this.draft = undefined;
    this.resetForm();
    this.announcement = announcement;
    await this.updateComplete;
    this.editButton?.focus();
  }

  private patchDraft(patch: Partial<StatementDraft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...patch };
  }

  private onText(field: TextField, value: string): void {
    if (!this.draft) return;
    this.patchDraft({ [field]: setTextInDraft(this.draft[field], this.pageLang, value) });
  }

  private onEvidence(key: number, patch: EvidencePatch): void {
    if (!this.draft) return;
    this.patchDraft({
      evidence: this.draft.evidence.map((e) => (e.key === key ? { ...e, ...patch } : e)),
    });
  }

  private async addEvidence(): Promise<void> {
    if (!this.draft) return;
    const item = { ...evidenceDraft(undefined, this.nextKey++), date: this.todayIso() };
    this.patchDraft({ evidence: [...this.draft.evidence, item] });
    this.announcement = {
      key: 'statementCard.form.evidence.added',
      params: { number: this.i18n.number(this.draft.evidence.length) },
    };
    await this.updateComplete;
    this.field(`f-ev-${item.key}-category`)?.focus();
  }

  private async removeEvidence(key: number): Promise<void> {
    if (!this.draft) return;
    const list = this.draft.evidence;
    const index = list.findIndex((e) => e.key === key);
    const next = list[index + 1] ?? list[index - 1];
    this.patchDraft({ evidence: list.filter((e) => e.key !== key) });
    this.issues = this.issues.filter((i) => i.key !== key);
    this.announcement = { key: 'statementCard.form.evidence.removed' };
    await this.updateComplete;
    (next ? this.field(`f-ev-${next.key}-remove`) : this.field('f-ev-add'))?.focus();
  }

  private async save(prefer?: 'mine' | 'theirs'): Promise<void> {
    const draft = this.draft;
    const before = this.source.value;
    if (!draft || !before) return;
    const today = this.todayIso();
    this.vetoed = undefined;
    this.confirming = false;
    if (!isDraftDirty(draft, today)) {
      await this.endEditing();
      return;
    }
    const merge = mergeStatementDraft(draft, before, today, prefer ?? 'theirs');
    // A field both changed is the user's to decide; a newer change by the host asks again.
    const shown = this.conflict?.theirs;
    if (merge.conflicts.length > 0 && (!prefer || !shown || !sameJson(shown, before))) {
      this.issues = [];
      this.conflict = {
        paths: merge.conflicts,
        mine: editedStatement(draft, today),
        theirs: before,
      };
      await this.updateComplete;
      this.field('conflict')?.focus();
      return;
    }
    this.conflict = undefined;
    const check = checkStatementEdit(merge.merged);
    if (!check.ok) {
      this.issues = check.issues.map(({ field, code, index, problem }) => {
        const key = index === undefined ? undefined : draft.evidence[index]?.key;
        return key === undefined ? { field, code, problem } : { field, code, key, problem };
      });
      await this.updateComplete;
      this.field('error-summary')?.focus();
      return;
    }
    this.issues = [];
    const after = check.value;
    const event = new QmsStatementBeforeChangeEvent({ before, after });
    this.dispatchEvent(event);
    if (event.defaultPrevented) {
      const reason = event.detail.reason?.trim();
      this.vetoed = { reason: reason ? reason : undefined };
      await this.updateComplete;
      this.field('vetoed')?.focus();
      return;
    }
    const dataset = this.shared.dataset;
    if (this.fedByProvider && dataset) {
      // The provider applies the change and shares a new dataset: keep showing the provider's
      // card (not pin this one as the card's own), following a changed id.
      this.savedShared = { dataset, statement: after };
      if (after.id !== before.id) this.statementId = after.id;
    } else {
      this.statement = after;
    }
    this.draft = undefined;
    this.resetForm();
    // Built apart from dispatchEvent so the manifest analyser does not list a nameless event.
    const changed = new QmsStatementChangeEvent({ before, after });
    this.dispatchEvent(changed);
    await this.endEditing({ key: 'statementCard.saved' });
  }

  private async requestCancel(): Promise<void> {
    const draft = this.draft;
    if (!draft) return;
    if (!isDraftDirty(draft, this.todayIso())) {
      await this.endEditing();
      return;
    }
    const active = this.shadowRoot?.activeElement;
    this.focusBeforeConfirm = active instanceof HTMLElement ? active : undefined;
    this.confirming = true;
    await this.updateComplete;
    this.field('keep-editing')?.focus();
  }

  private async keepEditing(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    const back = this.focusBeforeConfirm;
    this.focusBeforeConfirm = undefined;
    (back?.isConnected ? back : this.field('f-i'))?.focus();
  }

  private onFormKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    e.stopPropagation();
    void (this.confirming ? this.keepEditing() : this.requestCancel());
  };

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    void this.save();
  };

  private renderForm(statement: Statement, draft: StatementDraft): TemplateResult {
    return new StatementForm({
      i18n: this.i18n,
      lang: this.pageLang,
      level: Math.min(6, this.level + 1),
      draft,
      issues: this.issues,
      vetoed: this.vetoed,
      conflict: this.conflict,
      keepMine: () => void this.save('mine'),
      keepTheirs: () => void this.save('theirs'),
      confirming: this.confirming,
      changedElsewhere: !sameJson(statement, draft.base),
      languageName: (tag) => this.languageName(tag),
      submit: this.onSubmit,
      keydown: this.onFormKeydown,
      onText: (field, value) => this.onText(field, value),
      onScore: (value) => this.patchDraft({ score: value }),
      onSource: (value) => this.patchDraft({ source: value }),
      onEvidence: (key, patch) => this.onEvidence(key, patch),
      addEvidence: () => void this.addEvidence(),
      removeEvidence: (key) => void this.removeEvidence(key),
      cancel: () => void this.requestCancel(),
      keepEditing: () => void this.keepEditing(),
      discard: () => void this.endEditing(),
      focusField: (id) => {
        const field = this.field(id);
        field?.focus();
        field?.scrollIntoView?.({ block: 'center' });
      },
    }).render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-statement-card': QmsStatementCard;
  }
}
