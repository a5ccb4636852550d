// Shared fixtures and helpers of the <qms-spc-chart> tests (with a few checks of their own).
import { expect, fixture, html } from '@open-wc/testing';
import type { MeasureInput } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/spc-chart.js';
import type { QmsSpcChart } from './spc-chart.js';

export const fixtureUrl = (name: string) =>
  new URL(`../test/fixtures/${name}`, import.meta.url).href;

/** `n` month starts from January 2020. */
export function months(n: number, startYear = 2020): string[] {
  return Array.from(
    { length: n },
    (_, i) => `${startYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  );
}

/** 20 points alternating 10 and 12: mean 11, MRbar 2, limits 5.68 and 16.32, 2σ 7.453 and 14.547. */
export const ALTERNATING = Array.from({ length: 20 }, (_, i) => (i % 2 ? 12 : 10));
export const KNOWN = {
  centre: 11,
  lower: 5.68,
  upper: 16.32,
  lowerNear: 7.4533,
  upperNear: 14.5467,
};

/**
 * A measure with every kind of point once the limits are fixed on the first 20: a spike above
 * the upper limit (index 20), one below the lower (22), a ghost (24) and a missing value (25).
 */
export function kindsMeasure(improvement: 'increase' | 'decrease' | 'neutral'): MeasureInput {
  const ys: (number | null)[] = [...ALTERNATING, 30, 11, -8, 11, 11, null, 10];
  return {
    id: `kinds-${improvement}`,
    name: `Every kind (${improvement})`,
    improvement,
    baseline: 20,
    data: months(ys.length).map((x, i) => ({
      x,
      y: ys[i] ?? null,
      ...(i === 24 ? { ghost: true } : {}),
    })),
  };
}

/** A sample measure (DOMAIN.md §9), copied so a test may change it. */
export function sample(id: string): MeasureInput {
  const measure = sampleDataset.measures.find((m) => m.id === id);
  if (!measure) throw new Error(`no sample measure ${id}`);
  return structuredClone(measure);
}

/** A chart 800 px wide (or `width`), with `measure` set, drawn. */
export async function chartOf(
  measure: MeasureInput | undefined,
  attributes: Record<string, string> = {},
  width = 800,
): Promise<QmsSpcChart> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><qms-spc-chart></qms-spc-chart></div>`,
  );
  const el = wrapper.querySelector('qms-spc-chart')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (measure) el.measure = measure;
  await el.updateComplete;
  return el;
}

export const root = (el: QmsSpcChart) => el.shadowRoot!;
export const svgOf = (el: QmsSpcChart) => root(el).querySelector<SVGSVGElement>('svg.chart')!;

/** The plot area in SVG user units. */
export function plotArea(el: QmsSpcChart) {
  const rect = root(el).querySelector('rect.plot-area')!;
  const n = (name: string) => Number(rect.getAttribute(name));
  return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
}

/** The pixel of `value` on a value axis fixed from `min` to `max`. */
export function yPixel(el: QmsSpcChart, value: number, min: number, max: number): number {
  const area = plotArea(el);
  return area.y + (area.height * (max - value)) / (max - min);
}

/** Every y coordinate of an absolute path (M/L/H/V commands as d3 writes them). */
export function pathYs(d: string): number[] {
  const ys: number[] = [];
  for (const [, x, y] of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g))
    if (x !== undefined) ys.push(Number(y));
  return ys;
}

/** Every x coordinate of an absolute path. */
export function pathXs(d: string): number[] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
}

/** The centre of a drawn marker, in SVG units. */
export function centreOf(path: SVGGraphicsElement): { x: number; y: number } {
  const box = path.getBBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export const markers = (el: QmsSpcChart) => [
  ...root(el).querySelectorAll<SVGPathElement>('.points path[data-index]'),
];

export const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<qms-spc-chart> test fixtures', () => {
  it('the kinds measure has its spikes where the tests expect them', () => {
    const m = kindsMeasure('increase');
    expect(m.data[20]?.y).to.equal(30);
    expect(m.data[22]?.y).to.equal(-8);
    expect(m.data[24]?.ghost).to.equal(true);
    expect(m.data[25]?.y).to.equal(null);
  });

  it('sample measures are copies', () => {
    const a = sample('pu');
    a.data[0]!.y = 99;
    expect(sample('pu').data[0]!.y).to.not.equal(99);
  });
});
