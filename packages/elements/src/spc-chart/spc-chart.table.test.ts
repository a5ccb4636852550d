import { expect } from '@open-wc/testing';
import { describePoint } from '@qms-kit/sdk';
import { CSV_COLUMNS } from './export.js';
import { chartOf, kindsMeasure, root, sample, svgOf, text } from './fixtures.test.js';
import type { QmsSpcChart } from './spc-chart.js';

const table = (el: QmsSpcChart) => root(el).querySelector('table')!;
const bodyRows = (el: QmsSpcChart) => [...table(el).querySelectorAll('tbody tr')];
const toggle = (el: QmsSpcChart) => root(el).querySelector<HTMLButtonElement>('.table-toggle')!;
const area = (el: QmsSpcChart) => root(el).querySelector('.table-area')!;

/** `n` daily points with a level shift half-way, so some points are special cause. */
function longSeries(n: number) {
  const start = Date.UTC(2000, 0, 1);
  return {
    id: 'long',
    name: 'Long series',
    improvement: 'increase' as const,
    data: Array.from({ length: n }, (_, i) => ({
      x: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      y: (i < n / 2 ? 100 : 104) + ((i * 7919) % 13) - 6,
    })),
  };
}

describe('<qms-spc-chart> data table', () => {
  it('has a row per point: date, value, centre, limits and the signal in words', async () => {
    const el = await chartOf(sample('sepsis'));
    const result = el.result!;
    const rows = bodyRows(el);
    expect(rows).to.have.length(36);
    const headers = [...table(el).querySelectorAll('thead th')].map(text);
    expect(headers).to.deep.equal([
      'Date',
      'Value (%)',
      'Mean',
      'Lower process limit',
      'Upper process limit',
      'Signal',
    ]);
    const cells = (i: number) => [...rows[i]!.querySelectorAll('th, td')].map(text);
    expect(cells(0)).to.deep.equal([
      'Apr 2022',
      '86.7',
      '86.48',
      '82.58',
      '90.38',
      'Common cause variation.',
    ]);
    expect(rows[0]!.querySelector('th')!.getAttribute('scope')).to.equal('row');
    for (let i = 0; i < 36; i++) {
      expect(cells(i)[5], `row ${i}`).to.equal(describePoint(result.points[i]!, result, 'en'));
    }
    expect(cells(35)[5]).to.contain('Special cause of an improving nature');
    expect(text(table(el).querySelector('caption'))).to.equal(
      'Data for Sepsis screening completed within 1 hour of trigger',
    );
  });

  it('names missing and excluded points and lists notes and annotations', async () => {
    const measure = kindsMeasure('increase');
    measure.data[3]!.note = 'Data collection audit';
    measure.annotations = [{ x: measure.data[10]!.x, label: 'New process' }];
    const el = await chartOf(measure);
    const rows = bodyRows(el);
    expect(rows).to.have.length(27);
    const cells = (i: number) => [...rows[i]!.querySelectorAll('th, td')].map(text);
    expect(cells(24)).to.include('Excluded from the calculations.');
    expect(cells(25)[1]).to.equal('');
    expect(cells(25)).to.include('No value.');
    expect(cells(3).at(-1)).to.equal('Data collection audit');
    expect(cells(10).at(-1)).to.equal('New process');
  });

  it('is always in the accessibility tree; the button shows it (aria-expanded)', async () => {
    const el = await chartOf(sample('falls'));
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('table-region');
    expect(area(el).classList.contains('collapsed')).to.equal(true);
    // Visually hidden, not display: none.
    expect(getComputedStyle(table(el)).display).to.equal('table');
    expect(area(el).getBoundingClientRect().height).to.be.lessThan(2);
    toggle(el).click();
    await el.updateComplete;
    expect(el.tableOpen).to.equal(true);
    expect(el.hasAttribute('table-open')).to.equal(true);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle(el))).to.equal('Hide data table');
    expect(area(el).getBoundingClientRect().height).to.be.greaterThan(100);
    expect(root(el).getElementById('table-region')!.getAttribute('tabindex')).to.equal('0');
  });

  it('a long series pages through the table, 100 rows at a time', async () => {
    const el = await chartOf(longSeries(1_234));
    el.tableOpen = true;
    await el.updateComplete;
    expect(bodyRows(el)).to.have.length(100);
    const pager = root(el).querySelector('.pager')!;
    expect(text(pager.querySelector('.pager-status'))).to.equal('Rows 1 to 100 of 1,234');
    const next = pager.querySelector<HTMLButtonElement>('.next')!;
    const previous = pager.querySelector<HTMLButtonElement>('.previous')!;
    expect(previous.disabled).to.equal(true);
    next.click();
    await el.updateComplete;
    expect(text(bodyRows(el)[0]!.querySelector('th'))).to.equal('10 Apr 2000');
    for (let i = 0; i < 11; i++) {
      next.click();
      await el.updateComplete;
    }
    expect(bodyRows(el)).to.have.length(34);
    expect(next.disabled).to.equal(true);
    expect(text(pager.querySelector('.pager-status'))).to.equal('Rows 1,201 to 1,234 of 1,234');
  });

  it('collapsed, the pager buttons are out of the tab order', async () => {
    const el = await chartOf(longSeries(600));
    const next = root(el).querySelector<HTMLButtonElement>('.pager .next')!;
    expect(next.getAttribute('tabindex')).to.equal('-1');
    el.tableOpen = true;
    await el.updateComplete;
    expect(next.getAttribute('tabindex')).to.equal('0');
  });
});

