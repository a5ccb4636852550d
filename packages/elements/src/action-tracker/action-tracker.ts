import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property } from 'lit/decorators.js';
import {
  actionTrackerMessages,
  domainMessages,
  actionsToCsv,
  parseActionsCsv,
  parseActionsJson,
  type Action,
  type ActionQueryResult,
  type Framework,
  type Problem,
} from '@qms-kit/sdk';
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
import { trackerAttributeProblems } from './attributes.js';
import { CsvTransfer, type QmsActionImportOutcome } from './controllers/csv-transfer.js';
import { EditSession } from './controllers/edit-session.js';
import { FrameworkInput } from './controllers/framework-input.js';
import { PrintMedia } from './controllers/print-media.js';
import { TrackerFocus } from './controllers/focus.js';
import { ListState } from './controllers/list-state.js';
import { RowChanges } from './controllers/row-changes.js';
import { trackerLabels, type QmsLinkedItem, type TrackerContext } from './parts/context.js';
import { renderTracker } from './parts/tracker.js';
import type { FormHost } from './parts/form.js';
import {
  activeGrouping,
  activeView,
  cachedQuery,
  pageStep,
  trackerToday,
  type QmsActionTrackerGroupBy,
  type QmsActionTrackerView,
} from './view.js';

const EMPTY: unique symbol = Symbol('empty');

export type { QmsActionTrackerGroupBy, QmsActionTrackerView } from './view.js';
export type { QmsLinkedItem } from './parts/context.js';
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
  private readonly frameworks = new FrameworkInput(this.i18n);
  private readonly print = new PrintMedia(this);
  private readonly focusing = new TrackerFocus(this);
  private readonly list = new ListState(this, this.focusing, () => this.pageStep);
  /** What every change controller reads: the words, focus, and the list as changed. */
  private readonly changeDeps = {
    i18n: this.i18n,
    focus: this.focusing,
    list: () => this.working,
  };
  private readonly session = new EditSession(this, {
    ...this.changeDeps,
    setList: (actions) => {
      this.working = actions;
    },
    idScope: () => this.idScope(),
    today: () => this.todayIso(),
  });
  private readonly rows = new RowChanges(this, {
    ...this.changeDeps,
    session: this.session,
    today: () => this.todayIso(),
    onBoard: () => this.activeView === 'board',
    forget: (id) => this.list.forget(id),
  });
  private readonly csv = new CsvTransfer(this, {
    ...this.changeDeps,
    session: this.session,
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

  /** The actions as they are now, with the user's accepted changes. */
  get value(): readonly Action[] {
    return this.working;
  }

  /** The actions the filters keep, in the order shown (what "Download CSV" exports). */
  get visibleActions(): readonly Action[] {
    return this.currentView().actions;
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
    if (changed.has('pageSize')) this.list.shown = undefined;
    this.attributeProblems = trackerAttributeProblems(this.i18n, this, this.frameworks, () =>
      this.frameworkObject(),
    );
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
      ready: () => renderTracker(this.context(), this.currentView()),
      empty: () => renderTracker(this.context(), this.currentView()),
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
    return this.frameworks.resolve(this.framework, this.shared.dataset?.framework);
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
    return this.list.shown ?? this.pageStep;
  }

  private get pageStep(): number {
    return pageStep(this.pageSize);
  }

  /** Filter, sort and group through the SDK, once per change of any input. */
  private currentView(): ActionQueryResult {
    return this.query({
      actions: this.working,
      filter: this.list.filter,
      sort: this.list.sort,
      groupBy: this.activeGrouping,
      lang: this.i18n.lang,
      today: this.todayIso(),
      framework: this.frameworkObject(),
      dueSoonDays: this.dueSoonDays,
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Templates

  /** What the templates read and call, for one render. */
  private context(): TrackerContext {
    const i18n = this.i18n;
    const framework = this.frameworkObject();
    return {
      i18n,
      readonly: this.readonly,
      label: this.label,
      printing: this.print.printing,
      view: this.activeView,
      grouping: this.activeGrouping,
      framework,
      today: this.todayIso(),
      dueSoonDays: this.dueSoonDays,
      pageStep: this.pageStep,
      limit: this.limit,
      working: this.working,
      measures: this.linkMeasures,
      statements: this.linkStatements,
      announcement: this.focusing.announcement,
      list: this.list,
      rows: this.rows,
      session: this.session,
      csv: this.csv,
      formHost: this.formHost,
      level: (offset) => this.level(offset),
      ...trackerLabels(i18n, framework),
      setView: (view) => {
        this.view = view;
      },
      setGroupBy: (event) => {
        this.groupBy = (event.target as HTMLSelectElement).value as QmsActionTrackerGroupBy;
      },
      download: () => this.downloadCsv(),
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-action-tracker': QmsActionTracker;
  }
}
