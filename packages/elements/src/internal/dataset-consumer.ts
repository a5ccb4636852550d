import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import {
  filterDatasetBySelection,
  type Dataset,
  type QmsSelection,
  type SelectedRecords,
} from '@qms-kit/sdk';
import { datasetContext, ensureContextRoot, selectionContext } from './context.js';

export type DatasetConsumerHost = ReactiveControllerHost & HTMLElement;

export interface DatasetConsumerOptions {
  /**
   * Called when the provider's dataset or selection changes (the host re-renders anyway); use
   * it to reset state that belonged to the old data.
   */
  onChange?: (consumer: DatasetConsumer) => void;
}

const NO_SELECTION: QmsSelection = Object.freeze({});

/**
 * Receives the dataset and selection shared by the nearest `<qms-provider>`, for elements that
 * can also work alone. **The rule for element authors: an element's own properties win; when
 * they are unset, the element uses the provider's data.**
 *
 * ```ts
 * private readonly shared = new DatasetConsumer(this);
 * render() {
 *   const actions = this.shared.pick(this.actions, (d) => d.actions);
 *   // or, to follow what the user selected elsewhere on the page:
 *   const relevant = this.shared.pick(this.actions, (d, s) => s.actions);
 * }
 * ```
 *
 * To change the selection, an element fires the usual events (`qms-domain-select`,
 * `qms-measure-select`, `qms-segment-select`); the provider listens for them. Works with
 * providers of other copies of qms-kit (string context keys), and with providers defined or
 * connected after the element (a `ContextRoot` replays the request).
 */
export class DatasetConsumer implements ReactiveController {
  private readonly host: DatasetConsumerHost;
  private readonly options: DatasetConsumerOptions;
  private sharedDataset: Dataset | undefined;
  private sharedSelection: QmsSelection = NO_SELECTION;
  private hasProvider = false;
  private memo: { dataset: Dataset; selection: QmsSelection; records: SelectedRecords } | undefined;

  constructor(host: DatasetConsumerHost, options: DatasetConsumerOptions = {}) {
    this.host = host;
    this.options = options;
    // Added before the ContextConsumers, so hostConnected installs the root before they ask.
    host.addController(this);
    new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (value) => this.receive(value, this.sharedSelection),
    });
    new ContextConsumer(host, {
      context: selectionContext,
      subscribe: true,
      callback: (value) => this.receive(this.sharedDataset, value ?? NO_SELECTION),
    });
  }

  /** The provider's dataset; `undefined` with no provider, or while it loads or shows an error. */
  get dataset(): Dataset | undefined {
    return this.sharedDataset;
  }

  /** The provider's selection; `{}` (nothing selected) with no provider. */
  get selection(): QmsSelection {
    return this.sharedSelection;
  }

  /** True when a provider answered (even one with no dataset yet). */
  get provided(): boolean {
    return this.hasProvider;
  }

  /**
   * The measures, statements and actions relevant to the selection
   * (`filterDatasetBySelection`), or `undefined` without a dataset. Worked out once per change.
   */
  get selected(): SelectedRecords | undefined {
    const dataset = this.sharedDataset;
    if (!dataset) return undefined;
    const selection = this.sharedSelection;
    if (this.memo?.dataset !== dataset || this.memo.selection !== selection) {
      this.memo = { dataset, selection, records: filterDatasetBySelection(dataset, selection) };
    }
    return this.memo.records;
  }

  /**
   * The element's own value when it is set (not `undefined` or `null`), otherwise what `shared`
   * picks from the provider's dataset (given the selected records too), otherwise `undefined`.
   */
  pick<T>(
    own: T | null | undefined,
    shared: (dataset: Dataset, selected: SelectedRecords, selection: QmsSelection) => T | undefined,
  ): T | undefined {
    if (own !== undefined && own !== null) return own;
    const dataset = this.sharedDataset;
    const selected = this.selected;
    return dataset && selected ? shared(dataset, selected, this.sharedSelection) : undefined;
  }

  hostConnected(): void {
    ensureContextRoot(this.host.ownerDocument);
  }

  hostDisconnected(): void {
    // Moved out of a provider: forget its data. If the element lands inside one again, the
    // request made on reconnecting brings the data back before the next render.
    const had = this.hasProvider;
    this.sharedDataset = undefined;
    this.sharedSelection = NO_SELECTION;
    this.hasProvider = false;
    if (had) this.host.requestUpdate();
  }

  private receive(dataset: Dataset | undefined, selection: QmsSelection): void {
    const changed =
      !this.hasProvider || dataset !== this.sharedDataset || selection !== this.sharedSelection;
    this.hasProvider = true;
    this.sharedDataset = dataset;
    this.sharedSelection = selection;
    if (changed) this.options.onChange?.(this);
  }
}