describe('<qms-spc-chart> export', () => {
  it('CSV: a header and one row per point, with limits and signals', async () => {
    const el = await chartOf(sample('sepsis'));
    const csv = el.toCsv();
    // A byte-order mark first, as the tracker's CSV, so Excel reads Welsh letters as UTF-8.
    expect(csv.startsWith('\ufeff')).to.equal(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
    expect(lines).to.have.length(37);
    expect(lines[1]).to.match(/^2022-04-01,86\.7,,86\.48\d*,82\.58\d*,90\.37\d*,/);
    expect(lines[1]).to.contain(',1,false,common-cause,,,');
    expect(lines[36]).to.match(/^2025-03-01,91,/);
    expect(lines[36]).to.contain(',improvement,high,');
    expect(lines[36]).to.match(/trend/);
  });

  it('CSV has every row of a long series, although the drawing is thinned', async () => {
    const el = await chartOf(longSeries(25_000));
    expect(root(el).querySelector('.points.decimated')).to.not.equal(null);
    const lines = el.toCsv().trimEnd().split('\r\n');
    expect(lines).to.have.length(25_001);
    expect(lines[25_000]).to.match(/^2068-06-11,/);
  });

  it('CSV marks ghosts, leaves missing values empty and defuses formulas in notes', async () => {
    const measure = kindsMeasure('increase');
    measure.data[2]!.note = '=HYPERLINK("http://example.com")';
    const el = await chartOf(measure);
    const lines = el.toCsv().trimEnd().split('\r\n');
    expect(lines[25]).to.contain(',true,common-cause,');
    expect(lines[26]!.split(',')[1]).to.equal('');
    expect(lines[3]).to.match(/,"'=HYPERLINK\(""http:\/\/example\.com""\)"$/);
  });

  it('CSV defuses every formula trigger in notes and keeps negative numbers as numbers', async () => {
    const measure = kindsMeasure('increase');
    const notes = ['+SUM(A1)', '-2+3', '@cmd', '\tx', '\u00a0 =1', '\uff1dA1', '-3.5'];
    notes.forEach((note, i) => (measure.data[i]!.note = note));
    const el = await chartOf(measure);
    const lines = el.toCsv().slice(1).trimEnd().split('\r\n');
    const noteCells = notes.map((_, i) => lines[i + 1]!.split(',').slice(13).join(','));
    expect(noteCells).to.deep.equal([
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\tx",
      "'\u00a0 =1",
      "'\uff1dA1",
      '-3.5',
    ]);
  });

  it('SVG: a standalone document with colours inlined and no focus layer', async () => {
    const el = await chartOf(kindsMeasure('increase'));
    svgOf(el).focus();
    await el.updateComplete;
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const svg = doc.documentElement;
    expect(svg.localName).to.equal('svg');
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(svg.getAttribute('width')).to.equal('800');
    expect(svg.hasAttribute('tabindex')).to.equal(false);
    expect(doc.querySelector('title')!.textContent).to.equal('Every kind (increase)');
    expect(doc.querySelector('.focus')).to.equal(null);
    const improvement = doc.querySelector('path[data-kind="improvement-high"]')!;
    expect(improvement.getAttribute('fill')).to.equal('rgb(0, 176, 240)');
    expect(doc.querySelector('path.values')!.getAttribute('fill')).to.equal('none');
    expect(doc.querySelectorAll('path[data-index]')).to.have.length(26);
  });

  it('PNG: the SVG drawn on a canvas', async () => {
    const el = await chartOf(sample('falls'));
    const png = await el.toPng();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(1600);
  });

  it('the toolbar buttons have full accessible names around their short labels', async () => {
    const el = await chartOf(sample('falls'));
    const csv = root(el).querySelector('.download-csv')!;
    expect(text(csv)).to.equal('CSV');
    expect(csv.getAttribute('aria-label')).to.equal('Download the data as CSV');
  });
});
