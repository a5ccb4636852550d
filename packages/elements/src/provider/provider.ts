import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Hardened } from '../internal/hardened.js';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  providerMessages,
  datasetWithActionChange,
  datasetWithAssessmentChange,
  datasetWithStatementChange,
  nextSelection,
  normaliseSelection,
  parseDatasetJson,
  sameSelection,
  type Dataset,
  type DatasetInput,
  type QmsSelection,
  type QmsSelectionChange,
} from '@qms-kit/sdk';
import {
  datasetContext,
  isHandledByProvider,
  markHandledByProvider,
  selectionContext,
} from '../internal/context.js';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { renderErrorPanel } from '../internal/error-panel.js';
import {
  QmsDatasetChangeEvent,
  type QmsDatasetChangeCause,
} from '../internal/events/qms-dataset-change.js';
import { QmsSelectionChangeEvent } from '../internal/events/qms-selection-change.js';
import { LocalizeController } from '../internal/localize.js';
import { stateStyles, tokenStyles } from '../internal/styles.js';
import { providerStyles } from './provider.styles.js';
import {
  readActionChange,
  readAssessmentChange,
  readDomainSelect,
  readMeasureSelect,
  readSegmentSelect,
  readStatementChange,
} from './read-events.js';

/**
 * Shares one qms-kit dataset (measures, framework, statements, actions, QMS assessment) and the
 * user's current selection (domain, measure, aspect) with every qms-kit element inside it, so a
 * page can load its data once. Elements inside still work alone: their own properties win over
 * the provider's data.
 *
 * The dataset comes from the `data` property, a `src` URL or a child
 * `<script type="application/json">` (in that order), and must pass the SDK's dataset schema.
 * While it loads the provider says so; when it is bad the provider shows what is wrong
 * (`role="alert"`) and fires `qms-error`; its children are shown in every state.
 *
 * Changes made inside it (an action added in a tracker, a statement card edited, a wheel
 * assessment answered) are applied to the shared dataset, shared again and announced with
 * `qms-dataset-change`. Choosing a domain, measure or wheel segment updates the shared selection
 * and fires `qms-selection-change`. A provider with no data of its own inside another passes the
 * outer one's dataset and selection through; one with its own data takes over for its children.
 *
 * The provider draws no box of its own (`display: contents`) and adds no landmark.
 *
 * @tagname qms-provider
 * @summary Shares a dataset and the current selection with the qms-kit elements inside it.
 *
 * @slot - The elements (and any other content) that share the dataset.
 *
 * @fires {QmsDatasetChangeEvent} qms-dataset-change - A child's change was applied to the shared dataset. `detail: { dataset, cause: 'action' | 'statement' | 'assessment' }`; persist `detail.dataset`.
 * @fires {QmsSelectionChangeEvent} qms-selection-change - A child's `qms-domain-select`, `qms-measure-select` or `qms-segment-select` changed the selection. `detail` is the new selection `{ domain?, framework?, measure?, aspect? }`.
 * @fires {QmsErrorEvent} qms-error - The dataset could not be used; `detail.problems` says what is wrong and where, `detail.source` is `data`, `src` or `slot`.
 *
 * @csspart status - The "Loading…" line while `src` is fetched (`role="status"`).
 * @csspart error - The panel shown when the dataset is bad (`role="alert"`).
 *
 * @cssprop [--qms-colour-text=var(--nhsuk-text-colour, #212b32)] - Text of the error panel.
 * @cssprop [--qms-colour-secondary-text=var(--nhsuk-secondary-text-colour, #4c6272)] - The loading line.
 * @cssprop [--qms-colour-error=var(--nhsuk-error-colour, #d5281b)] - The error panel's edge.
 * @cssprop [--qms-colour-background=var(--nhsuk-card-background-colour, #ffffff)] - The error panel's background.
 * @cssprop [--qms-font-family=inherit] - Font of the loading line and error panel.
 */
export class QmsProvider extends Hardened(LitElement) {
  static numberRules = { timeout: TIMEOUT_RULE };
  static shapes = { selection: 'object' } as const;
  static override styles = [tokenStyles, stateStyles, providerStyles];

  /**
   * The dataset, as an object or JSON text (not `dataset`, which every element already has for
   * its `data-*` attributes). Checked with the SDK's `parseDatasetJson`.
   */
  @property({ attribute: false }) data: DatasetInput | string | undefined;

  /** URL of the dataset as JSON, used when `data` is not set. */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /**
   * The shared selection: `{ domain?, framework?, measure?, aspect? }`. Set it to choose what
   * the elements inside focus on; `{}` clears it. Updated when a child fires a select event.
   */
  @property({ attribute: false }) selection: QmsSelection = {};

