import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  actionTrackerMessages,
  domainMessages,
  actionStatusSchema,
  actionsToCsv,
  frameworkPresets,
  getFramework,
  localisedString,
  parseActionsCsv,
  parseActionsJson,
  parseFrameworkJson,
  progressScoreKey,
  qmsAspects,
  type Action,
  type ActionGroup,
  type ActionQueryResult,
  type ActionSort,
  type ActionSortKey,
  type ActionStatus,
  type Framework,
  type LocalisedText,
  type MessageKey,
  type PdsaCycle,
  type Problem,
} from '@qms-kit/sdk';
import { inProperty, notADate, notOneOf as notOneOfProblem } from '../internal/attribute-check.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { actionTrackerStyles } from './action-tracker.styles.js';
import { CsvTransfer, type QmsActionImportOutcome } from './controllers/csv-transfer.js';
import { EditSession } from './controllers/edit-session.js';
import { TrackerFocus } from './controllers/focus.js';
import { RowChanges } from './controllers/row-changes.js';
import { renderActionForm, renderPdsaForm, type FormHost } from './form.js';
import { confidenceBadge, domId, dueBadge, localText, none, sortIcon } from './parts.js';
import {
  COLUMNS,
  COLUMN_COUNT,
  DUE_FILTERS,
  GROUPINGS,
  NONE,
  NO_FILTER,
  VIEWS,
  activeGrouping,
  activeView,
  aspectLabel,
  boardColumns,
  cachedQuery,
  domainChoices,
  domainFilterChoices,
  domainLabel,
  dueOf,
  groupLabel,
  isFiltered,
  linkedItem,
  nextSort,
  ownerChoices,
  pageStep,
  tablePage,
  trackerToday,
  type Choice,
  type FilterState,
  type QmsActionTrackerGroupBy,
  type QmsActionTrackerView,
} from './view.js';

/** A measure or statement the tracker can name when an action links to it. */
export interface QmsLinkedItem {
  id: string;
  /** A measure's name. */
  name?: LocalisedText;
  /** A statement's title. */
  title?: LocalisedText;
}

const EMPTY: unique symbol = Symbol('empty');

export type { QmsActionTrackerGroupBy, QmsActionTrackerView } from './view.js';
export type { QmsActionImportOutcome } from './controllers/csv-transfer.js';

/**
 * An action tracker for quality improvement: framework actions and local improvement projects
 * with owners, due dates (and revised ones, with the reason), status, delivery confidence, QMS
 * aspect and domain, PDSA cycles and the IHI progress score. Filter, sort, search and group the
 * list; add, edit, delete and change the status of actions in an accessible form; export the view
 * as CSV and import actions from CSV. The host owns persistence: every change is announced with a
 * cancelable `qms-action-before-change` (veto it, with a reason) and then `qms-action-change`.
 *
 * Overdue and due-soon states come from the SDK (`actionDueState`) and show as words with an
 * icon. Delivery confidence is a RAG of *delivery confidence* (high, medium, low confidence with
 * a circle, a diamond, a triangle), deliberately not the SPC colours.
 *
 * @tagname qms-action-tracker
 * @summary Action tracker with filters, sorting, grouping, an accessible add/edit form, PDSA cycles and CSV import/export.
 *
 * @fires {QmsActionBeforeChangeEvent} qms-action-before-change - Before an action is added, edited (incl. its PDSA cycles), deleted or has its status changed. Cancelable: call `preventDefault()` (or `veto(reason)`) to refuse it; set `detail.reason` first to tell the user why. `detail: { kind, before, after, actions, reason? }`; `before`, `after` and `actions` are deep-frozen copies (writing to them changes nothing).
 * @fires {QmsActionChangeEvent} qms-action-change - After a change was made. `detail: { kind: 'add' | 'edit' | 'delete' | 'status', before: Action | null, after: Action | null, actions: Action[] }`.
 * @fires {QmsErrorEvent} qms-error - The actions (property, `src` or slotted JSON) or an attribute could not be read.
 *
 * @slot - An optional `<script type="application/json">` holding the actions (a list, or `{ "actions": [...] }`).
 *
 * @csspart commands - The add, download and import controls.
 * @csspart filters - The search, filter, grouping and view controls.
 * @csspart count - "Showing n of m actions".
 * @csspart table - The table of actions.
 * @csspart board - The board: one column per status.
 * @csspart card - An action's card on the board.
 * @csspart details - An action's details, under its row.
 * @csspart form - The add/edit action form or the PDSA cycle form.
 * @csspart error-summary - The list of problems at the top of a form.
 * @csspart veto - The host's reason for refusing a change.
 * @csspart conflict - Why a save stopped: the action was deleted, or changed by someone else in the same fields, since the form opened; with the user's choices.
 * @csspart due-badge - The "Overdue" and "Due soon" labels.
 * @csspart confidence - A delivery-confidence label with its shape.
 * @csspart import-report - The result of a CSV import.
 * @csspart error - The error panel for unreadable data.
 *
 * @cssprop [--qms-confidence-high-colour=#007f3b] - Shape of "High confidence" (NHS green).
 * @cssprop [--qms-confidence-medium-colour=#ffb81c] - Shape of "Medium confidence" (NHS warm yellow).
 * @cssprop [--qms-confidence-low-colour=#d5281b] - Shape of "Low confidence" (NHS red).
 * @cssprop [--qms-overdue-colour=#d5281b] - Text and icon of "Overdue".
 * @cssprop [--qms-due-soon-colour=#4c6272] - Text and icon of "Due soon".
 * @cssprop [--qms-button-colour=#007f3b] - Primary buttons (NHS.UK green).
 * @cssprop [--qms-link-colour=#005eb8] - Links and link-styled buttons (NHS blue).
 * @cssprop [--qms-colour-text=var(--nhsuk-text-colour, #212b32)] - Text.
 * @cssprop [--qms-colour-border=var(--nhsuk-border-colour, #d8dde0)] - Table and card borders.
 * @cssprop [--qms-focus-colour=var(--nhsuk-focus-colour, #ffeb3b)] - Focus highlight.
 */
