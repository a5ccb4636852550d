import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../test/send-keys.js';
import { cy, en, frameworkPresets, type Framework, type Measure } from '@qms-kit/sdk';
import { sampleDataset, sampleMeasures } from '@qms-kit/sdk/sample';
import '../define/steeep-scorecard.js';
import type { QmsDomainSelectEvent } from '../internal/events/qms-domain-select.js';
import type { QmsMeasureSelectEvent } from '../internal/events/qms-measure-select.js';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import { QmsSteeepScorecard } from './steeep-scorecard.js';

const $ = <T extends Element = HTMLElement>(el: QmsSteeepScorecard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: QmsSteeepScorecard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const tile = (el: QmsSteeepScorecard, id: string) => $(el, `[part~="tile"][data-domain="${id}"]`)!;
const tileIds = (el: QmsSteeepScorecard, kind: string) =>
  $$(el, `[part="band"][data-kind="${kind}"] [part~="tile"]`).map((t) => t.dataset.domain);
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const counts = (el: QmsSteeepScorecard, id: string) =>
  Object.fromEntries(
    [...tile(el, id).querySelectorAll<HTMLElement>('.count')].map((c) => [
      c.dataset.group,
      text(c.querySelector('.visually-hidden')),
    ]),
  );
const disclosure = (el: QmsSteeepScorecard, id: string) =>
  tile(el, id).querySelector<HTMLButtonElement>('button.disclosure')!;
const rowIds = (el: QmsSteeepScorecard, id: string) =>
  [...tile(el, id).querySelectorAll<HTMLElement>('tbody tr[data-measure]')].map(
    (r) => r.dataset.measure,
  );

async function card(framework?: string, measures: Measure[] = sampleMeasures) {
  return fixture<QmsSteeepScorecard>(
    html`<qms-steeep-scorecard
      .measures=${measures}
      framework=${framework ?? ''}
    ></qms-steeep-scorecard>`,
  );
}

describe('<qms-steeep-scorecard>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is registered by the define entry', () => {
    expect(customElements.get('qms-steeep-scorecard')).to.equal(QmsSteeepScorecard);
    expect(customElements.get('qms-spc-icon')).to.not.equal(undefined);
  });

  describe('rendering the sample under every framework preset', () => {
    it('steeep (default): six tiles, concern-first, Workforce measure unassigned', async () => {
      const el = await fixture<QmsSteeepScorecard>(
        html`<qms-steeep-scorecard .measures=${sampleMeasures}></qms-steeep-scorecard>`,
      );
      expect(tileIds(el, 'domain')).to.deep.equal([
        'safe',
        'timely',
        'person-centred',
        'effective',
        'efficient',
        'equitable',
      ]);
      expect(tileIds(el, 'enabler')).to.deep.equal([]);
      expect(tileIds(el, 'unassigned')).to.deep.equal(['unassigned']);
      expect(text(tile(el, 'safe').querySelector('.tile-name'))).to.equal('Safe');
      expect(text(tile(el, 'safe').querySelector('.tile-count'))).to.equal('3 measures');
      expect(counts(el, 'safe')).to.deep.equal({
        concern: '1 measure with special cause variation of a concerning nature',
        improvement: '1 measure with special cause variation of an improving nature',
        'common-cause': '1 measure with common cause variation only',
        'hit-or-miss': '2 measures that will not consistently pass or fail their target',
        'no-target': '1 measure without a target',
      });
      // Visible short counts sit beside an icon, hidden from AT in favour of the sentence.
      const concern = tile(el, 'safe').querySelector('.count[data-group="concern"]')!;
      expect(text(concern.querySelector('span[aria-hidden="true"]'))).to.equal('1 concern');
      expect(concern.querySelector('qms-spc-icon')!.getAttribute('value')).to.equal('concern-high');
      // Flags in text, not colour alone.
      expect(text(tile(el, 'safe').querySelector('.flags'))).to.contain('Concern present');
      expect(text(tile(el, 'timely').querySelector('.flags'))).to.contain('Failing target');
      expect(tile(el, 'effective').querySelector('.flags')).to.equal(null);
      // Equitable counts nothing but lists its tagged measure.
      expect(text(tile(el, 'equitable').querySelector('.tile-count'))).to.equal('No measures');
      expect(tile(el, 'equitable').querySelector('button')).to.equal(null);
      expect(text(tile(el, 'equitable').querySelector('.tagged-note'))).to.contain(
        'Welsh-speaking inpatients',
      );
      expect(text(tile(el, 'unassigned').querySelector('.tile-name'))).to.equal(
        'Unassigned measures',
      );
      await expectNoAxeViolations(el);
    });

    it('wales-hcqs-2023: the six enablers as a second band, Workforce first', async () => {
      const el = await card('wales-hcqs-2023');
      expect(tileIds(el, 'domain')).to.have.length(6);
      expect(tileIds(el, 'enabler')).to.deep.equal([
        'workforce',
        'leadership',
        'culture-valuing-people',
        'information',
        'learning-improvement-research',
        'whole-systems-approach',
      ]);
      expect(tileIds(el, 'unassigned')).to.deep.equal([]);
      const bands = $$(el, '.band-heading').map(text);
      expect(bands).to.deep.equal(['Domains', 'Enablers']);
      expect(counts(el, 'workforce')).to.have.keys('concern', 'fail');
      await expectNoAxeViolations(el);
    });

    it('cqc-5kq: measures placed through the crosswalk, with a note saying so', async () => {
      const el = await card('cqc-5kq');
      expect(tileIds(el, 'domain')).to.have.members([
        'safe',
        'effective',
        'caring',
        'responsive',
        'well-led',
      ]);
      disclosure(el, 'caring').click();
      await el.updateComplete;
      expect(rowIds(el, 'caring')).to.deep.equal(['px', 'active']);
      expect(
        text(tile(el, 'caring').querySelector('tr[data-measure="px"] .row-note:last-of-type')),
      ).to.contain('Placed here from “Person-centred” through the framework crosswalk');
      await expectNoAxeViolations(el);
    });

    it('nhse-3part: access, value and workforce measures shown as not in this framework', async () => {
      const el = await card('nhse-3part');
      expect(tileIds(el, 'domain')).to.have.members(['safe', 'effective', 'positive-experience']);
      disclosure(el, 'unassigned').click();
      await el.updateComplete;
      expect(rowIds(el, 'unassigned')).to.deep.equal(['ed4h', 'sick', 'emadm']);
      expect(text(tile(el, 'unassigned').querySelector('tr[data-measure="sick"] th'))).to.contain(
        'Domain in the data: “Workforce”',
      );
      expect(text($$(el, '.band-heading').at(-1))).to.equal('Not in this framework');
      await expectNoAxeViolations(el);
    });

    it('a custom Framework object as a property', async () => {
      const custom: Framework = {
        id: 'icb',
        version: '1',
        name: 'ICB themes',
        domains: [
          { id: 'safe', label: 'Patient safety', order: 1, kind: 'domain' },
          { id: 'culture', label: 'Culture and climate', order: 2, kind: 'enabler' },
        ],
      };
      const el = await fixture<QmsSteeepScorecard>(
        html`<qms-steeep-scorecard
          .measures=${sampleMeasures}
          .framework=${custom}
        ></qms-steeep-scorecard>`,
      );
      expect(tileIds(el, 'domain')).to.deep.equal(['safe']);
      expect(tileIds(el, 'enabler')).to.deep.equal(['culture']);
      expect(text($(el, '.framework-name'))).to.equal('ICB themes');
    });

    it('takes the dataset’s framework from slotted JSON, and says the data is synthetic', async () => {
      const el = await fixture<QmsSteeepScorecard>(
        html`<qms-steeep-scorecard>
          <script type="application/json">
            ${JSON.stringify(sampleDataset)}
          </script>
        </qms-steeep-scorecard>`,
      );
      expect($(el, '.scorecard')!.dataset.framework).to.equal('wales-hcqs-2023');
      expect(text($(el, '.synthetic'))).to.equal(en['common.synthetic']);
    });

    it('reads { measures, framework } from src', async () => {
      const url = URL.createObjectURL(
        new Blob([JSON.stringify({ measures: sampleMeasures, framework: 'cqc-5kq' })], {
          type: 'application/json',
        }),
      );
      const el = await fixture<QmsSteeepScorecard>(
        html`<qms-steeep-scorecard src=${url}></qms-steeep-scorecard>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect($(el, '.scorecard')!.dataset.framework).to.equal('cqc-5kq');
      URL.revokeObjectURL(url);
    });

    it('an empty framework attribute means the default', async () => {
      const el = await card('');
      expect($(el, '[role="alert"]')).to.equal(null);
      expect($(el, '.scorecard')!.dataset.framework).to.equal('steeep');
    });

    it('order="framework" keeps framework order', async () => {
      const el = await card('steeep');
      el.order = 'framework';
      await el.updateComplete;
      expect(tileIds(el, 'domain')).to.deep.equal(frameworkPresets.steeep.domains.map((d) => d.id));
    });
  });

  describe('tile disclosure and the summary table', () => {
    it('opens and closes by keyboard, fires qms-domain-select, shows an IQPR table', async () => {
      const el = await card('wales-hcqs-2023');
      const button = disclosure(el, 'safe');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(tile(el, 'safe').querySelector('table')).to.equal(null);
      button.focus();
      const fired = oneEvent(el, 'qms-domain-select');
      await sendKeys({ press: 'Enter' });
      const event: QmsDomainSelectEvent = await fired;
      expect(event.detail).to.deep.equal({
        domainId: 'safe',
        frameworkId: 'wales-hcqs-2023',
        kind: 'domain',
        expanded: true,
      });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.expanded).to.deep.equal(['safe']);
      const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(false);
      const table = panel.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Measures in Safe');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal([
        'Measure',
        'Period',
        'Latest',
        'Target',
        'Variation',
        'Assurance',
        'Mean',
        'Lower limit',
        'Upper limit',
        'Trend',
      ]);
      const pu = [...table.querySelectorAll('tr[data-measure="pu"] > *')].map(text);
      expect(pu[1]).to.equal('Mar 2025');
      expect(pu.slice(2, 4)).to.deep.equal(['0.54', '0.60']);
      expect(pu.slice(6, 9)).to.deep.equal(['0.85', '0.59', '1.11']);
      expect(pu[9]).to.contain('36 points from Apr 2022 to Mar 2025; lowest 0.41, highest 1.16');
      const icons = table.querySelectorAll('tr[data-measure="pu"] qms-spc-icon');
      expect(icons[0]!.getAttribute('value')).to.equal('improvement-low');
      expect(icons[1]!.getAttribute('value')).to.equal('hit-or-miss');
      expect(
        table.querySelector('tr[data-measure="meds"] td:nth-of-type(3)')!.textContent,
      ).to.contain(en['scorecard.noValue']);
      const spark = table.querySelector('tr[data-measure="pu"] svg.spark')!;
      expect(spark.getAttribute('aria-hidden')).to.equal('true');
      expect(spark.querySelector('path')!.getAttribute('d')).to.match(/^M/);
      expect(tile(el, 'safe').hasAttribute('data-expanded')).to.equal(true);
      await expectNoAxeViolations(el);

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.expanded).to.deep.equal([]);
    });

    it('the expanded attribute opens tiles', async () => {
      const el = await fixture<QmsSteeepScorecard>(
        html`<qms-steeep-scorecard
          .measures=${sampleMeasures}
          expanded="safe effective"
        ></qms-steeep-scorecard>`,
      );
      expect($$(el, 'table')).to.have.length(2);
    });

    it('sorts by keyboard with aria-sort on the column header', async () => {
      const el = await card('steeep');
      el.expanded = ['safe'];
      await el.updateComplete;
      expect(rowIds(el, 'safe')).to.deep.equal(['falls', 'pu', 'meds']);
      const header = (key: string) =>
        tile(el, 'safe').querySelector<HTMLElement>(`th:has(> button[data-key="${key}"])`)!;
      const button = header('latest').querySelector('button')!;
      expect(header('latest').getAttribute('aria-sort')).to.equal('none');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header('latest').getAttribute('aria-sort')).to.equal('ascending');
      expect(rowIds(el, 'safe')).to.deep.equal(['pu', 'meds', 'falls']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(header('latest').getAttribute('aria-sort')).to.equal('descending');
      expect(rowIds(el, 'safe')).to.deep.equal(['falls', 'meds', 'pu']);
      // Focus stays on the sort button.
      expect(el.shadowRoot!.activeElement).to.equal(button);
      header('variation').querySelector('button')!.click();
      await el.updateComplete;
      expect(rowIds(el, 'safe')).to.deep.equal(['meds', 'pu', 'falls']);
      expect(header('latest').getAttribute('aria-sort')).to.equal('none');
      await expectNoAxeViolations(el);
    });

    it('choosing a measure fires qms-measure-select with the measure', async () => {
      const el = await card('steeep');
      el.expanded = ['timely'];
      await el.updateComplete;
      const link = tile(el, 'timely').querySelector<HTMLButtonElement>('[part="measure"]')!;
      expect(link.hasAttribute('aria-expanded')).to.equal(false);
      link.focus();
      const fired = oneEvent(el, 'qms-measure-select');
      await sendKeys({ press: 'Enter' });
      const event: QmsMeasureSelectEvent = await fired;
      expect(event.detail.measureId).to.equal('ed4h');
      expect(event.detail.measure).to.deep.equal(sampleMeasures.find((m) => m.id === 'ed4h'));
      expect(event.detail.domainId).to.equal('timely');
      expect(event.cancelable).to.equal(true);
      expect(tile(el, 'timely').querySelector('.chart-row')).to.equal(null);
    });

    it('detail="inline" opens the SPC chart below the row, unless the host cancels', async () => {
      const el = await card('steeep');
      el.detail = 'inline';
      el.expanded = ['timely'];
      await el.updateComplete;
      const link = tile(el, 'timely').querySelector<HTMLButtonElement>('[part="measure"]')!;
      expect(link.getAttribute('aria-expanded')).to.equal('false');
      link.click();
      await el.updateComplete;
      expect(link.getAttribute('aria-expanded')).to.equal('true');
      const chart = tile(el, 'timely').querySelector('.chart-row qms-spc-chart') as
        (HTMLElement & { measure: unknown }) | null;
      expect(chart).to.not.equal(null);
      expect(chart!.measure).to.deep.equal(sampleMeasures.find((m) => m.id === 'ed4h'));
      link.click();
      await el.updateComplete;
      expect(tile(el, 'timely').querySelector('.chart-row')).to.equal(null);
      const veto = (e: Event) => e.preventDefault();
      el.addEventListener('qms-measure-select', veto);
      link.click();
      await el.updateComplete;
      expect(tile(el, 'timely').querySelector('.chart-row')).to.equal(null);
      el.removeEventListener('qms-measure-select', veto);
    });
  });

  describe('Welsh', () => {
    it('labels tiles, counts and the table in Welsh; axe clean', async () => {
      const wrapper = await fixture(
        html`<div lang="cy">
          <qms-steeep-scorecard
            .measures=${sampleMeasures}
            framework="wales-hcqs-2023"
            expanded="safe"
          ></qms-steeep-scorecard>
        </div>`,
      );
      const el = wrapper.querySelector('qms-steeep-scorecard')!;
      await el.updateComplete;
      expect(text(tile(el, 'safe').querySelector('.tile-name'))).to.equal('Diogel');
      expect(text(tile(el, 'safe').querySelector('.tile-count'))).to.equal('3 mesur');
      expect($$(el, '.band-heading').map(text)).to.deep.equal([
        cy['framework.kind.domain'],
        cy['framework.kind.enabler'],
      ]);
      expect(text(tile(el, 'safe').querySelector('caption'))).to.equal('Mesurau: Diogel');
      expect(text(tile(el, 'safe').querySelector('tr[data-measure="pu"] td'))).to.equal('Maw 2025');
      // The trend names its months as a range: no "i Maw 2025", which would need a mutation.
      const trend = text(tile(el, 'safe').querySelector('tr[data-measure="pu"] .visually-hidden'));
      expect(trend).to.match(/^\d+ pwynt \(\S+ \d{4}–Maw 2025\); isaf /);
      // English-only measure names are marked as English.
      expect(
        tile(el, 'safe')
          .querySelector('tr[data-measure="pu"] [part="measure"] span')!
          .getAttribute('lang'),
      ).to.equal('en');
      await expectNoAxeViolations(el);
    });

    it('switches language at runtime and keeps open tiles and sort order', async () => {
      const el = await card('steeep');
      el.expanded = ['safe'];
      await el.updateComplete;
      tile(el, 'safe').querySelector<HTMLButtonElement>('button[data-key="latest"]')!.click();
      await el.updateComplete;
      document.documentElement.lang = 'cy';
      await afterLangChange(el);
      expect(text(tile(el, 'safe').querySelector('.tile-name'))).to.equal('Diogel');
      expect(rowIds(el, 'safe')).to.deep.equal(['pu', 'meds', 'falls']);
      expect(tile(el, 'safe').querySelector('table')).to.not.equal(null);
    });
  });

  describe('empty, error and narrow states', () => {
    it('no measures: the empty state, axe clean', async () => {
      const el = await card('steeep', []);
      expect(text($(el, '[part="status"]'))).to.equal(en['common.empty']);
      await expectNoAxeViolations(el);
    });

    it('bad measures: a readable alert naming the path, and qms-error', async () => {
      const el = document.createElement('qms-steeep-scorecard');
      el.measures = [{ id: 'x', name: 'X', data: [{ x: 'not a date', y: 1 }] }];
      const fired = oneEvent(el, 'qms-error');
      document.body.append(el);
      try {
        const event: QmsErrorEvent = await fired;
        expect(event.detail.source).to.equal('data');
        await el.updateComplete;
        const alert = $(el, '[role="alert"]')!;
        expect(text(alert)).to.contain('[0].data[0].x');
        await expectNoAxeViolations(el);
      } finally {
        el.remove();
      }
    });

    it('an unknown framework or rules preset: a readable alert from the attribute', async () => {
      const el = await card('steep');
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('the framework attribute');
      expect(text(alert)).to.contain('"steep" is not one of: steeep, wales-hcqs-2023');
      el.framework = 'steeep';
      el.rules = 'western-electric';
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('the rules attribute');
      el.rules = 'nhsr';
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      await expectNoAxeViolations(el);
    });

    it('an invalid custom framework names what is wrong', async () => {
      const el = await card('steeep');
      el.framework = { id: 'x', version: '1', name: 'X', domains: [] } as unknown as Framework;
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('the framework property');
    });

    it('at 320px the tiles stack in one column; axe clean with a tile open', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <qms-steeep-scorecard
            .measures=${sampleMeasures}
            framework="wales-hcqs-2023"
            expanded="safe"
          ></qms-steeep-scorecard>
        </div>`,
      );
      const el = wrapper.querySelector('qms-steeep-scorecard')!;
      await el.updateComplete;
      const lefts = new Set(
        $$(el, '[part="band"][data-kind="domain"] [part~="tile"]').map(
          (t) => t.getBoundingClientRect().left,
        ),
      );
      expect(lefts.size).to.equal(1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const button = disclosure(el, 'timely').getBoundingClientRect();
      expect(button.height).to.be.at.least(24);
      await expectNoAxeViolations(el);
    });
  });
});
