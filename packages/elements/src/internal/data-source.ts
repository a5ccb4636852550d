import { html, nothing, type ReactiveController } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Problem, Result } from '@qms-kit/sdk';
import { ErrorReporter, renderErrorPanel } from './error-panel.js';
import type { QmsErrorSource } from './events/qms-error.js';
import type { LocalizeController, LocalizeHost } from './localize.js';
import { renderEmpty, renderLoading } from './states.js';

/** Where an element's data came from; also the `source` of its `qms-error` event. */
export type DataOrigin = Exclude<QmsErrorSource, 'attribute'>;

export type DataState<T> =
  /** Nothing was supplied, or what was supplied holds no data. */
  | { status: 'empty'; origin: DataOrigin | undefined }
  /** A `src` URL is being fetched. */
  | { status: 'loading'; origin: 'src' }
  | { status: 'ready'; origin: DataOrigin; value: T }
  | { status: 'error'; origin: DataOrigin; problems: Problem[] };

export interface DataSourceOptions<T> {
  /** Parses JSON (the property's value, the slotted script, a JSON response) with the SDK. */
  parse: (input: unknown) => Result<T>;
  /** Parses the text of a CSV response; without it a CSV `src` is reported as a problem. */
  parseCsv?: (text: string) => Result<T>;
  /** Reads the host's rich-data property; `undefined` or `null` means "not set". */
  data: () => unknown;
  /** Reads the host's `src` attribute; empty means "not set". */
  src: () => string | null | undefined;
  /** Localises the problems this controller finds itself (HTTP status, bad JSON…). */
  i18n: LocalizeController;
  /** Whether a parsed value holds nothing to show. Default: `null`, `undefined`, `[]`. */
  isEmpty?: (value: T) => boolean;
  /** The property's name in problem messages. Default `data`. */
  dataName?: string;
  /** Override `fetch` (e.g. to add credentials or headers). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * Reads the host's `timeout` attribute, in seconds: a `src` that has not answered by then is
   * aborted and shown as an error with a "Try again" button. Default (and for a value that is
   * not a positive number) `DEFAULT_TIMEOUT_SECONDS`.
   */
  timeout?: () => number | null | undefined;
}

/** How long a `src` may take before it is given up, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** `timeout` attribute range, in seconds: from 10 ms to an hour. */
export const TIMEOUT_RULE = { min: 0.01, max: 3600 } as const;

/** A fetch given up after the timeout: not an abort by the element, so it is shown. */
class TimeoutError extends Error {
  readonly seconds: number;
  constructor(seconds: number) {
    super(`timed out after ${seconds} s`);
    this.seconds = seconds;
  }
}

export interface DataRenderers<T> {
  ready: (value: T) => unknown;
  /** Default: "Loading…" with `role="status"`. */
  loading?: () => unknown;
  /** Default: "No data to show." */
  empty?: () => unknown;
  /** Default: the shared error panel (`role="alert"`). */
  error?: (problems: readonly Problem[]) => unknown;
}

interface Inputs {
  data: unknown;
  src: string | undefined;
  slotText: string | undefined;
  status: TaskStatus;
  value: unknown;
  error: unknown;
}

const sameInputs = (a: Inputs, b: Inputs): boolean =>
  a.data === b.data &&
  a.src === b.src &&
  a.slotText === b.slotText &&
  a.status === b.status &&
  a.value === b.value &&
  a.error === b.error;

const defaultIsEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

const isScript = (node: Node | null): boolean => node instanceof HTMLScriptElement;

/** Only changes to a child script matter; other light-DOM changes must not re-render the host. */
const touchesScript = (r: MutationRecord): boolean =>
  isScript(r.target) ||
  isScript(r.target.parentNode) ||
  [...r.addedNodes].some(isScript) ||
  [...r.removedNodes].some(isScript);

/** A response with no body: shown as the empty state, not as bad JSON. */
const EMPTY_BODY: unique symbol = Symbol('empty body');
type Loaded<T> = Result<T> | typeof EMPTY_BODY;

/**
 * Data in, for every element: a rich property (`el.data = …`), a `src` URL (JSON or CSV,
 * fetched with `@lit/task` and aborted on disconnect) or a child
 * `<script type="application/json">`, in that order of precedence. A `src` that does not answer
 * within the host's `timeout` (seconds, default 30) is aborted and shown as an error with a
 * "Try again" button, as is any other failed fetch. Everything goes through
 * the SDK parse function given; the result is one of empty, loading, ready or error, and new
 * problems fire `qms-error` once.
 *
 * ```ts
 * @property({ attribute: false }) data: unknown;
 * @property() src = '';
 * private readonly i18n = new LocalizeController(this);
 * private readonly source = new DataSourceController(this, {
 *   parse: parseMeasure, data: () => this.data, src: () => this.src, i18n: this.i18n,
 * });
 * render() { return this.source.render({ ready: (m) => html`…` }); }
 * ```
 */
