import { expect, waitUntil } from '@open-wc/testing';
import { describeSpcWarning, type MeasureInput } from '@qms-kit/sdk';
import {
  ALTERNATING,
  KNOWN,
  centreOf,
  chartOf,
  kindsMeasure,
  markers,
  months,
  pathXs,
  pathYs,
  plotArea,
  root,
  sample,
  svgOf,
  text,
  yPixel,
} from './fixtures.test.js';
import { QmsSpcChart } from './spc-chart.js';

const known = (extra: Partial<MeasureInput> = {}): MeasureInput => ({
  id: 'known',
  name: 'Known series',
  improvement: 'increase',
  target: 15,
  data: months(20).map((x, i) => ({ x, y: ALTERNATING[i] ?? 0 })),
  ...extra,
});

const near = (actual: number, expected: number, tolerance = 0.15) =>
  expect(actual).to.be.closeTo(expected, tolerance);

describe('<qms-spc-chart> drawing', () => {
  it('is registered by the define entry as QmsSpcChart', () => {
    expect(customElements.get('qms-spc-chart')).to.equal(QmsSpcChart);
    expect(customElements.get('qms-spc-icon')).to.not.equal(undefined);
  });

  it('reflects its default attributes', async () => {
    const el = await chartOf(undefined);
    expect(el.getAttribute('chart')).to.equal('xmr');
    expect(el.getAttribute('improvement')).to.equal('neutral');
    expect(el.getAttribute('rules')).to.equal('mdc');
  });

  describe('point types', () => {
    const expected = {
      increase: {
        20: ['improvement-high', 'triangle-up', 'improvement'],
        22: ['concern-low', 'diamond', 'concern'],
      },
      decrease: {
        20: ['concern-high', 'diamond', 'concern'],
        22: ['improvement-low', 'triangle-down', 'improvement'],
      },
      neutral: {
        20: ['neutral-high', 'square', 'neutral'],
        22: ['neutral-low', 'square', 'neutral'],
      },
    } as const;

    for (const improvement of ['increase', 'decrease', 'neutral'] as const) {
      it(`${improvement}: each point has the shape and colour class of its type`, async () => {
        const el = await chartOf(kindsMeasure(improvement));
        const byIndex = new Map(markers(el).map((m) => [Number(m.dataset.index), m]));
        for (const [index, [kind, shape, tone]] of Object.entries(expected[improvement])) {
          const marker = byIndex.get(Number(index))!;
          expect(marker.dataset.kind, `point ${index}`).to.equal(kind);
          expect(marker.classList.contains(shape), `${kind} is a ${shape}`).to.equal(true);
          expect(marker.classList.contains(tone)).to.equal(true);
        }
        const common = byIndex.get(0)!;
        expect(common.dataset.kind).to.equal('common-cause');
        expect(common.classList.contains('circle')).to.equal(true);
        // Colours come from the shared palette tokens.
        expect(getComputedStyle(common).fill).to.equal('rgb(166, 166, 166)');
        const ghost = byIndex.get(24)!;
        expect(ghost.dataset.kind).to.equal('ghost');
        expect(getComputedStyle(ghost).fill).to.equal('rgb(255, 255, 255)');
        // The missing value has no marker.
        expect(byIndex.has(25)).to.equal(false);
      });
    }

    it('special-cause colours follow the custom properties', async () => {
      const el = await chartOf(kindsMeasure('increase'));
      el.style.setProperty('--qms-colour-improvement', 'rgb(1, 2, 3)');
      const marker = markers(el).find((m) => m.dataset.kind === 'improvement-high')!;
      expect(getComputedStyle(marker).fill).to.equal('rgb(1, 2, 3)');
    });

    it('the legend names every kind drawn, each with its shape', async () => {
      const el = await chartOf(kindsMeasure('increase'));
      const legend = root(el).querySelector('[part="legend"]')!;
      const keys = [...legend.querySelectorAll('li')].map((li) => li.dataset.key);
      expect(keys).to.include.members([
        'common-cause',
        'improvement-high',
        'concern',
        'ghost',
        'centre',
        'limits',
      ]);
      const improvement = legend.querySelector('li[data-key="improvement-high"] path')!;
      expect(improvement.classList.contains('triangle-up')).to.equal(true);
      expect(text(legend)).to.contain('Improvement: higher values');
    });
  });

  describe('lines at the right pixel (value axis fixed 0–20)', () => {
    it('centre, limits and target', async () => {
      const el = await chartOf(known(), { 'y-min': '0', 'y-max': '20', 'show-sigma-lines': '' });
      const lines = root(el).querySelector('.partition')!;
      const centre = pathYs(lines.querySelector('.centre')!.getAttribute('d')!);
      expect(centre.length).to.be.greaterThan(1);
      for (const y of centre) near(y, yPixel(el, KNOWN.centre, 0, 20));
      const limits = pathYs(lines.querySelector('.limit')!.getAttribute('d')!);
      expect(limits).to.have.length(4);
      near(limits[0]!, yPixel(el, KNOWN.lower, 0, 20));
      near(limits[2]!, yPixel(el, KNOWN.upper, 0, 20));
      const near2 = pathYs(lines.querySelector('.sigma.near')!.getAttribute('d')!);
      near(near2[0]!, yPixel(el, KNOWN.lowerNear, 0, 20));
      near(near2[2]!, yPixel(el, KNOWN.upperNear, 0, 20));
      // 1σ is half-way to 2σ: 11 ± 1.773.
      const one = pathYs(lines.querySelector('.sigma.one')!.getAttribute('d')!);
      near(one[0]!, yPixel(el, 11 - 1.7733, 0, 20));
      const target = root(el).querySelector('line.target')!;
      near(Number(target.getAttribute('y1')), yPixel(el, 15, 0, 20));
    });

    it('the lines and points span the plot from the first to the last date', async () => {
      const el = await chartOf(known(), { 'y-min': '0', 'y-max': '20' });
      const area = plotArea(el);
      const xs = pathXs(root(el).querySelector('.centre')!.getAttribute('d')!);
      near(Math.min(...xs), area.x);
      near(Math.max(...xs), area.x + area.width);
      const all = markers(el);
      expect(all).to.have.length(20);
      const first = centreOf(all[0]!);
      near(first.x, area.x, 0.3);
      near(first.y, yPixel(el, 10, 0, 20), 0.3);
      near(centreOf(all[19]!).x, area.x + area.width, 0.3);
      near(centreOf(all[1]!).y, yPixel(el, 12, 0, 20), 0.3);
    });

    it('sigma lines are drawn only with show-sigma-lines', async () => {
      const el = await chartOf(known());
      expect(root(el).querySelector('.partition .sigma')).to.equal(null);
      el.showSigmaLines = true;
      await el.updateComplete;
      expect(root(el).querySelectorAll('.partition .sigma')).to.have.length(2);
      expect(root(el).querySelector('.legend [data-key="sigma"]')).to.not.equal(null);
    });
  });

  describe('partitions, ghosts and gaps', () => {
    it('a rebase draws each partition separately, with a marker between them', async () => {
      const measure = sample('pu');
      measure.rebase = ['2024-07-01'];
      const el = await chartOf(measure);
      const result = el.result!;
      expect(result.partitions).to.have.length(2);
      const partitions = root(el).querySelectorAll('.partition');
      expect(partitions).to.have.length(2);
      const [a, b] = [...partitions].map((p) =>
        pathXs(p.querySelector('.centre')!.getAttribute('d')!),
      );
      // Separate segments: the first ends before the second begins.
      expect(Math.max(...a!)).to.be.lessThan(Math.min(...b!));
      const marker = root(el).querySelector('.rebase')!;
      const x = Number(marker.querySelector('line')!.getAttribute('x1'));
      expect(x)
        .to.be.greaterThan(Math.max(...a!))
        .and.lessThan(Math.min(...b!));
      expect(text(marker)).to.equal('Limits recalculated');
      // The value line breaks at the rebase too (two sub-paths).
      const values = root(el).querySelector('path.values')!.getAttribute('d')!;
      expect(values.match(/M/g)).to.have.length(2);
    });

    it('ghosts are hollow and left off the line; a missing value breaks it', async () => {
      const el = await chartOf(kindsMeasure('increase'));
      const ghost = markers(el).find((m) => m.dataset.index === '24')!;
      const { x } = centreOf(ghost);
      const values = root(el).querySelector('path.values')!.getAttribute('d')!;
      // The line has no vertex at the ghost's x…
      expect(pathXs(values).some((vx) => Math.abs(vx - x) < 0.2)).to.equal(false);
      // …and breaks once, at the missing value (index 25): two sub-paths.
      expect(values.match(/M/g)).to.have.length(2);
      expect(getComputedStyle(ghost).strokeWidth).to.equal('1.5px');
    });
  });

  describe('chart types', () => {
    it('a run chart draws the median and no limits', async () => {
      const measure = sample('falls');
      measure.chart = 'run';
      const el = await chartOf(measure);
      expect(root(el).querySelector('.centre.median')).to.not.equal(null);
      expect(root(el).querySelector('.limit')).to.equal(null);
      expect(root(el).querySelector('.legend [data-key="limits"]')).to.equal(null);
      expect(text(root(el).querySelector('.legend'))).to.contain('Median');
      expect(root(el).querySelector('qms-spc-icon')).to.equal(null);
    });

    it('a p chart draws per-point limits as steps and shows percentages', async () => {
      const data = months(24).map((x, i) => {
        const n = 50 + ((i * 37) % 120);
        return { x, y: Math.round(n * 0.8), n };
      });
      const el = await chartOf({ id: 'p', name: 'Screened', chart: 'p', data });
      const limit = root(el).querySelector('.limit')!.getAttribute('d')!;
      // Many distinct levels: one per denominator, joined by vertical steps.
      expect(new Set(pathYs(limit)).size).to.be.greaterThan(10);
      const ticks = [...root(el).querySelectorAll('.axis-y text')].map((t) => t.textContent);
      expect(ticks.every((t) => t!.endsWith('%'))).to.equal(true);
      expect(text(root(el).querySelector('tbody tr td'))).to.match(/%$/);
    });

    for (const chart of ['mr', 'c', 'g', 't'] as const) {
      it(`draws a ${chart} chart of the falls data`, async () => {
        const measure = sample('falls');
        measure.chart = chart;
        if (chart === 'c' || chart === 'g' || chart === 't') {
          measure.data = measure.data.map((d) => ({ ...d, y: Math.round((d.y ?? 0) * 3) }));
        }
        const el = await chartOf(measure);
        expect(root(el).querySelector('[role="alert"]'), chart).to.equal(null);
        expect(markers(el).length, chart).to.be.greaterThan(30);
      });
    }
  });

  describe('header, annotations and footnote', () => {
    it('shows the name, unit, target, icons and the rule preset', async () => {
      const el = await chartOf(sample('sepsis'));
      const header = root(el).querySelector('[part="header"]')!;
      expect(text(header.querySelector('[part="title"]'))).to.equal(
        'Sepsis screening completed within 1 hour of trigger',
      );
      expect(text(header)).to.contain('Unit: %').and.contain('Target: 90.0%');
      const icons = header.querySelectorAll('qms-spc-icon');
      expect([...icons].map((i) => i.getAttribute('value'))).to.deep.equal([
        'improvement-high',
        'hit-or-miss',
      ]);
      const footnote = text(root(el).querySelector('[part="footnote"]'));
      expect(footnote).to.contain('XmR chart').and.contain('Making Data Count (NHS England, 2024)');
    });

    it('annotations are numbered marks on the time axis with a list of labels', async () => {
      const measure = sample('pu');
      measure.annotations = [
        { x: '2024-06-01', label: 'New SSKIN bundle' },
        { x: '2023-01-01', label: { en: 'Winter pressures', cy: 'Pwysau’r gaeaf' } },
      ];
      const el = await chartOf(measure);
      const marks = root(el).querySelectorAll('.annotation-marks .annotation');
      expect(marks).to.have.length(2);
      expect([...marks].map((m) => text(m))).to.deep.equal(['1', '2']);
      const items = [...root(el).querySelectorAll('[part="annotations"] li')].map(text);
      expect(items).to.deep.equal(['Jan 2023: Winter pressures', 'Jun 2024: New SSKIN bundle']);
      const xs = [...marks].map((m) => Number(m.querySelector('line')!.getAttribute('x1')));
      expect(xs[0]).to.be.lessThan(xs[1]!);
    });

    it("names the engine warnings in the chart's language", async () => {
      const measure = sample('pu');
      measure.rebase = ['2024-07-01'];
      const el = await chartOf(measure);
      const note = () => root(el).querySelector('.notes li')!;
      // A short last partition keeps its limits under MDC SQL v2.6, with a warning (12 points).
      expect(note().getAttribute('data-code')).to.equal('trial-limits');
      expect(text(note())).to.equal(el.result!.warnings[0]!.message);
      el.lang = 'cy';
      await waitUntil(() => text(note()) !== el.result!.warnings[0]!.message, 'reworded in Welsh');
      expect(note().hasAttribute('lang')).to.equal(false);
      expect(text(note())).to.equal(describeSpcWarning(el.result!.warnings[0]!, 'cy'));
      expect(text(note())).to.match(/^Dim ond \d+ pwynt y gellir eu defnyddio sydd gan raniad 2/);
    });
  });

  describe('size', () => {
    it('fills its container and redraws when resized', async () => {
      const el = await chartOf(sample('falls'));
      const wrapper = el.parentElement!;
      const before = svgOf(el).getAttribute('viewBox');
      expect(before).to.match(/^0 0 800 /);
      wrapper.style.width = '400px';
      await waitUntil(
        () => svgOf(el).getAttribute('viewBox')?.startsWith('0 0 400 '),
        'redrawn at 400px',
      );
      expect(svgOf(el).getBoundingClientRect().width).to.be.closeTo(400, 1);
    });

    it('is readable at 320 px: compact margins and fewer ticks', async () => {
      const wide = await chartOf(sample('falls'));
      const narrow = await chartOf(sample('falls'), {}, 320);
      const ticks = (el: QmsSpcChart) => root(el).querySelectorAll('.axis-x text').length;
      expect(ticks(narrow)).to.be.lessThan(ticks(wide));
      expect(ticks(narrow)).to.be.greaterThan(1);
      expect(plotArea(narrow).x).to.be.lessThan(plotArea(wide).x + 1);
      // Tick labels do not overlap.
      const boxes = [...root(narrow).querySelectorAll<SVGTextElement>('.axis-x text')].map((t) =>
        t.getBBox(),
      );
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.x).to.be.greaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);
      }
    });
  });
});