export class QmsActionTracker extends Hardened(LitElement) {
  static shapes = { measures: 'list', statements: 'list' } as const;
  static numberRules = {
    timeout: TIMEOUT_RULE,
    pageSize: { min: 1, max: 10_000, integer: true },
    dueSoonDays: { min: 0, max: 3_650, integer: true },
    headingLevel: HEADING_LEVEL,
  };
  static objectProperties = ['framework'];
  static override styles = [baseStyles, stateStyles, actionTrackerStyles];

  /**
   * The actions, an `Action[]` (or `{ actions: Action[] }`, or JSON text), validated with the
   * SDK's `parseActionsJson`. Typed `unknown` because anything may arrive here: bad input is shown
   * as an error, never thrown.
   */
  @property({ attribute: false }) actions: unknown;

  /** A URL of the actions as JSON, or CSV in the tracker's export format. */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** Measures the actions link to, to name them (`{ id, name }`; a dataset's `measures` fits). */
  @property({ attribute: false }) measures: readonly QmsLinkedItem[] | undefined;

  /** Statements the actions link to, to name them (`{ id, title }`). */
  @property({ attribute: false }) statements: readonly QmsLinkedItem[] | undefined;

  /**
   * The framework that names the actions' domains: a preset id (`wales-hcqs-2023`, `steeep`,
   * `nhse-3part`, `cqc-5kq`) or a framework object. Without one, domain ids are shown as they are.
   */
  @property() framework: string | Framework | undefined;

  /** The day due states are worked out from, as an ISO date (`2025-03-31`). Default: today. */
  @property() today: string | undefined;

  /** `table` (rows, with grouping) or `board` (a column per status). */
  @property({ reflect: true }) view: 'table' | 'board' = 'table';

  /** Groups the table's rows: `none`, `aspect`, `domain` or `status`. The user can change it. */
  @property({ reflect: true, attribute: 'group-by' }) groupBy:
    'none' | 'aspect' | 'domain' | 'status' = 'none';

  /** Rows shown before "Show more" (and cards per board column). Default 50. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Days ahead (inclusive) that count as "due soon". Default 14. */
  @property({ type: Number, attribute: 'due-soon-days' }) dueSoonDays = 14;

  /** The level of the tracker's headings (form, board columns); cards and PDSA lists use one more. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows the actions without the controls that change them (board packs, read-only pages). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The table's caption and the board's name. Default "Actions". */
  @property() label: string | undefined;

  /** The file name of "Download CSV". */
  @property({ attribute: 'export-filename' }) exportFilename = 'actions.csv';

  private frameworkCheck:
    { input: unknown; result: { framework?: Framework; problems: Problem[] } } | undefined;
  @state() private filter: FilterState = NO_FILTER;
  @state() private sort: ActionSort | undefined;
  @state() private shown: number | undefined;
  @state() private boardShown = new Map<string, number>();
  @state() private expanded = new Set<string>();
  @state() private printing = false;

  private readonly i18n = new LocalizeController(this, {
    parts: [actionTrackerMessages, domainMessages],
  });
  private readonly shared = new DatasetConsumer(this);
  private readonly source = new DataSourceController<Action[]>(this, {
    parse: parseActionsJson,
    parseCsv: parseActionsCsv,
    // Own actions win; then src, then a slotted script; only then the provider's actions that
    // match its selection.
    data: () =>
      this.actions ?? (hasOwnSource(this, this.src) ? undefined : this.shared.selected?.actions),
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
    // An empty list is a tracker with nothing in it yet, not "no data".
    isEmpty: () => false,
    dataName: 'actions',
  });
  private readonly attributeErrors = new ErrorReporter(this);
  private attributeProblems: Problem[] = [];
  /** The list as changed by the user; replaced whenever the host supplies new actions. */
  private working: Action[] = [];
  private workingFrom: unknown = undefined;
  private readonly query = cachedQuery();
  private readonly focusing = new TrackerFocus(this);
  private readonly session = new EditSession(this, {
    i18n: this.i18n,
    focus: this.focusing,
    list: () => this.working,
    setList: (actions) => {
      this.working = actions;
    },
    idScope: () => this.idScope(),
    today: () => this.todayIso(),
  });
  private readonly rows = new RowChanges(this, {
    i18n: this.i18n,
    focus: this.focusing,
    session: this.session,
    list: () => this.working,
    today: () => this.todayIso(),
    onBoard: () => this.activeView === 'board',
    forget: (id) => {
      const expanded = new Set(this.expanded);
      expanded.delete(id);
      this.expanded = expanded;
    },
  });
  private readonly csv = new CsvTransfer(this, {
    i18n: this.i18n,
    focus: this.focusing,
    session: this.session,
    list: () => this.working,
    idScope: () => this.idScope(),
  });

  private readonly formHost: FormHost = ((host: QmsActionTracker): FormHost => ({
    i18n: host.i18n,
    get headingLevel() {
      return host.level(0);
    },
    onFieldInput: (e) => host.session.onFieldInput(e),
    onFormSubmit: (e) => host.session.onSubmit(e),
    onFormCancel: () => host.session.close(),
    onErrorLink: (e) => host.focusing.onErrorLink(e),
    onConflictChoice: (choice) => host.session.onConflictChoice(choice),
  }))(this);

  private readonly onBeforePrint = () => {
    this.printing = true;
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  /** The actions as they are now, with the user's accepted changes. */
  get value(): readonly Action[] {
    return this.working;
  }

  /** The actions the filters keep, in the order shown (what "Download CSV" exports). */
  get visibleActions(): readonly Action[] {
    return this.currentView().actions;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const state = this.source.state;
    if (state.status === 'ready' && state.value !== this.workingFrom) {
      this.working = state.value;
      this.workingFrom = state.value;
    } else if (state.status === 'empty' && this.workingFrom !== EMPTY) {
      this.working = [];
      this.workingFrom = EMPTY;
    }
    if (changed.has('pageSize')) this.shown = undefined;
    this.attributeProblems = this.checkAttributes();
    if (this.attributeProblems.length > 0) {
      this.attributeErrors.report(this.attributeProblems, 'attribute');
    } else {
      this.attributeErrors.clear();
    }
  }

  protected override render() {
    return html`${
      this.attributeProblems.length > 0
        ? renderErrorPanel(this.i18n, this.attributeProblems, { compact: true })
        : nothing
    }
    ${this.source.render({
      ready: () => this.renderTracker(),
      empty: () => this.renderTracker(),
    })}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Public methods

  /** The CSV of the actions the filters keep, in the order shown (`actionsToCsv`, with a BOM). */
  toCsv(): string {
    return actionsToCsv(this.visibleActions, { bom: true });
  }

  /** Downloads `toCsv()` as `export-filename`. */
  downloadCsv(): void {
    this.csv.download(this.toCsv(), this.exportFilename);
  }

  /**
   * Adds the actions in a CSV file (the tracker's export format). The file is checked as a whole
   * first: if any row has a problem, or an id that is already in the tracker, nothing is added
   * and the problems are listed by row. Otherwise each action is added in turn through
   * `qms-action-before-change` / `qms-action-change` (`kind: 'add'`), so the host can refuse some.
   */
  importCsv(text: string): QmsActionImportOutcome {
    return this.csv.import(text);
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  private todayIso(): string {
    return trackerToday(this.today);
  }

  /**
   * The actions a new or changed id must not clash with: the list shown, plus, when the list
   * is the provider's filtered by its selection, the provider's actions the selection hides.
   */
  private idScope(): readonly Action[] {
    const dataset = this.shared.dataset;
    const own =
      (this.actions !== undefined && this.actions !== null) || hasOwnSource(this, this.src);
    if (own || !dataset) return this.working;
    const shown = new Set(this.working.map((a) => a.id));
    return [...this.working, ...dataset.actions.filter((a) => !shown.has(a.id))];
  }

  /** The measures that name linked ids: the tracker's own, else the provider's. */
  private get linkMeasures(): readonly QmsLinkedItem[] | undefined {
    return this.shared.pick(this.measures, (d) => d.measures);
  }

  /** The statements that name linked ids: the tracker's own, else the provider's. */
  private get linkStatements(): readonly QmsLinkedItem[] | undefined {
    return this.shared.pick(this.statements, (d) => d.statements);
  }

  private frameworkObject(): Framework | undefined {
    const own = this.framework;
    const value =
      own === undefined || own === null || own === '' ? this.shared.dataset?.framework : own;
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return getFramework(value);
    return this.parsedFramework(value).framework;
  }

  /** A framework object from the host, checked once per object; a bad one is a problem. */
  private parsedFramework(value: unknown): { framework?: Framework; problems: Problem[] } {
    const cached = this.frameworkCheck;
    if (cached && cached.input === value) return cached.result;
    const parsed = parseFrameworkJson(value);
    const result = parsed.ok
      ? { framework: parsed.value, problems: [] }
      : { problems: inProperty(this.i18n, 'framework', parsed.problems) };
    this.frameworkCheck = { input: value, result };
    return result;
  }

  private checkAttributes(): Problem[] {
    const problems: Problem[] = [];
    const notOneOf = (name: string, value: unknown, allowed: readonly string[]) =>
      problems.push(notOneOfProblem(this.i18n, name, value, allowed));
    const today = notADate(this.i18n, 'today', this.today);
    if (today) problems.push(today);
    if (typeof this.framework === 'string' && this.framework !== '' && !this.frameworkObject()) {
      notOneOf('framework', this.framework, Object.keys(frameworkPresets));
    } else if (typeof this.framework === 'object' && this.framework !== null) {
      // A bad framework object is shown; the actions are still listed, without domain names.
      problems.push(...this.parsedFramework(this.framework).problems);
    }
    if (!(VIEWS as readonly string[]).includes(this.view)) notOneOf('view', this.view, VIEWS);
    if (!(GROUPINGS as readonly string[]).includes(this.groupBy)) {
      notOneOf('group-by', this.groupBy, GROUPINGS);
    }
    return problems;
  }

  private level(offset: number): number {
    const level = Number.isInteger(this.headingLevel) ? this.headingLevel : 2;
    return Math.min(6, Math.max(1, level + offset));
  }

  private get activeView(): QmsActionTrackerView {
    return activeView(this.view);
  }

  private get activeGrouping(): QmsActionTrackerGroupBy {
    return activeGrouping(this.groupBy);
  }

  private get limit(): number {
    return this.shown ?? this.pageStep;
  }

  private get pageStep(): number {
    return pageStep(this.pageSize);
  }

  /** Filter, sort and group through the SDK, once per change of any input. */
  private currentView(): ActionQueryResult {
    return this.query({
      actions: this.working,
      filter: this.filter,
      sort: this.sort,
      groupBy: this.activeGrouping,
      lang: this.i18n.lang,
      today: this.todayIso(),
      framework: this.frameworkObject(),
      dueSoonDays: this.dueSoonDays,
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Labels

  private text(value: LocalisedText | undefined): string {
    return localisedString(value, this.i18n.lang);
  }

  private aspectLabel(aspect: Action['aspect'] | null): string {
    return aspectLabel(this.i18n, aspect);
  }

  private domainLabel(id: string | null | undefined): string {
    return domainLabel(this.i18n, this.frameworkObject(), id);
  }

  private groupLabel(group: ActionGroup): string {
    return groupLabel(this.i18n, this.frameworkObject(), group);
  }

  private linkedLabel(items: readonly QmsLinkedItem[] | undefined, id: string): TemplateResult {
    const item = linkedItem(items, id);
    const name = item?.name ?? item?.title;
    return name ? html`${localText(this.i18n, name)} <span class="id">(${id})</span>` : html`${id}`;
  }

  private date(value: string | undefined): TemplateResult {
    return value ? html`${this.i18n.date(value)}` : none(this.i18n);
  }

  private domainChoices(): Choice[] {
    const current = this.session.draft?.kind === 'action' ? this.session.draft.values.domain : '';
    return domainChoices(this.i18n, this.frameworkObject(), this.working, current);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  private renderTracker(): TemplateResult {
    const result = this.currentView();
    const board = this.activeView === 'board';
    return html`<div class="tracker ${board ? 'tracker--board' : ''}">
      ${this.renderCommands()} ${this.renderImportReport()}
      ${
        this.session.draft
          ? keyed(
              this.session.serial,
              this.session.draft.kind === 'action'
                ? renderActionForm(this.formHost, this.session.draft, {
                    domains: this.domainChoices(),
                  })
                : renderPdsaForm(this.formHost, this.session.draft),
            )
          : nothing
      }
      ${this.renderFilters()}
      <p class="count" part="count" role="status" tabindex="-1">
        ${this.i18n.plural('actionTracker.count', result.total, {
          shown: this.i18n.number(result.actions.length),
        })}
      </p>
      ${
        result.actions.length === 0
          ? html`<p class="no-match">
              ${
                this.working.length === 0
                  ? this.i18n.t('actionTracker.empty')
                  : this.i18n.t('actionTracker.noMatch')
              }
            </p>`
          : board
            ? this.renderBoard(result)
            : this.renderTable(result)
      }
      <div class="visually-hidden" role="status">${this.focusing.announcement}</div>
    </div>`;
  }

  private renderCommands(): TemplateResult {
    const t = (key: MessageKey) => this.i18n.t(key);
    return html`<div class="commands" part="commands">
      ${
        this.readonly
          ? nothing
          : html`<button
              class="button button--primary"
              type="button"
              data-command="add"
              @click=${(e: Event) => this.session.openAdd(e)}
            >
              ${t('actionTracker.add')}
            </button>`
      }
      <button
        class="button button--secondary"
        type="button"
        data-command="export"
        @click=${() => this.downloadCsv()}
      >
        ${t('actionTracker.export')}
      </button>
      ${
        this.readonly
          ? nothing
          : html`<div class="import">
              <label class="label" for="import-file">${t('actionTracker.import')}</label>
              <input
                class="file"
                id="import-file"
                type="file"
                accept=".csv,text/csv"
                @change=${(e: Event) => this.csv.onFile(e)}
              />
            </div>`
      }
    </div>`;
  }

  private renderImportReport(): TemplateResult | typeof nothing {
    const report = this.csv.report;
    if (!report) return nothing;
    const i18n = this.i18n;
    const close = html`<button
      class="button button--secondary button--small"
      type="button"
      @click=${() => this.csv.closeReport()}
    >
      ${i18n.t('common.close')}
    </button>`;
    if (report.kind === 'unreadable') {
      return html`<div class="import-report import-report--error" part="import-report" role="alert">
        <p>${i18n.t('actionTracker.import.unreadable', { reason: report.reason })}</p>
        ${close}
      </div>`;
    }
    if (report.kind === 'problems') {
      return html`<div class="import-report import-report--error" part="import-report" role="alert">
        <p class="import-report__title">
          ${i18n.plural('actionTracker.import.failed', report.problems.length)}
        </p>
        <ul class="import-report__list">
          ${report.problems.map(
            (p) =>
              html`<li data-row=${p.row ?? ''}>
                <span class="where">${this.importWhere(p)}</span>:
                <span lang=${p.lang ?? 'en'}>${p.message}</span>
              </li>`,
          )}
        </ul>
        ${close}
      </div>`;
    }
    return html`<div class="import-report" part="import-report">
      <p>${i18n.plural('actionTracker.import.done', report.added)}</p>
      ${
        report.refused.length > 0
          ? html`<ul class="import-report__list">
              ${report.refused.map(
                (r) =>
                  html`<li>
                    ${i18n.t('actionTracker.import.refused', {
                      title: r.title,
                      reason: r.reason || i18n.t('actionTracker.vetoed'),
                    })}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${close}
    </div>`;
  }

  private importWhere(problem: Problem): string {
    if (problem.row === undefined) return this.i18n.t('actionTracker.import.whereFile');
    return problem.column
      ? this.i18n.t('actionTracker.import.where', { row: problem.row, column: problem.column })
      : this.i18n.t('actionTracker.import.whereRow', { row: problem.row });
  }

  private renderFilters(): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const f = this.filter;
    const all = t('actionTracker.filter.all');
    const select = (name: keyof FilterState, label: string, choices: Choice[]) =>
      html`<div class="filter">
        <label class="label" for="filter-${name}">${label}</label>
        <select
          class="select"
          id="filter-${name}"
          name=${name}
          .value=${live(f[name])}
          @change=${this.onFilterInput}
        >
          <option value="" ?selected=${f[name] === ''}>${all}</option>
          ${choices.map(
            (c) =>
              html`<option value=${c.value} ?selected=${c.value === f[name]}>${c.label}</option>`,
          )}
        </select>
      </div>`;
    const anyFilter = isFiltered(f);
    const board = this.activeView === 'board';
    return html`<section class="filters" part="filters" aria-label=${t('actionTracker.filters')}>
      <div class="filter filter--search">
        <label class="label" for="filter-query">${t('actionTracker.search')}</label>
        <input
          class="input"
          type="search"
          id="filter-query"
          name="query"
          autocomplete="off"
          .value=${live(f.query)}
          @input=${this.onFilterInput}
        />
      </div>
      ${select(
        'status',
        t('actionTracker.filter.status'),
        actionStatusSchema.options.map((s) => ({ value: s, label: i18n.t(`action.status.${s}`) })),
      )}
      ${select('owner', t('actionTracker.filter.owner'), ownerChoices(this.working, i18n.lang))}
      ${select('aspect', t('actionTracker.filter.aspect'), [
        ...qmsAspects.map((a) => ({ value: a, label: this.aspectLabel(a) })),
        { value: NONE, label: this.aspectLabel(null) },
      ])}
      ${select(
        'domain',
        t('actionTracker.filter.domain'),
        domainFilterChoices(i18n, this.frameworkObject(), this.working),
      )}
      ${select(
        'due',
        t('actionTracker.filter.due'),
        DUE_FILTERS.map((d) => ({
          value: d,
          label:
            d === 'attention'
              ? t('actionTracker.filter.attention')
              : i18n.t(`action.dueState.${d}`),
        })),
      )}
      ${
        board
          ? nothing
          : html`<div class="filter">
              <label class="label" for="group-by">${t('actionTracker.groupBy')}</label>
              <select
                class="select"
                id="group-by"
                .value=${live(this.activeGrouping)}
                @change=${this.onGroupByInput}
              >
                ${GROUPINGS.map(
                  (g) =>
                    html`<option value=${g} ?selected=${g === this.activeGrouping}>
                      ${
                        g === 'none'
                          ? t('actionTracker.groupBy.none')
                          : g === 'status'
                            ? t('actionTracker.filter.status')
                            : g === 'aspect'
                              ? t('actionTracker.filter.aspect')
                              : t('actionTracker.filter.domain')
                      }
                    </option>`,
                )}
              </select>
            </div>`
      }
      <div class="view-switch" role="group" aria-label=${t('actionTracker.view')}>
        ${VIEWS.map(
          (v) =>
            html`<button
              class="button button--toggle"
              type="button"
              data-view=${v}
              aria-pressed=${this.activeView === v ? 'true' : 'false'}
              @click=${() => this.setView(v)}
            >
              ${t(`actionTracker.view.${v}`)}
            </button>`,
        )}
      </div>
      ${
        anyFilter
          ? html`<button
              class="button button--link"
              type="button"
              data-command="clear-filters"
              @click=${this.clearFilters}
            >
              ${t('actionTracker.filter.clear')}
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderTable(result: ActionQueryResult): TemplateResult {
    const i18n = this.i18n;
    const grouped = this.activeGrouping !== 'none';
    const { groups, rendered, remaining } = tablePage(
      result,
      this.printing ? Infinity : this.limit,
    );
    return html`<div class="table-wrap">
        <table class="table" part="table">
          <caption class="caption">
            ${this.label || i18n.t('actionTracker.label')}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map((column) => this.renderHeader(column.key, i18n.t(column.label)))}
              <th scope="col" class="col-details">
                <span class="visually-hidden">${i18n.t('actionTracker.column.details')}</span>
              </th>
            </tr>
          </thead>
          ${repeat(
            groups,
            (g) => `${g.group.by}:${g.group.key ?? ''}`,
            ({ group, rows }) =>
              html`<tbody class="group" data-group=${group.key ?? NONE}>
                ${
                  grouped
                    ? html`<tr class="group-row">
                        <th scope="rowgroup" colspan=${COLUMN_COUNT} class="group-heading">
                          ${this.groupLabel(group)}
                          <span class="group-count"
                            >(${i18n.plural('actionTracker.group.count', group.actions.length)})</span
                          >
                        </th>
                      </tr>`
                    : nothing
                }
                ${repeat(
                  rows,
                  (a) => a.id,
                  (a) => this.renderRow(a),
                )}
              </tbody>`,
          )}
        </table>
      </div>
      ${
        remaining > 0 && !this.printing
          ? html`<button
              class="button button--secondary more"
              type="button"
              data-command="more"
              @click=${() => this.showMore(rendered)}
            >
              ${i18n.plural('actionTracker.more', Math.min(remaining, this.pageStep))}
            </button>`
          : nothing
      }`;
  }

  private renderHeader(key: ActionSortKey, label: string): TemplateResult {
    const direction = this.sort?.key === key ? this.sort.direction : undefined;
    return html`<th scope="col" class="col-${key}" aria-sort=${direction ?? nothing}>
      <button class="sort" type="button" data-sort=${key} @click=${() => this.toggleSort(key)}>
        ${label}${sortIcon(direction)}
      </button>
    </th>`;
  }

  private renderRow(action: Action): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const open = this.expanded.has(action.id);
    const detailsId = domId('details', action.id);
    const title = this.text(action.title);
    const { due, state: dueState } = dueOf(action, this.todayIso(), this.dueSoonDays);
    return html`<tr
        class="row ${dueState === 'overdue' ? 'row--overdue' : ''}"
        data-id=${action.id}
        data-due=${dueState}
      >
        <th scope="row" class="cell-title" tabindex="-1">
          ${localText(i18n, action.title)} <span class="id">${action.id}</span>
        </th>
        <td data-label=${t('action.owner')}>${localText(i18n, action.owner)}</td>
        <td data-label=${t('action.due')} class="cell-due">
          ${due ? html`<span class="date">${i18n.date(due)}</span>` : none(i18n)}
          ${
            action.revisedDue
              ? html`<span class="revised" title=${this.revisedFrom(action)}
                  >${t('actionTracker.revised')}</span
                >`
              : nothing
          }
          ${dueBadge(i18n, dueState)}
        </td>
        <td data-label=${t('actionTracker.column.status')} data-status=${action.status}>
          ${i18n.t(`action.status.${action.status}`)}
        </td>
        <td data-label=${t('action.deliveryConfidence')}>
          ${confidenceBadge(i18n, action.deliveryConfidence)}
        </td>
        <td data-label=${t('actionTracker.filter.aspect')}>${this.aspectLabel(action.aspect)}</td>
        <td data-label=${t('actionTracker.filter.domain')}>
          ${action.domain ? this.domainLabel(action.domain) : none(i18n)}
        </td>
        <td data-label=${t('action.lastUpdate')}>${this.date(action.lastUpdate)}</td>
        <td class="cell-details">
          <button
            class="button button--link details-toggle"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? detailsId : nothing}
            @click=${() => this.toggleDetails(action.id)}
          >
            ${t('actionTracker.details')}<span class="visually-hidden">
              ${i18n.t('actionTracker.details.of', { title })}</span
            >
          </button>
        </td>
      </tr>
      ${
        open
          ? html`<tr class="details-row" id=${detailsId} data-details=${action.id}>
              <td colspan=${COLUMN_COUNT}>${this.renderDetails(action)}</td>
            </tr>`
          : nothing
      }`;
  }

  private revisedFrom(action: Action): string {
    return this.i18n.t('actionTracker.revisedFrom', {
      date: action.due ? this.i18n.date(action.due) : '–',
      reason: this.text(action.revisedDue?.reason),
    });
  }

  private renderDetails(action: Action): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const facts: [string, unknown][] = [[t('actionTracker.id'), action.id]];
    /** Adds a fact when `source` holds something (a template alone cannot tell). */
    const add = (label: string, value: unknown, source: unknown) => {
      const empty =
        source === undefined || source === '' || (Array.isArray(source) && source.length === 0);
      if (!empty) facts.push([label, value]);
    };
    const textFact = (label: string, value: LocalisedText | undefined) =>
      add(label, localText(i18n, value), value);
    textFact(t('actionTracker.description'), action.description);
    add(t('actionTracker.reference'), action.reference, action.reference);
    add(t('actionTracker.source'), i18n.t(`action.source.${action.source}`), action.source);
    textFact(t('actionTracker.organisation'), action.organisation);
    textFact(t('actionTracker.sponsor'), action.sponsor);
    add(t('actionTracker.start'), this.date(action.start), action.start);
    if (action.revisedDue) {
      add(t('actionTracker.originalDue'), this.date(action.due), action.due);
      add(t('action.revisedDue'), this.date(action.revisedDue.date), action.revisedDue.date);
      textFact(t('actionTracker.revisedReason'), action.revisedDue.reason);
    }
    if (action.progressScore !== undefined) {
      add(
        t('action.progress'),
        i18n.t('actionTracker.progress.option', {
          score: i18n.number(action.progressScore, { minimumFractionDigits: 1 }),
          label: i18n.t(progressScoreKey(action.progressScore)),
        }),
        action.progressScore,
      );
    }
    add(
      t('actionTracker.measures'),
      html`<ul class="links">
        ${action.measureIds.map((id) => html`<li>${this.linkedLabel(this.linkMeasures, id)}</li>`)}
      </ul>`,
      action.measureIds,
    );
    add(
      t('actionTracker.statements'),
      html`<ul class="links">
        ${action.statementIds.map(
          (id) => html`<li>${this.linkedLabel(this.linkStatements, id)}</li>`,
        )}
      </ul>`,
      action.statementIds,
    );
    textFact(t('action.driver.aim'), action.driverDiagram?.aim);
    textFact(t('actionTracker.notes'), action.notes);
    return html`<div class="details" part="details">
      <dl class="facts">
        ${facts.map(
          ([label, value]) =>
            html`<div class="fact">
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${this.renderPdsaList(action)} ${this.readonly ? nothing : this.renderChanges(action)}
    </div>`;
  }

  private cycleName(cycle: PdsaCycle, index: number): string {
    const n = this.i18n.t('actionTracker.pdsa.cycle', { n: index + 1 });
    const title = this.text(cycle.title);
    return title ? `${n}: ${title}` : n;
  }

  private renderPdsaList(action: Action): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const headingId = domId('pdsa', action.id);
    const fact = (label: string, value: LocalisedText | undefined) =>
      value === undefined
        ? nothing
        : html`<div class="fact">
            <dt>${label}</dt>
            <dd>${localText(i18n, value)}</dd>
          </div>`;
    return html`<section class="pdsa" aria-labelledby=${headingId}>
      <div class="pdsa-heading" role="heading" aria-level=${this.level(1)} id=${headingId}>
        ${t('action.pdsa')}
      </div>
      ${
        action.pdsaCycles.length === 0
          ? html`<p class="pdsa-none">${t('actionTracker.pdsa.none')}</p>`
          : html`<ol class="cycles">
              ${action.pdsaCycles.map(
                (cycle, index) =>
                  html`<li class="cycle" data-cycle=${cycle.id}>
                    <p class="cycle-title">${this.cycleName(cycle, index)}</p>
                    <p class="cycle-dates">
                      ${
                        cycle.end
                          ? i18n.t('actionTracker.pdsa.range', {
                              start: i18n.date(cycle.start),
                              end: i18n.date(cycle.end),
                            })
                          : i18n.t('actionTracker.pdsa.from', { start: i18n.date(cycle.start) })
                      }
                    </p>
                    <dl class="facts facts--pdsa">
                      ${fact(t('actionTracker.pdsa.changeIdea'), cycle.plan.changeIdea)}
                      ${fact(t('actionTracker.pdsa.question'), cycle.plan.question)}
                      ${fact(t('actionTracker.pdsa.prediction'), cycle.plan.prediction)}
                      ${fact(t('actionTracker.pdsa.measure'), cycle.plan.measure)}
                      ${fact(t('action.pdsa.do'), cycle.do?.observations)}
                      ${fact(t('action.pdsa.study'), cycle.study?.learning)}
                      <div class="fact">
                        <dt>${t('action.pdsa.act')}</dt>
                        <dd data-act=${cycle.act ?? 'pending'}>
                          ${i18n.t(`action.pdsa.act.${cycle.act ?? 'pending'}`)}
                        </dd>
                      </div>
                    </dl>
                    ${
                      this.readonly
                        ? nothing
                        : html`<button
                            class="button button--secondary button--small"
                            type="button"
                            data-command="edit-cycle"
                            @click=${(e: Event) => this.session.openPdsa(e, action, cycle)}
                          >
                            ${t('actionTracker.pdsa.edit')}<span class="visually-hidden">
                              ${this.cycleName(cycle, index)}</span
                            >
                          </button>`
                    }
                  </li>`,
              )}
            </ol>`
      }
      ${
        this.readonly
          ? nothing
          : html`<button
              class="button button--secondary button--small"
              type="button"
              data-command="add-cycle"
              @click=${(e: Event) => this.session.openPdsa(e, action, undefined)}
            >
              ${t('actionTracker.pdsa.add')}<span class="visually-hidden">
                ${i18n.t('actionTracker.details.of', { title: this.text(action.title) })}</span
              >
            </button>`
      }
    </section>`;
  }

  private statusControl(action: Action, prefix: string, label: string, button: string) {
    const i18n = this.i18n;
    const id = domId(prefix, action.id);
    const pending = this.rows.pendingStatus.get(action.id) ?? action.status;
    const title = this.text(action.title);
    return html`<div class="status-change">
      <label class="label" for=${id}>${label}</label>
      <select
        class="select"
        id=${id}
        .value=${live(pending)}
        @change=${(e: Event) => this.rows.onPendingStatus(action, e)}
      >
        ${actionStatusSchema.options.map(
          (s) =>
            html`<option value=${s} ?selected=${s === pending}>
              ${i18n.t(`action.status.${s}`)}
            </option>`,
        )}
      </select>
      <button
        class="button button--secondary button--small"
        type="button"
        data-command="apply-status"
        @click=${() => this.rows.applyStatus(action)}
      >
        ${button}<span class="visually-hidden">
          ${i18n.t('actionTracker.details.of', { title })}</span
        >
      </button>
    </div>`;
  }

  private renderChanges(action: Action): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const title = this.text(action.title);
    const of = html`<span class="visually-hidden">
      ${i18n.t('actionTracker.details.of', { title })}</span
    >`;
    const message = this.rows.messages.get(action.id);
    const confirmId = domId('confirm', action.id);
    return html`<div class="changes">
      ${this.statusControl(
        action,
        'status',
        t('actionTracker.status.change'),
        t('actionTracker.status.apply'),
      )}
      <div class="change-buttons">
        <button
          class="button button--secondary button--small"
          type="button"
          data-command="edit"
          @click=${(e: Event) => this.session.openEdit(e, action)}
        >
          ${t('actionTracker.edit')}${of}
        </button>
        <button
          class="button button--warning button--small"
          type="button"
          data-command="delete"
          @click=${() => this.rows.askDelete(action)}
        >
          ${t('actionTracker.delete')}${of}
        </button>
      </div>
      ${
        this.rows.confirmingDelete === action.id
          ? html`<div class="confirm" role="group" aria-labelledby=${confirmId}>
              <p id=${confirmId}>${i18n.t('actionTracker.delete.confirm', { title })}</p>
              <button
                class="button button--warning button--small"
                type="button"
                data-command="confirm-delete"
                @click=${() => this.rows.deleteAction(action)}
              >
                ${t('actionTracker.delete.yes')}
              </button>
              <button
                class="button button--secondary button--small"
                type="button"
                data-command="cancel-delete"
                @click=${() => this.rows.cancelDelete(action)}
              >
                ${t('common.cancel')}
              </button>
            </div>`
          : nothing
      }
      ${
        message
          ? html`<p class="row-message" part="veto" role="alert" tabindex="-1">${message}</p>`
          : nothing
      }
    </div>`;
  }

  private renderBoard(result: ActionQueryResult): TemplateResult {
    const i18n = this.i18n;
    const columns = boardColumns(result.actions, (status) =>
      this.printing ? Infinity : (this.boardShown.get(status) ?? this.pageStep),
    );
    return html`<div
      class="board"
      part="board"
      role="region"
      aria-label=${this.label || i18n.t('actionTracker.label')}
    >
      ${columns.map(({ status, actions: list, limit }) => {
        const headingId = `column-${status}`;
        return html`<section class="column" aria-labelledby=${headingId} data-status=${status}>
          <div class="column-heading" role="heading" aria-level=${this.level(0)} id=${headingId}>
            ${i18n.t(`action.status.${status}`)}
            <span class="column-count">(${i18n.number(list.length)})</span>
          </div>
          ${
            list.length === 0
              ? html`<p class="column-empty">${none(i18n)}</p>`
              : html`<ul class="cards" role="list">
                  ${repeat(
                    list.slice(0, limit),
                    (a) => a.id,
                    (a) => this.renderCard(a),
                  )}
                </ul>`
          }
          ${
            list.length > limit
              ? html`<button
                  class="button button--secondary button--small more"
                  type="button"
                  data-command="more"
                  @click=${() => this.showMoreInColumn(status, limit)}
                >
                  ${i18n.plural('actionTracker.more', Math.min(list.length - limit, this.pageStep))}
                </button>`
              : nothing
          }
        </section>`;
      })}
    </div>`;
  }

  private renderCard(action: Action): TemplateResult {
    const i18n = this.i18n;
    const t = (key: MessageKey) => i18n.t(key);
    const { due, state: dueState } = dueOf(action, this.todayIso(), this.dueSoonDays);
    const message = this.rows.messages.get(action.id);
    return html`<li class="card" part="card" data-id=${action.id} data-due=${dueState}>
      <div class="card-title" role="heading" aria-level=${this.level(1)}>
        ${localText(i18n, action.title)} <span class="id">${action.id}</span>
      </div>
      <dl class="card-facts">
        <div class="fact">
          <dt>${t('action.owner')}</dt>
          <dd>${localText(i18n, action.owner)}</dd>
        </div>
        <div class="fact">
          <dt>${t('action.due')}</dt>
          <dd>
            ${due ? i18n.date(due) : none(i18n)}
            ${
              action.revisedDue
                ? html`<span class="revised" title=${this.revisedFrom(action)}
                    >${t('actionTracker.revised')}</span
                  >`
                : nothing
            }
            ${dueBadge(i18n, dueState)}
          </dd>
        </div>
        <div class="fact">
          <dt>${t('action.deliveryConfidence')}</dt>
          <dd>${confidenceBadge(i18n, action.deliveryConfidence)}</dd>
        </div>
      </dl>
      ${
        this.readonly
          ? nothing
          : html`${this.statusControl(
                action,
                'move',
                t('actionTracker.board.move'),
                t('actionTracker.board.moveButton'),
              )}
              <button
                class="button button--secondary button--small"
                type="button"
                data-command="edit"
                @click=${(e: Event) => this.session.openEdit(e, action)}
              >
                ${t('actionTracker.edit')}<span class="visually-hidden">
                  ${i18n.t('actionTracker.details.of', { title: this.text(action.title) })}</span
                >
              </button>`
      }
      ${
        message
          ? html`<p class="row-message" part="veto" role="alert" tabindex="-1">${message}</p>`
          : nothing
      }
    </li>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Changes

  // ---------------------------------------------------------------------------------------------
  // List controls

  private onFilterInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.filter = { ...this.filter, [target.name]: target.value };
    this.shown = undefined;
    this.boardShown = new Map();
  }

  private onGroupByInput(event: Event): void {
    this.groupBy = (event.target as HTMLSelectElement).value as QmsActionTrackerGroupBy;
  }

  private clearFilters(): void {
    this.filter = NO_FILTER;
    this.shown = undefined;
    this.boardShown = new Map();
    void this.focusing.focusOn('#filter-query');
  }

  private setView(view: QmsActionTrackerView): void {
    this.view = view;
  }

  private toggleSort(key: ActionSortKey): void {
    this.sort = nextSort(this.sort, key);
  }

  private toggleDetails(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
  }

  private showMore(rendered: number): void {
    this.shown = rendered + this.pageStep;
    // Focus the first newly shown row, so keyboard users carry on where the list grew.
    this.focusing.focusRow(rendered);
  }

  private showMoreInColumn(status: ActionStatus, shown: number): void {
    const next = new Map(this.boardShown);
    next.set(status, shown + this.pageStep);
    this.boardShown = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-action-tracker': QmsActionTracker;
  }
}