export class DataSourceController<T> implements ReactiveController {
  private readonly host: LocalizeHost;
  private readonly options: DataSourceOptions<T>;
  private readonly task: Task<[string | undefined], Loaded<T>>;
  private readonly reporter: ErrorReporter;
  private readonly slotObserver: MutationObserver;
  private cache: { inputs: Inputs; state: DataState<T> } | undefined;
  private fetchedSrc: string | undefined;
  private abortedByDisconnect = false;

  constructor(host: LocalizeHost, options: DataSourceOptions<T>) {
    this.host = host;
    this.options = options;
    // Run by hand (not autoRun) so elements fed by a property or slot never start a task.
    this.task = new Task(host, {
      task: ([src], { signal }) => (src ? this.load(src, signal) : Promise.resolve(initialState)),
      autoRun: false,
    });
    host.addController(this);
    this.reporter = new ErrorReporter(host);
    this.slotObserver = new MutationObserver((records) => {
      if (records.some(touchesScript)) host.requestUpdate();
    });
  }

  /** The current state; cheap to read repeatedly (parsing happens once per input). */
  get state(): DataState<T> {
    const inputs = this.inputs();
    if (this.cache && sameInputs(this.cache.inputs, inputs)) return this.cache.state;
    const state = this.compute(inputs);
    this.cache = { inputs, state };
    return state;
  }

  /** The parsed value when ready, else `undefined`. */
  get value(): T | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  /** Resolves once a pending fetch has settled (successfully or not). */
  get settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Renders the state: `ready` is required, the others default to the shared templates. */
  render(renderers: DataRenderers<T>): unknown {
    const state = this.state;
    const i18n = this.options.i18n;
    switch (state.status) {
      case 'loading':
        return renderers.loading ? renderers.loading() : renderLoading(i18n);
      case 'empty':
        return renderers.empty ? renderers.empty() : renderEmpty(i18n);
      case 'error':
        // A URL that failed may answer next time (a timeout, a network blip, a 503).
        return html`${
          renderers.error ? renderers.error(state.problems) : renderErrorPanel(i18n, state.problems)
        }${this.renderRetry()}`;
      case 'ready':
        return renderers.ready(state.value);
    }
  }

  /** The "Try again" button when `src` failed, else nothing (for elements that render states). */
  renderRetry(): unknown {
    const state = this.state;
    if (state.status !== 'error' || state.origin !== 'src') return nothing;
    return html`<button type="button" class="qms-retry" part="retry" @click=${this.retry}>
      ${this.options.i18n.t('element.retry')}
    </button>`;
  }

  /** Fetches `src` again (the "Try again" button of a failed `src`). */
  readonly retry = (): void => {
    if (!this.fetchedSrc) return;
    this.cache = undefined;
    this.reporter.clear();
    void this.task.run([this.fetchedSrc]);
  };

