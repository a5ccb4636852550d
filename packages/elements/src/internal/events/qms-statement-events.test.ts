import { expect, fixture, html } from '@open-wc/testing';
import { sampleStatements } from '@qms-kit/sdk/sample';
import { QmsStatementBeforeChangeEvent } from './qms-statement-before-change.js';
import { QmsStatementChangeEvent } from './qms-statement-change.js';

const before = sampleStatements[0]!;
const after = { ...before, iStatement: { en: 'I am listened to.' } };

describe('statement events', () => {
  it('qms-statement-before-change is cancelable, bubbles and leaves shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const seen: QmsStatementBeforeChangeEvent[] = [];
    outer.addEventListener('qms-statement-before-change', (e) => seen.push(e));

    const event = new QmsStatementBeforeChangeEvent({ before, after });
    inner.dispatchEvent(event);
    expect(seen).to.have.length(1);
    expect(event.type).to.equal(QmsStatementBeforeChangeEvent.eventName);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(event.detail.before).to.deep.equal(before);
    expect(event.detail.after).to.deep.equal(after);
    expect(event.target).to.equal(host);
  });

  it('qms-statement-before-change carries deep-frozen copies, never the card’s own objects', () => {
    const own = structuredClone(after);
    const event = new QmsStatementBeforeChangeEvent({ before, after: own });
    expect(event.detail.after).to.not.equal(own);
    expect(Object.isFrozen(event.detail.after)).to.equal(true);
    expect(Object.isFrozen(event.detail.after.iStatement)).to.equal(true);
    expect(Object.isFrozen(event.detail.after.evidence[0])).to.equal(true);
    expect(() => {
      (event.detail.after as { iStatement: unknown }).iStatement = 'Changed';
    }).to.throw(TypeError);
    expect(own.iStatement).to.deep.equal({ en: 'I am listened to.' });
    // The reason stays writable: it is how a listener explains a veto.
    event.veto('Not yet');
    expect(event.detail.reason).to.equal('Not yet');
  });

  it('veto(reason) cancels and records the reason; preventDefault alone leaves it unset', () => {
    const vetoed = new QmsStatementBeforeChangeEvent({ before, after });
    vetoed.veto('The Board has not agreed this wording yet.');
    expect(vetoed.defaultPrevented).to.equal(true);
    expect(vetoed.detail.reason).to.equal('The Board has not agreed this wording yet.');

    const prevented = new QmsStatementBeforeChangeEvent({ before, after });
    prevented.preventDefault();
    expect(prevented.defaultPrevented).to.equal(true);
    expect(prevented.detail.reason).to.equal(undefined);
  });

  it('qms-statement-change bubbles, is composed and cannot be cancelled', () => {
    const event = new QmsStatementChangeEvent({ before, after });
    expect(event.type).to.equal('qms-statement-change');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    expect(event.detail).to.deep.equal({ before, after });
  });
});
