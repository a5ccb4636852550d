import { expect, fixture, html } from '@open-wc/testing';
import { QmsErrorEvent } from './index.js';

describe('QmsErrorEvent', () => {
  it('is a qms-error CustomEvent that bubbles and leaves shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);

    const seen: QmsErrorEvent[] = [];
    // Typed through GlobalEventHandlersEventMap: no cast needed to read detail.
    outer.addEventListener('qms-error', (e) => seen.push(e));
    const problems = [{ where: 'value', message: 'is wrong' }];
    inner.dispatchEvent(new QmsErrorEvent({ problems, source: 'attribute' }));

    expect(seen).to.have.length(1);
    const event = seen[0]!;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.type).to.equal('qms-error').and.equal(QmsErrorEvent.eventName);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.detail).to.deep.equal({ problems, source: 'attribute' });
    // Retargeted to the shadow host outside the shadow root.
    expect(event.target).to.equal(host);
  });
});
