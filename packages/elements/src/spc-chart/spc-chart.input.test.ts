import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import {
  ALTERNATING,
  chartOf,
  fixtureUrl,
  markers,
  months,
  root,
  sample,
  svgOf,
  text,
} from './fixtures.test.js';
import type { QmsSpcChart } from './spc-chart.js';

const alert = (el: QmsSpcChart) => root(el).querySelector('[role="alert"]');
const title = (el: QmsSpcChart) => text(root(el).querySelector('[part="title"]'));

/** A chart not yet in the page, so the first qms-error can be awaited. */
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

describe('<qms-spc-chart> input', () => {
  describe('sources', () => {
    it('a measure property (object or JSON text)', async () => {
      const el = await chartOf(sample('pu'));
      expect(title(el)).to.contain('pressure ulcers');
      expect(el.result?.variation).to.equal('improvement-low');
      el.measure = JSON.stringify(sample('falls'));
      await el.updateComplete;
      expect(title(el)).to.contain('Inpatient falls');
      expect(el.result?.variation).to.equal('common-cause');
      expect(el.result?.assurance).to.equal('hit-or-miss');
    });

    it('data points with chart, improvement, target, rules, unit and label attributes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px">
          <qms-spc-chart
            improvement="decrease"
            target="12"
            rules="nhsr"
            unit="days"
            label="Length of stay"
            measure-id="los"
          ></qms-spc-chart>
        </div>`,
      );
      const el = wrapper.querySelector('qms-spc-chart')!;
      el.data = sample('falls').data;
      await el.updateComplete;
      expect(title(el)).to.equal('Length of stay');
      expect(text(root(el).querySelector('.subtitle'))).to.contain('Unit: days');
      const result = el.result!;
      expect(result.improvement).to.equal('decrease');
      expect(result.target).to.equal(12);
      expect(result.rules.preset).to.equal('nhsr');
      expect(text(root(el).querySelector('[part="footnote"]'))).to.contain('NHSRplotthedots');
      el.chart = 'run';
      await el.updateComplete;
      expect(el.result!.chart).to.equal('run');
      expect(root(el).querySelector('.centre.median')).to.not.equal(null);
    });

    it('data without a label is called "Chart"', async () => {
      const el = await chartOf(undefined);
      el.data = months(20).map((x, i) => ({ x, y: ALTERNATING[i] ?? 0 }));
      await el.updateComplete;
      expect(title(el)).to.equal('Chart');
      expect(text(root(el).querySelector('svg title'))).to.equal('Chart');
    });

    it('a measure in a child <script type="application/json">', async () => {
      const json = JSON.stringify(sample('sick'));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px">
          <qms-spc-chart
            ><script type="application/json">
              ${json}
            </script></qms-spc-chart
          >
        </div>`,
      );
      const el = wrapper.querySelector('qms-spc-chart')!;
      await el.updateComplete;
      expect(title(el)).to.equal('Staff sickness absence');
      expect(el.result?.variation).to.equal('concern-high');
    });

    it('a JSON measure from src, with loading first', async () => {
      const el = await chartOf(undefined);
      el.src = fixtureUrl('spc-measure.json');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading…');
      await waitUntil(() => title(el) !== '', 'loaded');
      expect(title(el)).to.equal('Sepsis screening completed within 1 hour of trigger');
      expect(markers(el)).to.have.length(36);
    });

    it('a CSV from src: the first measure, or the one named by measure-id, with the attributes', async () => {
      const el = await chartOf(undefined, { chart: 'p', improvement: 'increase' });
      el.src = fixtureUrl('spc-measures.csv');
      await waitUntil(() => el.result !== undefined, 'CSV loaded');
      expect(title(el)).to.equal('screened');
      expect(el.result!.chart).to.equal('p');
      expect(el.result!.points[0]!.n).to.equal(400);
      el.measureId = 'falls';
      el.chart = 'xmr';
      el.improvement = 'decrease';
      el.target = 5.5;
      await el.updateComplete;
      expect(title(el)).to.equal('falls');
      expect(el.result!.points[0]!.y).to.equal(5.5);
      expect(el.result!.assurance).to.equal('hit-or-miss');
    });

    it('a missing measure-id in a CSV is a readable error', async () => {
      const [el, event] = await errorOf((e) => {
        e.setAttribute('measure-id', 'nope');
        e.src = fixtureUrl('spc-measures.csv');
      });
      expect(event.detail.source).to.equal('src');
      expect(text(alert(el)))
        .to.contain('the measure-id attribute')
        .and.contain('screened, falls');
    });

    it('a src that is not found shows the status in an alert and fires qms-error', async () => {
      const [el, event] = await errorOf((e) => (e.src = fixtureUrl('spc-missing.json')));
      expect(event.detail.source).to.equal('src');
      expect(event.detail.problems[0]!.message).to.contain('404');
      expect(text(alert(el))).to.contain('404');
    });

    it('a pending fetch is aborted when the element leaves the page, and resumed on return', async () => {
      const el = await chartOf(undefined);
      const wrapper = el.parentElement!;
      el.src = fixtureUrl('spc-measure.json');
      await el.updateComplete;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alert(el)).to.equal(null);
      wrapper.append(el);
      await waitUntil(() => el.result !== undefined, 'loaded after return');
    });
  });

  describe('bad input', () => {
    it('a bad measure: an alert naming the field, and qms-error from data', async () => {
      const [el, event] = await errorOf(
        (e) =>
          (e.measure = {
            id: 'bad',
            name: 'Bad',
            data: [
              { x: '2024-01-01', y: 'lots' as unknown as number },
              { x: '2024-02-30', y: 3 },
            ],
          }),
      );
      expect(event.detail.source).to.equal('data');
      expect(event.detail.problems.map((p) => p.where)).to.deep.equal(['data[0].y', 'data[1].x']);
      expect(text(alert(el))).to.contain('data[0].y: must be a number');
      expect(svgOf(el)).to.equal(null);
    });

    it('a bad measure from src', async () => {
      const [el, event] = await errorOf((e) => (e.src = fixtureUrl('spc-wrong-shape.json')));
      expect(event.detail.source).to.equal('src');
      expect(text(alert(el))).to.contain('data[0].y');
    });

    it('bad rows in data', async () => {
      const [el] = await errorOf((e) => (e.data = [{ x: 'yesterday', y: 3 }]));
      expect(text(alert(el))).to.contain('data[0].x');
    });

    it('a zero denominator is refused', async () => {
      const [el] = await errorOf((e) => {
        e.setAttribute('chart', 'p');
        e.data = [{ x: '2024-01-01', y: 0, n: 0 }];
      });
      expect(text(alert(el)))
        .to.contain('data[0].n')
        .and.contain('greater than 0');
    });

    it('problems found by the SPC engine (p chart without denominators, y > n)', async () => {
      const [el, event] = await errorOf((e) => {
        e.measure = {
          id: 'p',
          name: 'p',
          chart: 'p',
          data: [
            { x: '2024-01-01', y: 5 },
            { x: '2024-02-01', y: 12, n: 10 },
          ],
        };
      });
      expect(event.detail.source).to.equal('data');
      const where = event.detail.problems.map((p) => p.where);
      expect(where).to.include('data[0].n');
      expect(text(alert(el))).to.contain('data[0].n');
    });

    for (const [name, value, expected] of [
      ['chart', 'pie', '"pie" is not one of: run, xmr'],
      ['improvement', 'up', '"up" is not one of: increase, decrease, neutral'],
      ['rules', 'western-electric', '"western-electric" is not one of: mdc'],
      ['target', 'ninety', '"ninety" is not a number'],
      ['y-max', 'top', '"top" is not a number'],
    ] as const) {
      it(`a bad ${name} attribute is named in an alert and fires qms-error`, async () => {
        const [el, event] = await errorOf((e) => {
          e.setAttribute(name, value);
          e.measure = sample('falls');
        });
        expect(event.detail.source).to.equal('attribute');
        expect(event.detail.problems[0]!.where).to.equal(`the ${name} attribute`);
        expect(text(alert(el))).to.contain(expected);
      });
    }

    it("on a Welsh page, its own problems are Welsh and the SDK's are marked as English", async () => {
      const [el, event] = await errorOf((e) => {
        e.lang = 'cy';
        e.setAttribute('chart', 'pie');
        e.data = [{ x: 'yesterday', y: 3 }];
      });
      expect(event.detail.problems.map((p) => p.lang)).to.deep.equal(['cy']);
      const lines = () =>
        [...alert(el)!.querySelectorAll('li')].map((li) => li.getAttribute('lang'));
      expect(lines()).to.deep.equal(['cy']);
      el.setAttribute('chart', 'xmr');
      await waitUntil(() => alert(el)?.textContent?.includes('data[0].x'));
      expect(lines()).to.deep.equal(['en']);
    });

    it('good input after bad input clears the error', async () => {
      const [el] = await errorOf((e) => e.setAttribute('chart', 'pie'));
      el.measure = sample('falls');
      el.setAttribute('chart', 'xmr');
      await el.updateComplete;
      expect(alert(el)).to.equal(null);
      expect(markers(el)).to.have.length(36);
    });
  });

  describe('empty', () => {
    it('nothing supplied, or no points, shows "No data to show."', async () => {
      const el = await chartOf(undefined);
      expect(text(root(el).querySelector('[part="status"]'))).to.equal('No data to show.');
      el.data = [];
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="status"]'))).to.equal('No data to show.');
    });
  });
});
