import type { ReactiveControllerHost } from 'lit';
import { spcForMeasure, type Measure, type SpcResult } from '@qms-kit/sdk';
import { buildModel, ModelBuilder, type ChartModel } from '../model.js';

/** Up to this many points the drawing model is built at once; beyond, in chunks between frames. */
const SYNC_POINTS = 20_000;
const CHUNK_POINTS = 25_000;

/** Yields to the browser (input, painting) between chunks of work. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The SDK's analysis of the measure and the drawing model built from it, each kept while its
 * input is the same; a large series is analysed and built over several tasks so none runs long.
 */
export class ChartAnalysis {
  private readonly host: ReactiveControllerHost;
  private readonly onNewModel: () => void;
  private analysed: { measure: Measure; result: SpcResult } | undefined;
  private analysing: Measure | undefined;
  private building: SpcResult | undefined;
  private current: ChartModel | undefined;
  private readonly pending = new Set<Promise<void>>();

  /** `onNewModel` runs when a model starts to be built for a new result. */
  constructor(host: ReactiveControllerHost, onNewModel: () => void) {
    this.host = host;
    this.onNewModel = onNewModel;
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
  resultFor(measure: Measure): SpcResult | undefined {
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
  draw(result: SpcResult): void {
    if (this.current?.result !== result && this.building !== result) this.prepareModel(result);
  }

  /** Nothing is drawn (the input failed). */
  clear(): void {
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
    this.onNewModel();
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
