import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import {
  statementCardMessages,
  domainMessages,
  calendarDay,
  parseStatementJson,
  rulePresetSchema,
  type ActionInput,
  type Dataset,
  type MeasureInput,
  type Problem,
  type RulePreset,
  type Statement,
  type StatementInput,
} from '@qms-kit/sdk';
import { notADate, notOneOf } from '../internal/attribute-check.js';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { renderEmpty } from '../internal/states.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { languageName } from '../internal/language-name.js';
import { LocalizeController } from '../internal/localize.js';
import { sameJson } from './draft.js';
import { CustomStateController } from './controllers/custom-state.js';
import { StatementEditSession } from './controllers/edit-session.js';
import { compactBodyPart, fullBodyPart } from './parts/body.js';
import type { PartContext } from './parts/context.js';
import { formPart } from './parts/form.js';
import { headerPart } from './parts/header.js';
import { statementCardStyles } from './statement-card.styles.js';
import { noSuchStatement } from './parts/problems.js';
import {
  LinkReader,
  VARIANTS,
  compactView,
  fullView,
  headerView,
  headingLevelOf,
  linkProblems,
  variantOf,
  type FullView,
} from './view.js';
import { baseStyles, stateStyles } from '../internal/styles.js';

export type { StatementCardVariant } from './view.js';

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

  /**
   * SPC rules preset for linked measures that set none: `mdc` (default), `mdc-2022`,
   * `mdc-excel`, `nhsr`, `qic`, `anhoej`. Give the same as a `<qms-steeep-scorecard>` on the
   * page, and each measure shows the same variation icon in both.
   */
  @property() rules: string | undefined;

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
  private readonly session = new StatementEditSession(this, {
    current: () => this.source.value,
    today: () => this.todayIso(),
    lang: () => this.i18n.lang,
    number: (n) => this.i18n.number(n),
    apply: (before, after) => this.apply(before, after),
    field: (id) => this.field(id),
    editButton: () => this.editButton,
  });
  private readonly linkErrors = new ErrorReporter(this);
  private readonly attributeErrors = new ErrorReporter(this);
  private readonly providerErrors = new ErrorReporter(this);
  private readonly links = new LinkReader();
  private providerProblems: Problem[] = [];
  private attributeProblems: Problem[] = [];
  private linkProblems: Problem[] = [];
  private readonly editingState = new CustomStateController(this, 'editing', () => this.editing);

  @query('#edit') private editButton!: HTMLButtonElement | null;

  /** True while the editing form is open. */
  get editing(): boolean {
    return this.editable && this.session.draft !== undefined && this.source.value !== undefined;
  }

  /** Resolves once a `src` fetch has settled. */
  get settled(): Promise<void> {
    return this.source.settled;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.source.value;
    this.attributeProblems = this.checkAttributes();
    this.attributeErrors.report(this.attributeProblems, 'attribute');
    this.linkProblems = current
      ? linkProblems(current, this.linkMeasures, this.linkActions, this.links)
      : [];
    this.linkErrors.report(this.linkProblems, 'data');
    const missing = this.source.state.status === 'empty' ? this.fromProvider().missing : undefined;
    this.providerProblems = missing ? [noSuchStatement(this.i18n, missing)] : [];
    this.providerErrors.report(this.providerProblems, 'attribute');
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
    if (
      typeof this.rules === 'string' &&
      this.rules.trim() !== '' &&
      this.rulePreset === undefined
    ) {
      problems.push(notOneOf(this.i18n, 'rules', this.rules, rulePresetSchema.options));
    }
    const today = notADate(this.i18n, 'today', this.today);
    if (today) problems.push(today);
    return problems;
  }

  /** The `rules` attribute as a preset; `undefined` when unset or not one. */
  private get rulePreset(): RulePreset | undefined {
    const parsed = rulePresetSchema.safeParse(this.rules?.trim());
    return parsed.success ? parsed.data : undefined;
  }

  private field(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  /** A saved edit: shown in place of the statement it was made to. */
  private apply(before: Statement, after: Statement): void {
    const dataset = this.shared.dataset;
    if (this.fedByProvider && dataset) {
      // The provider applies the change and shares a new dataset: keep showing the provider's
      // card (not pin this one as the card's own), following a changed id.
      this.savedShared = { dataset, statement: after };
      if (after.id !== before.id) this.statementId = after.id;
    } else {
      this.statement = after;
    }
  }

  private fullView(statement: Statement, lang: string): FullView {
    const links = { measures: this.linkMeasures, actions: this.linkActions };
    const settings = { lang, today: this.todayIso(), rules: this.rulePreset };
    return fullView(statement, links, settings, this.links);
  }

  // ── drawing ─────────────────────────────────────────────────────────────

  private get parts(): PartContext {
    return {
      i18n: this.i18n,
      lang: this.i18n.lang,
      languageName: (tag) => languageName(this.i18n, tag),
    };
  }

  private renderCard(statement: Statement): TemplateResult {
    const ctx = this.parts;
    const variant = variantOf(this.variant);
    const editing = this.editing;
    const level = headingLevelOf(this.headingLevel);
    const draft = this.session.draft;
    const announcement = this.session.announcement;
    return html`<article
      part="card"
      class="card card--${variant} ${editing ? 'card--editing' : ''}"
      aria-labelledby="title"
    >
      ${headerPart(ctx, headerView(statement, ctx.lang), {
        level,
        id: statement.id,
        showEdit: this.editable && !editing,
        onEdit: this.session.start,
      })}
      ${
        editing && draft
          ? this.renderForm(ctx, statement, level)
          : variant === 'compact'
            ? compactBodyPart(ctx, compactView(statement, ctx.lang), level)
            : fullBodyPart(ctx, this.fullView(statement, ctx.lang), level)
      }
      <p class="visually-hidden" role="status">
        ${announcement ? this.i18n.t(announcement.key, announcement.params) : ''}
      </p>
    </article>`;
  }

  private renderForm(ctx: PartContext, statement: Statement, level: number): TemplateResult {
    const s = this.session;
    const draft = s.draft;
    if (!draft) return html``;
    return formPart({
      ...ctx,
      level: Math.min(6, level + 1),
      draft,
      issues: s.issues,
      vetoed: s.vetoed,
      conflict: s.conflict,
      keepMine: () => void s.save('mine'),
      keepTheirs: () => void s.save('theirs'),
      confirming: s.confirming,
      changedElsewhere: !sameJson(statement, draft.base),
      submit: s.onSubmit,
      keydown: s.onKeydown,
      onText: (field, value) => s.setText(field, value),
      onScore: (value) => s.patch({ score: value }),
      onSource: (value) => s.patch({ source: value }),
      onEvidence: (key, patch) => s.setEvidence(key, patch),
      addEvidence: () => void s.addEvidence(),
      removeEvidence: (key) => void s.removeEvidence(key),
      cancel: () => void s.requestCancel(),
      keepEditing: () => void s.keepEditing(),
      discard: () => void s.end(),
      focusField: (id) => {
        const field = this.field(id);
        field?.focus();
        field?.scrollIntoView?.({ block: 'center' });
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-statement-card': QmsStatementCard;
  }
}