  hostConnected(): void {
    this.slotObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run([this.fetchedSrc]);
    }
  }

  hostDisconnected(): void {
    this.slotObserver.disconnect();
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort();
    }
  }

  hostUpdate(): void {
    const src = this.activeSrc();
    if (src !== this.fetchedSrc) {
      this.fetchedSrc = src;
      // A new src aborts the pending fetch; no src (data or slot took over) just aborts it.
      if (src) void this.task.run([src]);
      else this.task.abort();
    }
    const state = this.state;
    if (state.status === 'error') this.reporter.report(state.problems, state.origin);
    else if (state.status !== 'loading') this.reporter.clear();
  }

  private timeoutSeconds(): number {
    const given = this.options.timeout?.();
    return typeof given === 'number' && given >= TIMEOUT_RULE.min && given <= TIMEOUT_RULE.max
      ? given
      : DEFAULT_TIMEOUT_SECONDS;
  }

  private hasData(): boolean {
    const data = this.options.data();
    return data !== undefined && data !== null;
  }

  private activeSrc(): string | undefined {
    if (this.hasData()) return undefined;
    return this.options.src()?.trim() || undefined;
  }

  private slotText(): string | undefined {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  private inputs(): Inputs {
    const src = this.activeSrc();
    return {
      data: this.options.data(),
      src,
      slotText: this.hasData() || src ? undefined : this.slotText(),
      status: this.task.status,
      value: this.task.value,
      error: this.task.error,
    };
  }

  private compute(inputs: Inputs): DataState<T> {
    if (this.hasData()) return this.fromResult(this.safeParse(inputs.data, 'data'), 'data');
    if (inputs.src) {
      // Until the update that starts the fetch has run, the task still holds the old src's result.
      return inputs.src === this.fetchedSrc
        ? this.fromTask()
        : { status: 'loading', origin: 'src' };
    }
    if (inputs.slotText !== undefined) return this.fromSlot(inputs.slotText);
    return { status: 'empty', origin: undefined };
  }

  private fromTask(): DataState<T> {
    switch (this.task.status) {
      case TaskStatus.COMPLETE: {
        const result = this.task.value;
        if (result === EMPTY_BODY) return { status: 'empty', origin: 'src' };
        if (result) return this.fromResult(result, 'src');
        return { status: 'loading', origin: 'src' };
      }
      case TaskStatus.ERROR:
        // An abort (disconnect, or a newer src) is not a problem with the data.
        if (isAbort(this.task.error)) return { status: 'loading', origin: 'src' };
        return this.error('src', this.options.src() ?? '', 'element.problem.unreadable', {
          reason: reasonOf(this.task.error),
        });
      default:
        return { status: 'loading', origin: 'src' };
    }
  }

  private fromSlot(text: string): DataState<T> {
    if (text.trim() === '') return { status: 'empty', origin: 'slot' };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return this.error(
        'slot',
        this.options.i18n.t('element.where.slot'),
        'element.problem.badJson',
        {
          reason: reasonOf(e),
        },
      );
    }
    return this.fromResult(this.safeParse(json, 'slot'), 'slot');
  }

  private fromResult(result: Result<T>, origin: DataOrigin): DataState<T> {
    if (!result.ok) return { status: 'error', origin, problems: result.problems };
    const isEmpty = this.options.isEmpty ?? defaultIsEmpty;
    if (isEmpty(result.value)) return { status: 'empty', origin };
    return { status: 'ready', origin, value: result.value };
  }

  /** The SDK never throws, but a host-supplied parse might: report it, never rethrow. */
  private safeParse(input: unknown, origin: DataOrigin): Result<T> {
    try {
      return this.options.parse(input);
    } catch (e) {
      return {
        ok: false,
        problems: [
          {
            where: this.whereOf(origin),
            message: this.unreadable(e),
            lang: this.options.i18n.lang,
          },
        ],
      };
    }
  }

  private whereOf(origin: DataOrigin): string {
    const i18n = this.options.i18n;
    if (origin === 'slot') return i18n.t('element.where.slot');
    if (origin === 'src') return this.options.src() ?? '';
    return i18n.t('element.where.property', { name: this.options.dataName ?? 'data' });
  }

  private unreadable(e: unknown): string {
    return this.options.i18n.t('element.problem.unreadable', { reason: reasonOf(e) });
  }

  private error(
    origin: DataOrigin,
    where: string,
    key: 'element.problem.unreadable' | 'element.problem.badJson',
    params: { reason: string },
  ): DataState<T> {
    return {
      status: 'error',
      origin,
      problems: [
        { where, message: this.options.i18n.t(key, params), lang: this.options.i18n.lang },
      ],
    };
  }

  /** Fetches and parses `src`; returns problems for every failure except an abort. */
  private async load(src: string, signal: AbortSignal): Promise<Loaded<T>> {
    const t = (...args: Parameters<LocalizeController['t']>) => this.options.i18n.t(...args);
    const problem = (message: string): Result<T> => ({
      ok: false,
      problems: [{ where: src, message, lang: this.options.i18n.lang }],
    });
    let url: URL;
    try {
      url = new URL(src, this.host.ownerDocument.baseURI);
    } catch (e) {
      return problem(t('element.problem.unreadable', { reason: reasonOf(e) }));
    }
    const fetcher = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    const seconds = this.timeoutSeconds();
    // One controller for the element's abort (disconnect, new src) and the timeout.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new TimeoutError(seconds)), seconds * 1000);
    let response: Response;
    let text: string;
    try {
      response = await fetcher(url, {
        signal: controller.signal,
        headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      });
      if (!response.ok)
        return problem(t('element.problem.httpStatus', { status: response.status }));
      text = await response.text();
    } catch (e) {
      if (controller.signal.reason instanceof TimeoutError && !signal.aborted) {
        return problem(
          t('element.problem.timeout', { seconds: this.options.i18n.number(seconds) }),
        );
      }
      if (isAbort(e) || signal.aborted) throw e;
      return problem(t('element.problem.network', { reason: reasonOf(e) }));
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    }
    const type = response.headers.get('content-type') ?? '';
    const isCsv = /\bcsv\b/i.test(type) || /\.csv$/i.test(url.pathname);
    if (isCsv) {
      if (!this.options.parseCsv) return problem(t('element.problem.csvUnsupported'));
      const parseCsv = this.options.parseCsv;
      try {
        return parseCsv(text);
      } catch (e) {
        return problem(this.unreadable(e));
      }
    }
    if (text.trim() === '') return EMPTY_BODY;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return problem(t('element.problem.badJson', { reason: reasonOf(e) }));
    }
    return this.safeParse(json, 'src');
  }
}