  private readonly i18n = new LocalizeController(this, { parts: [providerMessages] });
  /** The enclosing provider's data, passed through when this one has none of its own. */
  private readonly outer = new DatasetConsumer(this);
  private readonly source = new DataSourceController<Dataset>(this, {
    parse: parseDatasetJson,
    data: () => this.data,
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
  });
  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext });
  private readonly selectionProvider = new ContextProvider(this, {
    context: selectionContext,
    initialValue: {},
  });
  /** The parsed input the children's changes were applied to, and the result. */
  private edits: { base: Dataset; current: Dataset } | undefined;
  private shared: { from: QmsSelection | undefined; value: QmsSelection } | undefined;

  constructor() {
    super();
    this.addEventListener('qms-action-change', (e) =>
      this.applyChange(e, 'action', (d) => {
        const change = readActionChange(e.detail);
        return change && datasetWithActionChange(d, change);
      }),
    );
    this.addEventListener('qms-statement-change', (e) =>
      this.applyChange(e, 'statement', (d) => {
        const change = readStatementChange(e.detail);
        return change && datasetWithStatementChange(d, change);
      }),
    );
    this.addEventListener('qms-assessment-change', (e) =>
      this.applyChange(e, 'assessment', (d) => {
        const change = readAssessmentChange(e.detail);
        return change && datasetWithAssessmentChange(d, change);
      }),
    );
    this.addEventListener('qms-domain-select', (e) => this.applySelect(e, readDomainSelect));
    this.addEventListener('qms-measure-select', (e) => this.applySelect(e, readMeasureSelect));
    this.addEventListener('qms-segment-select', (e) => this.applySelect(e, readSegmentSelect));
  }

  /**
   * The dataset this provider shares: its own, with the children's changes applied, or the
   * enclosing provider's when it has none. `undefined` while loading or when the data is bad.
   */
  get value(): Dataset | undefined {
    return this.relaying ? this.outer.dataset : this.ownDataset();
  }

  /** Resolves once a pending `src` fetch has settled. */
  get settled(): Promise<void> {
    return this.source.settled;
  }

  /** No data of its own inside another provider: pass that one's data and selection through. */
  private get relaying(): boolean {
    return this.source.state.status === 'empty' && this.outer.provided;
  }

  private ownDataset(): Dataset | undefined {
    const base = this.source.value;
    if (!base) return undefined;
    // New input from the host replaces the children's changes to the old input.
    if (this.edits && this.edits.base !== base) this.edits = undefined;
    return this.edits?.current ?? base;
  }

  private sharedSelection(): QmsSelection {
    if (this.relaying) return this.outer.selection;
    // One object per value the host sets, so consumers re-render only on a real change.
    // `!this.shared`: a host's `selection = undefined` must still give consumers a selection.
    if (!this.shared || this.shared.from !== this.selection) {
      const value = normaliseSelection(this.selection);
      this.shared = {
        from: this.selection,
        value: this.shared && sameSelection(this.shared.value, value) ? this.shared.value : value,
      };
    }
    return this.shared.value;
  }

  /** Sends the current dataset and selection to the consumers (only what changed). */
  private share(): void {
    this.datasetProvider.setValue(this.value);
    this.selectionProvider.setValue(this.sharedSelection());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.share();
  }

  protected override render() {
    const state = this.source.state;
    return html`${
        state.status === 'loading'
          ? html`<p class="qms-status state" part="status" role="status">
              ${this.i18n.t('provider.loading')}
            </p>`
          : state.status === 'error'
            ? html`<div class="state">
                ${renderErrorPanel(this.i18n, state.problems, {
                  title: this.i18n.t('provider.error.title'),
                })}${this.source.renderRetry()}
              </div>`
            : nothing
      }<slot></slot>`;
  }

  /** The nearest provider with data of its own handles a child's event; outer ones skip it. */
  private owns(event: Event): boolean {
    if (isHandledByProvider(event) || this.relaying) return false;
    markHandledByProvider(event);
    return true;
  }

  private applyChange(
    event: Event,
    cause: QmsDatasetChangeCause,
    apply: (dataset: Dataset) => Dataset | undefined,
  ): void {
    if (!this.owns(event)) return;
    const base = this.source.value;
    const current = this.ownDataset();
    if (!base || !current) return;
    const next = apply(current);
    if (!next || next === current) return;
    this.edits = { base, current: next };
    this.share();
    // Dispatched as a variable: the manifest analyser reads `new X(arg)` as an event named `arg`.
    const changed = new QmsDatasetChangeEvent({ dataset: next, cause });
    this.dispatchEvent(changed);
  }

  private applySelect(
    event: Event,
    read: (detail: unknown) => QmsSelectionChange | undefined,
  ): void {
    if (!this.owns(event)) return;
    const change = read((event as CustomEvent<unknown>).detail);
    if (!change) return;
    const before = this.sharedSelection();
    const next = nextSelection(before, change);
    if (sameSelection(before, next)) return;
    this.selection = next;
    this.share();
    const changed = new QmsSelectionChangeEvent(next);
    this.dispatchEvent(changed);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-provider': QmsProvider;
  }
}
