import type { ReactiveControllerHost } from 'lit';
import { spcForMeasure, type Measure, type Problem, type SpcResult } from '@qms-kit/sdk';
import type { DataState } from '../../internal/data-source.js';
import type { ErrorReporter } from '../../internal/error-panel.js';
import { pickMeasure, type ChartSettings, type LoadedData, type PickedMeasure } from '../input.js';
import { buildModel, ModelBuilder, type ChartModel } from '../model.js';
import type { ChartView, Origin } from '../view.js';
import { Memo } from './memo.js';

/** Up to this many points the drawing model is built at once; beyond, in chunks between frames. */
const SYNC_POINTS = 20_000;
const CHUNK_POINTS = 25_000;

/** Yields to the browser (input, painting) between chunks of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What is shown: a result, problems, "analysing" or nothing. */
export type ChartState =
  ChartView | { problems: Problem[]; origin: Origin } | 'analysing' | undefined;

export interface AnalysisOptions {
  /** Reports the problems of the data and of the analysis. */
  errors: ErrorReporter;
  /** A `measure-id` the data does not hold. */
  noSuchMeasure: (id: string, ids: string[]) => Problem;
  /** Runs when a model starts to be built for a new result. */
  onNewModel: () => void;
}

/**
 * From the loaded data to what is drawn: the measure picked with the attributes' settings, the
 * SDK's analysis and the drawing model, each kept while its input is the same; a large series is
 * analysed and built over several tasks so none runs long.
 */
export class ChartAnalysis {
  private readonly host: ReactiveControllerHost;
  private readonly options: AnalysisOptions;
  private readonly pickMemo = new Memo<PickedMeasure>();
  private shown: ChartState;
  private analysed: { measure: Measure; result: SpcResult } | undefined;
  private analysing: Measure | undefined;
  private building: SpcResult | undefined;
  private current: ChartModel | undefined;
  private readonly pending = new Set<Promise<void>>();

  constructor(host: ReactiveControllerHost, options: AnalysisOptions) {
    this.host = host;
    this.options = options;
  }

  /** What is shown. */
  get state(): ChartState {
    return this.shown;
  }

  /** The measure and result drawn, or undefined. */
  get ready(): ChartView | undefined {
    const view = this.shown;
    return typeof view === 'object' && 'result' in view ? view : undefined;
  }

  /**
   * Works out what to show from the data source's state and the settings; `missing` is the
   * problem of a provider that does not hold the `measure-id`.
   */
  update(
    state: DataState<LoadedData>,
    settings: ChartSettings,
    missing: Problem | undefined,
    lang: string,
  ): void {
    const { errors } = this.options;
    if (state.status !== 'ready') {
      if (missing) {
        this.fail([missing], 'data');
        return;
      }
      this.shown = undefined;
      errors.clear();
      return;
    }
    const { chart, improvement, rules, target, measureId } = settings;
    const key = [state.value, chart, improvement, rules, target, measureId, lang];
    // The measure to chart, with the attributes' settings where the data has none.
    const picked = this.pickMemo.get(key, () =>
      pickMeasure(state.value, settings, this.options.noSuchMeasure),
    );
    if (!picked.ok) {
      this.fail(picked.problems, state.origin);
      return;
    }
    const measure = picked.measure;
    const result = this.resultFor(measure);
    if (result === undefined) {
      this.shown = 'analysing';
      errors.clear();
      return;
    }
    if (result.problems.length > 0) {
      this.fail(result.problems, state.origin);
      return;
    }
    const eventId = state.value.from === 'rows' ? measureId : measure.id;
    this.shown = { measure, result, origin: state.origin, measureId: eventId };
    errors.clear();
    this.draw(result);
  }

  private fail(problems: Problem[], origin: Origin): void {
    this.shown = { problems, origin };
    this.options.errors.report(problems, origin);
    this.clear();
  }

  /** The drawing model of the result shown, or undefined while it is built. */
  get model(): ChartModel | undefined {
    return this.current;
  }

  /** Resolves once no analysis or build is running (each may start another update). */
  async settled(): Promise<boolean> {
    if (this.pending.size === 0) return false;
    await Promise.all(this.pending);
    return true;
  }

  /** The result for `measure`, or undefined while a big series is analysed in the background. */
  private resultFor(measure: Measure): SpcResult | undefined {
    if (this.analysed?.measure !== measure) {
      if (measure.data.length > SYNC_POINTS) {
        // A big series is analysed in a task of its own, after the parse, so neither blocks long.
        if (this.analysing !== measure) this.analyseLater(measure);
        return undefined;
      }
      this.analysed = { measure, result: spcForMeasure(measure) };
    }
    return this.analysed.result;
  }

  /** Starts drawing `result` unless it is drawn or being drawn. */
  private draw(result: SpcResult): void {
    if (this.current?.result !== result && this.building !== result) this.prepareModel(result);
  }

  /** Nothing is drawn (the input failed). */
  private clear(): void {
    this.setModel(undefined);
    this.building = undefined;
  }

  private setModel(model: ChartModel | undefined): void {
    if (model === this.current) return;
    this.current = model;
    this.host.requestUpdate();
  }

  private analyseLater(measure: Measure): void {
    this.analysing = measure;
    this.track(
      (async () => {
        await nextTask();
        if (this.analysing !== measure) return;
        this.analysed = { measure, result: spcForMeasure(measure) };
        this.analysing = undefined;
        this.host.requestUpdate();
      })(),
    );
  }

  /** Work that `updateComplete` waits for (a big series drawn over several tasks). */
  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Builds the drawing model now, or for a large series in chunks so no task runs long. */
  private prepareModel(result: SpcResult): void {
    this.options.onNewModel();
    if (result.points.length <= SYNC_POINTS) {
      this.setModel(buildModel(result));
      this.building = undefined;
      return;
    }
    this.setModel(undefined);
    this.building = result;
    const builder = new ModelBuilder(result);
    this.track(
      (async () => {
        while (!builder.done) {
          await nextTask();
          if (this.building !== result) return;
          builder.step(CHUNK_POINTS);
        }
        await nextTask();
        if (this.building !== result) return;
        this.setModel(builder.finish());
        this.building = undefined;
      })(),
    );
  }
}
