import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { MeasureInput } from '@qms-kit/sdk';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { months, root, text } from './fixtures.test.js';
import type { QmsSpcChart } from './spc-chart.js';

// The defect's 20 monthly points: no pattern in date order, a rising line when listed by value.
const VALUES = [10, 12, 9, 11, 10, 13, 8, 11, 10, 12, 9, 10, 11, 9, 12, 10, 11, 9, 10, 12];
const DATED = months(VALUES.length).map((x, i) => ({ x, y: VALUES[i] ?? 0 }));
const BY_VALUE = DATED.slice().sort((a, b) => a.y - b.y || (a.x < b.x ? -1 : 1));

const measureOf = (data: typeof DATED): MeasureInput => ({
  id: 'order',
  name: 'Order',
  improvement: 'increase',
  data,
});

const summary = (el: QmsSpcChart) => text(root(el).querySelector('#plot-desc'));
const variationIcon = (el: QmsSpcChart) =>
  root(el).querySelector('qms-spc-icon[kind="variation"]')?.getAttribute('value');
const notes = (el: QmsSpcChart) =>
  [...root(el).querySelectorAll('.notes li')].map((li) => li.getAttribute('data-code'));
const alert = (el: QmsSpcChart) => root(el).querySelector('[role="alert"]');

async function chartWith(set: (el: QmsSpcChart) => void): Promise<QmsSpcChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 600px"><qms-spc-chart improvement="increase"></qms-spc-chart></div>`,
  );
  const el = wrapper.querySelector('qms-spc-chart')!;
  set(el);
  await el.updateComplete;
  return el;
}

async function slotted(measure: MeasureInput): Promise<QmsSpcChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 600px">
      <qms-spc-chart
        ><script type="application/json">
          ${JSON.stringify(measure)}
        </script></qms-spc-chart
      >
    </div>`,
  );
  const el = wrapper.querySelector('qms-spc-chart')!;
  await el.updateComplete;
  return el;
}

/** A chart not yet in the page, so its first qms-error can be awaited. */
async function errorOf(setup: (el: QmsSpcChart) => void): Promise<[QmsSpcChart, QmsErrorEvent]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('qms-spc-chart');
  setup(el);
  const fired = oneEvent(el, 'qms-error');
  wrapper.append(el);
  const event = await fired;
  await el.updateComplete;
  return [el, event];
}

describe('<qms-spc-chart> reads time series in date order', () => {
  it('shuffled measure property: the date-order summary and verdict, and the sorted note', async () => {
    const dated = await chartWith((el) => (el.measure = measureOf(DATED)));
    const shuffled = await chartWith((el) => (el.measure = measureOf(BY_VALUE)));
    expect(dated.result?.variation).to.equal('common-cause');
    expect(shuffled.result?.variation).to.equal('common-cause');
    expect(variationIcon(shuffled)).to.equal('common-cause');
    expect(summary(shuffled)).to.equal(summary(dated));
    expect(summary(shuffled)).to.not.equal('');
    expect(notes(dated)).to.not.include('data-sorted');
    expect(notes(shuffled)).to.include('data-sorted');
    expect(text(root(shuffled).querySelector('.notes li[data-code="data-sorted"]'))).to.contain(
      'not in date order',
    );
  });

  it('shuffled data property: the same verdict as in date order', async () => {
    const dated = await chartWith((el) => (el.data = DATED));
    const shuffled = await chartWith((el) => (el.data = BY_VALUE));
    expect(shuffled.result?.variation).to.equal(dated.result?.variation);
    expect(summary(shuffled)).to.equal(summary(dated));
    expect(notes(shuffled)).to.include('data-sorted');
  });

  it('shuffled slotted JSON: the date-order summary and the sorted note', async () => {
    const dated = await slotted(measureOf(DATED));
    const shuffled = await slotted(measureOf(BY_VALUE));
    expect(shuffled.result?.variation).to.equal('common-cause');
    expect(summary(shuffled)).to.equal(summary(dated));
    expect(notes(shuffled)).to.include('data-sorted');
  });

  it('the sorted note is worded in Welsh on a Welsh page', async () => {
    const el = await chartWith((e) => {
      e.lang = 'cy';
      e.measure = measureOf(BY_VALUE);
    });
    expect(text(root(el).querySelector('.notes li[data-code="data-sorted"]'))).to.contain(
      'nhrefn dyddiad',
    );
  });

  it('a note stays with its own row’s date when the rows are shuffled', async () => {
    const noted = BY_VALUE.map((p) => (p.x === DATED[3]!.x ? { ...p, note: 'Audit month' } : p));
    const el = await chartWith((e) => (e.measure = measureOf(noted)));
    const rows = [...root(el).querySelectorAll('table tbody tr')];
    const row = rows.find((r) => text(r).includes('Audit month'));
    expect(rows.indexOf(row!)).to.equal(3);
  });

  it('a repeated date in a measure: an alert naming both rows, and qms-error', async () => {
    const data = [...DATED.slice(0, 5), { x: DATED[2]!.x, y: 99 }];
    const [el, event] = await errorOf((e) => (e.measure = measureOf(data)));
    expect(event.detail.problems.map((p) => p.where)).to.deep.equal(['data[5].x']);
    expect(alert(el)).to.not.equal(null);
    expect(text(alert(el))).to.contain(`data[5].x: ${DATED[2]!.x} is also the date of data[2]`);
  });

  it('a repeated date in the data property and in slotted JSON is refused too', async () => {
    const data = [{ x: DATED[1]!.x, y: 1 }, ...DATED.slice(0, 4)];
    const [el, event] = await errorOf((e) => (e.data = data));
    expect(event.detail.problems[0]?.where).to.equal('data[2].x');
    expect(text(alert(el))).to.contain('is also the date of data[0]');

    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const chart = document.createElement('qms-spc-chart');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(measureOf(data));
    chart.append(script);
    const fired = oneEvent(chart, 'qms-error');
    wrapper.append(chart);
    const slottedEvent = await fired;
    await chart.updateComplete;
    expect(slottedEvent.detail.problems[0]?.where).to.equal('data[2].x');
    expect(text(alert(chart))).to.contain('is also the date of data[0]');
  });
});
