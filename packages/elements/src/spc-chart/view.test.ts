// The view-model's rules, tested as plain functions: no element, no drawing.
import { expect } from '@open-wc/testing';
import {
  commonMessages,
  elementsMessages,
  formatDate as sdkDate,
  formatNumber,
  parseMeasureJson,
  registerMessages,
  spcChartMessages,
  spcForMeasure,
  spcMessages,
  translateRegistered,
  type MeasureInput,
} from '@qms-kit/sdk';
import { ALTERNATING, kindsMeasure, months } from './fixtures.test.js';
import { buildModel } from './model.js';
import {
  annotationMarks,
  displayName,
  footnoteView,
  formatValue,
  headerView,
  legendItems,
  pointNotes,
  tableHeaders,
  tablePage,
  tableRows,
  tooltipPlacement,
  tooltipView,
  TABLE_PAGE_SIZE,
  type ChartView,
  type ViewContext,
  type Words,
} from './view.js';

registerMessages(commonMessages, elementsMessages, spcChartMessages, spcMessages);

function words(tag = 'en-GB'): Words {
  return {
    tag,
    lang: tag.slice(0, 2),
    intlLocale: tag,
    t: (key, params) => translateRegistered(tag, key, params),
    number: (value, options) => formatNumber(tag, value, options),
  };
}

function context(options: Partial<ViewContext> = {}): ViewContext {
  const w = options.words ?? words();
  return {
    words: w,
    format: {
      number: (value, o) => formatNumber(w.tag, value, o),
      date: (value, o) => sdkDate(w.tag, value, o),
    },
    label: undefined,
    unit: undefined,
    ...options,
  };
}

function viewOf(input: MeasureInput): ChartView {
  const parsed = parseMeasureJson(input);
  if (!parsed.ok) throw new Error('bad fixture');
  const measure = parsed.value;
  return { measure, result: spcForMeasure(measure), origin: 'data', measureId: measure.id };
}

const alternating = (extra: Partial<MeasureInput> = {}): MeasureInput => ({
  id: 'alt',
  name: 'Waiting times',
  data: months(20).map((x, i) => ({ x, y: ALTERNATING[i] ?? null })),
  ...extra,
});

describe('spc-chart view-model', () => {
  it('names the chart by its label, else the measure, else "Chart"', () => {
    const view = viewOf(alternating());
    expect(displayName(view, context()).text).to.equal('Waiting times');
    expect(displayName(view, context({ label: ' Mine ' })).text).to.equal('Mine');
    const rows = { ...view, measure: { ...view.measure, id: 'data' }, measureId: undefined };
    expect(displayName(rows, context()).text).to.equal('Chart');
  });

  it('shows values with the measure decimals, and proportions as percentages', () => {
    const view = viewOf(alternating({ decimals: 1 }));
    expect(formatValue(view, context(), 11)).to.equal('11.0');
    expect(formatValue(view, context(), 11.04, 1)).to.equal('11.04');
    expect(formatValue(view, context(), null)).to.equal('');
    const p = viewOf({
      id: 'p',
      name: 'Proportion',
      chart: 'p',
      data: months(20).map((x, i) => ({ x, y: 5 + (i % 3), n: 50 })),
    });
    expect(formatValue(p, context(), 0.125)).to.equal('12.5%');
  });

  it('puts both icons in the header of an XmR chart with a target, none on a run chart', () => {
    const xmr = headerView(viewOf(alternating({ target: 12 })), context());
    expect(xmr.variation).to.equal('common-cause');
    expect(xmr.assurance).to.be.a('string');
    expect(xmr.target).to.contain('12');
    const run = headerView(viewOf(alternating({ chart: 'run' })), context());
    expect(run.variation).to.equal(undefined);
    expect(run.assurance).to.equal(undefined);
    expect(run.target).to.equal(undefined);
  });

  it('calls the centre a median on run charts in the legend and the table', () => {
    const view = viewOf(alternating({ chart: 'run' }));
    const model = buildModel(view.result);
    const centre = legendItems(view, model, words(), false).find((i) => i.key === 'centre');
    expect(centre?.text).to.match(/median/i);
    expect(centre?.glyph).to.deep.equal({ kind: 'line', class: 'centre median' });
    expect(tableHeaders(view, context(), model, false)).to.include(
      words().t('spcChart.col.median'),
    );
  });

  it('lists each kind of marker once in the legend, and the sigma lines only when drawn', () => {
    const view = viewOf(kindsMeasure('increase'));
    const model = buildModel(view.result);
    const keys = legendItems(view, model, words(), false).map((i) => i.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(keys).to.include.members(['values', 'centre', 'limits']);
    expect(keys).not.to.include('sigma');
    expect(legendItems(view, model, words(), true).map((i) => i.key)).to.include('sigma');
  });

  it('numbers annotations in date order and adds them to the notes of their points', () => {
    const view = viewOf(
      alternating({
        annotations: [
          { x: '2020-05-01', label: 'Second' },
          { x: '2020-02-01', label: 'First' },
        ],
      }),
    );
    const marks = annotationMarks(view.measure, 'en');
    expect(marks.map((a) => [a.number, a.label])).to.deep.equal([
      [1, 'First'],
      [2, 'Second'],
    ]);
    const notes = pointNotes(view, 'en');
    expect(notes[1]).to.equal('First');
    expect(notes[4]).to.equal('Second');
  });

  it('pages a long table and clamps a page past the end', () => {
    expect(tablePage(20, 0)).to.deep.equal({ page: 0, pages: 1, from: 0, to: 20, total: 20 });
    const long = tablePage(1234, 99);
    expect(long.pages).to.equal(Math.ceil(1234 / TABLE_PAGE_SIZE));
    expect(long.page).to.equal(long.pages - 1);
    expect(long.to).to.equal(1234);
  });

  it('gives a table row per point: date, value, centre, limits, signal and note', () => {
    const view = viewOf(alternating());
    const model = buildModel(view.result);
    const rows = tableRows(view, context(), model, 0, 2);
    expect(rows).to.have.length(2);
    expect(rows[0]?.[0]).to.equal('Jan 2020');
    expect(rows[0]?.[1]).to.equal('10');
    expect(rows[0]).to.have.length(7);
  });

  it('describes the point shown in the tooltip, and none without a value', () => {
    const view = viewOf(kindsMeasure('increase'));
    const model = buildModel(view.result);
    const tip = tooltipView(view, context(), model, 20);
    expect(tip?.date).to.contain('2021');
    expect(tip?.limits).to.be.a('string');
    expect(tooltipView(view, context(), model, 25)).to.equal(undefined);
  });

  it('opens the tooltip away from the edges of the plot', () => {
    expect(tooltipPlacement(10, 10, 100, 100).classes).to.equal('tooltip start below');
    expect(tooltipPlacement(90, 80, 100, 100).classes).to.equal('tooltip end ');
    expect(tooltipPlacement(50, 50, 200, 100)).to.deep.include({ left: 25, top: 50 });
  });

  it('names the chart type and the rule preset in the footnote', () => {
    const foot = footnoteView(viewOf(alternating()).result, words());
    expect(foot.sentence).to.match(/^[A-Z]/);
    expect(foot.warnings).to.be.an('array');
  });
});
