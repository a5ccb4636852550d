import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { cy, describeSpc } from '@qms-kit/sdk';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import {
  chartOf,
  fixtureUrl,
  kindsMeasure,
  months,
  root,
  sample,
  svgOf,
  text,
} from './fixtures.test.js';
import type { QmsSpcChart } from './spc-chart.js';

describe('<qms-spc-chart> accessibility', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('axe finds nothing', () => {
    it('default', async () => {
      await expectNoAxeViolations(await chartOf(sample('sepsis')));
    });

    it('every kind of point, sigma lines and annotations', async () => {
      const measure = kindsMeasure('increase');
      measure.annotations = [{ x: '2020-06-01', label: 'Change' }];
      await expectNoAxeViolations(await chartOf(measure, { 'show-sigma-lines': '' }));
    });

    it('rebased', async () => {
      const measure = sample('pu');
      measure.rebase = ['2024-07-01'];
      await expectNoAxeViolations(await chartOf(measure));
    });

    it('table open', async () => {
      await expectNoAxeViolations(await chartOf(sample('falls'), { 'table-open': '' }));
    });

    it('focused, with the tooltip', async () => {
      const el = await chartOf(sample('falls'));
      svgOf(el).focus();
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });

    it('error', async () => {
      const el = await chartOf(undefined, { chart: 'pie' });
      el.measure = sample('falls');
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
      await expectNoAxeViolations(el);
    });

    it('loading', async () => {
      const el = await chartOf(undefined);
      el.src = fixtureUrl('spc-measure.json');
      await el.updateComplete;
      expect(root(el).querySelector('[role="status"]')).to.not.equal(null);
      await expectNoAxeViolations(el);
    });

    it('empty', async () => {
      await expectNoAxeViolations(await chartOf(undefined));
    });

    it('Welsh', async () => {
      await expectNoAxeViolations(
        await chartOf(sample('sepsis'), { lang: 'cy', 'table-open': '' }),
      );
    });

    it('run chart', async () => {
      const measure = sample('emadm');
      measure.chart = 'run';
      await expectNoAxeViolations(await chartOf(measure));
    });

    it('p chart, 320 px wide', async () => {
      const data = months(24).map((x, i) => ({ x, y: 40 + (i % 5), n: 50 }));
      await expectNoAxeViolations(
        await chartOf({ id: 'p', name: 'Screened', chart: 'p', data }, {}, 320),
      );
    });

    it('a long, thinned series with a paged table', async () => {
      const start = Date.UTC(2001, 0, 1);
      const data = Array.from({ length: 3_000 }, (_, i) => ({
        x: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
        y: 50 + ((i * 37) % 11),
      }));
      await expectNoAxeViolations(
        await chartOf({ id: 'long', name: 'Long', data }, { 'table-open': '' }),
      );
    });
  });

  it('buttons are at least 24 × 24 px', async () => {
    const el = await chartOf(sample('falls'));
    for (const button of root(el).querySelectorAll<HTMLElement>('.toolbar button')) {
      const box = button.getBoundingClientRect();
      expect(box.width, text(button)).to.be.at.least(24);
      expect(box.height, text(button)).to.be.at.least(24);
    }
  });

  it('forced colours and reduced motion have their own rules', async () => {
    const el = await chartOf(sample('falls'));
    const css = (el.constructor as typeof QmsSpcChart).styles;
    const all = (Array.isArray(css) ? css : [css]).map((s) => String(s)).join('\n');
    expect(all).to.contain('forced-colors: active');
    expect(all).to.contain('prefers-reduced-motion: reduce');
    expect(all).to.contain('@media print');
  });

  describe('Welsh', () => {
    it('labels, dates, the description and the measure name in Welsh', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="cy" style="width: 800px">
          <qms-spc-chart src=${fixtureUrl('spc-measure.json')}></qms-spc-chart>
        </div>`,
      );
      const el = wrapper.querySelector('qms-spc-chart')!;
      await waitUntil(() => el.result !== undefined, 'loaded');
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="title"]'))).to.equal(
        'Sgrinio sepsis o fewn awr i’r sbardun',
      );
      expect(text(root(el).querySelector('.table-toggle'))).to.equal(cy['spcChart.table.show']);
      const firstDate = text(root(el).querySelector('tbody th'));
      // Abbreviated as full ICU (CLDR) abbreviates it, in every browser.
      expect(firstDate).to.equal('Ebr 2022');
      expect([...root(el).querySelectorAll('thead th')].map(text)).to.include('Cymedr');
      expect(text(root(el).querySelector('desc'))).to.equal(
        describeSpc(el.result!, 'cy', { unit: '%', decimals: 1 }),
      );
      expect(text(root(el).querySelector('[part="footnote"]'))).to.contain('Siart XmR');
      expect(text(root(el).querySelector('[part="annotations"]'))).to.contain(
        'Medi 2024: Ail-lansio’r bwndel sepsis',
      );
      const ticks = [...root(el).querySelectorAll('.axis-x text')].map(text);
      expect(ticks.some((t) => /Ion|Gorff|Ebr|Hyd/.test(t))).to.equal(true);
      svgOf(el).focus();
      await el.updateComplete;
      expect(text(root(el).querySelector('[aria-live="polite"]'))).to.match(
        /^Pwynt 36 o 36\. Mawrth 2025\. Gwerth: 91\.0%/,
      );
    });

    it('follows a language change at runtime', async () => {
      const el = await chartOf(sample('falls'));
      expect(text(root(el).querySelector('.table-toggle'))).to.equal('Show data table');
      document.documentElement.lang = 'cy';
      await afterLangChange(el);
      expect(text(root(el).querySelector('.table-toggle'))).to.equal('Dangos y tabl data');
      expect(text(root(el).querySelector('tbody th'))).to.equal('Ebr 2022');
    });

    it('an English-only measure name is marked as English inside a Welsh chart', async () => {
      const el = await chartOf({ ...sample('falls') }, { lang: 'cy' });
      const title = root(el).querySelector('[part="title"]')!;
      expect(title.getAttribute('lang')).to.equal('en');
    });
  });
});
