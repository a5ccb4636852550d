import { expect, oneEvent } from '@open-wc/testing';
import type { QmsPointSelectEvent } from '../internal/events/qms-point-select.js';
import {
  centreOf,
  chartOf,
  kindsMeasure,
  markers,
  root,
  sample,
  svgOf,
  text,
} from './fixtures.test.js';
import type { QmsSpcChart } from './spc-chart.js';

async function press(el: QmsSpcChart, key: string, target: Element = svgOf(el)) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
  );
  await el.updateComplete;
}

const tooltip = (el: QmsSpcChart) => root(el).querySelector('[part="tooltip"]');
const live = (el: QmsSpcChart) => text(root(el).querySelector('[aria-live="polite"]'));
const focusRing = (el: QmsSpcChart) => root(el).querySelector('.focus .ring');

async function focusPlot(el: QmsSpcChart) {
  svgOf(el).focus();
  await el.updateComplete;
}

describe('<qms-spc-chart> keyboard and pointer', () => {
  it('the plot is one tab stop with an accessible name, description and keyboard help', async () => {
    const el = await chartOf(sample('sepsis'));
    const svg = svgOf(el);
    expect(svg.getAttribute('tabindex')).to.equal('0');
    const focusables = root(el).querySelectorAll('svg [tabindex], svg a, svg button');
    expect(focusables).to.have.length(0);
    const name = root(el).getElementById(svg.getAttribute('aria-labelledby')!);
    expect(text(name)).to.equal('Sepsis screening completed within 1 hour of trigger');
    const [desc, help] = svg.getAttribute('aria-describedby')!.split(' ');
    expect(text(root(el).getElementById(desc!))).to.contain('Special cause of an improving nature');
    expect(text(root(el).getElementById(help!))).to.contain('arrow keys');
  });

  it('focus shows the last point; arrows, Home, End and Page keys walk the points', async () => {
    const el = await chartOf(sample('sepsis'));
    await focusPlot(el);
    expect(root(el).activeElement).to.equal(svgOf(el));
    expect(tooltip(el)).to.not.equal(null);
    expect(text(tooltip(el)))
      .to.contain('March 2025')
      .and.contain('Value: 91.0%');
    expect(text(tooltip(el))).to.contain('Special cause of an improving nature');
    expect(live(el)).to.match(/^Point 36 of 36\. March 2025\. Value: 91\.0%\./);
    expect(focusRing(el)).to.not.equal(null);

    await press(el, 'ArrowLeft');
    expect(live(el)).to.match(/^Point 35 of 36\. February 2025/);
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowRight');
    expect(live(el)).to.match(/^Point 35 of 36/);
    await press(el, 'Home');
    expect(live(el)).to.match(
      /^Point 1 of 36\. April 2022\. Value: 86\.7%\. Common cause variation\./,
    );
    expect(text(tooltip(el))).to.contain('April 2022');
    await press(el, 'ArrowLeft');
    expect(live(el)).to.match(/^Point 1 of 36/);
    await press(el, 'PageDown');
    expect(live(el)).to.match(/^Point 11 of 36/);
    await press(el, 'PageUp');
    expect(live(el)).to.match(/^Point 1 of 36/);
    await press(el, 'End');
    expect(live(el)).to.match(/^Point 36 of 36/);

    // The focus ring sits on the focused point.
    const last = markers(el).find((m) => m.dataset.index === '35')!;
    const ring = focusRing(el)!;
    expect(Number(ring.getAttribute('cx'))).to.be.closeTo(centreOf(last).x, 0.5);
  });

  it('skips missing values', async () => {
    const el = await chartOf(kindsMeasure('increase'));
    await focusPlot(el);
    // Last point is index 26; 25 is missing.
    await press(el, 'ArrowLeft');
    expect(live(el)).to.contain('Point 25 of 26');
    expect(text(tooltip(el))).to.contain('Excluded from the calculations');
  });

  it('Escape hides the tooltip, then leaves the plot', async () => {
    const el = await chartOf(sample('sepsis'));
    await focusPlot(el);
    await press(el, 'Escape');
    expect(tooltip(el)).to.equal(null);
    expect(focusRing(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(svgOf(el));
    await press(el, 'ArrowLeft');
    expect(tooltip(el)).to.not.equal(null);
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(root(el).activeElement).to.equal(null);
  });

  it('Enter and Space select the focused point: qms-point-select with its detail', async () => {
    const el = await chartOf(sample('sepsis'));
    await focusPlot(el);
    await press(el, 'Home');
    let fired = oneEvent(el, 'qms-point-select');
    await press(el, 'Enter');
    let event: QmsPointSelectEvent = await fired;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.detail.measureId).to.equal('sepsis');
    expect(event.detail.point.index).to.equal(0);
    expect(event.detail.point.y).to.equal(86.7);
    expect(event.detail.point.type).to.equal('common-cause');
    expect(event.detail.description).to.match(/^Point 1 of 36\. April 2022\. Value: 86\.7%/);

    await press(el, 'End');
    fired = oneEvent(el, 'qms-point-select');
    await press(el, ' ');
    event = await fired;
    expect(event.detail.point.index).to.equal(35);
    expect(event.detail.point.signals).to.include('trend');
    expect(event.detail.description).to.contain('rising trend');
  });

  it('a click on a point selects it and shows its tooltip', async () => {
    const el = await chartOf(sample('sepsis'));
    const marker = markers(el).find((m) => m.dataset.index === '9')!;
    const fired = oneEvent(el, 'qms-point-select');
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event: QmsPointSelectEvent = await fired;
    expect(event.detail.point.index).to.equal(9);
    expect(event.detail.point.y).to.equal(83.9);
    await el.updateComplete;
    expect(text(tooltip(el))).to.contain('January 2023');
  });

  it('hovering shows the nearest point; the tooltip stays while hovered and Escape dismisses it', async () => {
    const el = await chartOf(sample('sepsis'));
    const svg = svgOf(el);
    const marker = markers(el).find((m) => m.dataset.index === '20')!;
    const box = marker.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    svg.dispatchEvent(new PointerEvent('pointermove', { ...at, bubbles: true }));
    await el.updateComplete;
    expect(text(tooltip(el))).to.contain('December 2023');
    // Moving onto the tooltip keeps it (WCAG 1.4.13 hoverable).
    svg.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: tooltip(el) }));
    await el.updateComplete;
    expect(tooltip(el)).to.not.equal(null);
    // Escape anywhere dismisses it without moving the pointer or focus.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    // Leaving the chart hides it.
    svg.dispatchEvent(new PointerEvent('pointermove', { ...at, bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.not.equal(null);
    svg.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: document.body }));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('blur hides the tooltip', async () => {
    const el = await chartOf(sample('sepsis'));
    await focusPlot(el);
    svgOf(el).blur();
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });
});
