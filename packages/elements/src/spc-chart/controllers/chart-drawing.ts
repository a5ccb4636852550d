import { drawSet, type DrawSet } from '../decimate.js';
import { computeLayout, type Layout } from '../layout.js';
import type { ChartModel } from '../model.js';
import type { PlotView } from '../parts/plot.js';
import type { TableView } from '../parts/table.js';
import {
  annotationMarks,
  centreClass,
  displayName,
  formatTick,
  formatYTick,
  isProportion,
  plotDescription,
  tableHeaders,
  tablePage,
  tableRows,
  tooltipPlacement,
  tooltipView,
  type ChartView,
  type ViewContext,
} from '../view.js';
import { Memo } from './memo.js';

/** The element's drawing settings. */
export interface DrawSettings {
  width: number;
  yMin: number | undefined;
  yMax: number | undefined;
  showSigmaLines: boolean;
}

/**
 * The view-model of the plot and the table, with what is costly to work out (the layout, the
 * decimated draw set, the table's cells) kept until its inputs change.
 */
export class ChartDrawing {
  private readonly layoutMemo = new Memo<Layout>();
  private readonly drawMemo = new Memo<DrawSet>();
  private readonly tableMemo = new Memo<string[][]>();

  /** The layout last drawn, for hit-testing the pointer. */
  get layout(): Layout | undefined {
    return this.layoutMemo.last;
  }

  plot(
    view: ChartView,
    ctx: ViewContext,
    model: ChartModel,
    settings: DrawSettings,
    shown: number,
  ): PlotView {
    const { format, words } = ctx;
    const { width, yMin, yMax, showSigmaLines } = settings;
    const annotations = (view.measure.annotations?.length ?? 0) > 0;
    const key = [model, width, yMin, yMax, words.tag, annotations];
    const layout = this.layoutMemo.get(key, () =>
      computeLayout(model, width, {
        yMin,
        yMax,
        annotations,
        formatY: (v, ticks) => formatYTick(view, format, v, ticks),
        formatX: (ticks) => ticks.map((d) => formatTick(format, ticks, d)),
        bounds: isProportion(view) ? [0, 1] : undefined,
      }),
    );
    const tooltip = shown >= 0 ? tooltipView(view, ctx, model, shown) : undefined;
    const y = view.result.points[shown]?.y ?? null;
    return {
      name: displayName(view, ctx),
      description: plotDescription(view, ctx),
      model,
      layout,
      showSigmaLines,
      drawing: () => ({
        set: this.drawMemo.get([model, layout], () =>
          drawSet(model, layout.px, layout.py, Math.max(1, Math.floor(layout.plot.width))),
        ),
        target: view.result.target,
        centre: centreClass(view.result),
        showSigmaLines,
        annotations: annotationMarks(view.measure, words.tag),
        formatX: (d) => formatTick(format, layout.xTicks, d),
        formatY: (v) => formatYTick(view, format, v, layout.yTicks),
      }),
      focus: shown,
      tooltip:
        tooltip && y !== null
          ? {
              view: tooltip,
              placement: tooltipPlacement(
                layout.px(model.time[shown] ?? 0),
                layout.y(y),
                layout.width,
                layout.height,
              ),
            }
          : undefined,
    };
  }

  table(
    view: ChartView,
    ctx: ViewContext,
    model: ChartModel | undefined,
    requested: number,
    open: boolean,
  ): TableView {
    const page = tablePage(view.result.points.length, requested);
    const { from, to } = page;
    const rows = this.tableMemo.get([view.result, model, from, to, ctx.words.tag], () =>
      tableRows(view, ctx, model, from, to),
    );
    const hasNotes = rows.some((r) => r[r.length - 1] !== '');
    const headers = tableHeaders(view, ctx, model, hasNotes);
    return { name: displayName(view, ctx).text, headers, rows, hasNotes, open, page };
  }
}
