// Its own file: a CSP added to the page cannot be taken away again.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { chartOf, root, sample, text } from './fixtures.test.js';

describe('<qms-spc-chart> PNG export under a strict CSP', () => {
  it('PNG export works before the policy, so the failure below is the policy', async () => {
    const el = await chartOf(sample('falls'));
    const png = await el.toPng();
    expect(png.type).to.equal('image/png');
  });

  it('when img-src does not allow blob:, the chart says so and fires qms-error', async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "img-src 'self' data:";
    document.head.append(meta);
    const el = await chartOf(sample('falls'));
    const unhandled: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const fired = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      root(el).querySelector<HTMLButtonElement>('button.download-png')!.click();
      const event = await fired;
      expect(event.detail.problems[0]!.message).to.contain('img-src blob:');
      await waitUntil(() => root(el).querySelector('.toolbar [role="alert"]'), 'no alert');
      const alert = root(el).querySelector('.toolbar [role="alert"]');
      expect(text(alert)).to.contain('Content Security Policy');
      expect(text(alert)).to.contain('Download the SVG instead');
      // The chart is still there, and the SVG export still works.
      expect(root(el).querySelector('svg.chart')).to.not.equal(null);
      expect(el.toSvg()).to.contain('<svg');
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
