import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { HEADING_LEVEL, Hardened } from './hardened.js';

class ThrowingProbe extends Hardened(LitElement) {
  static numberRules = { level: HEADING_LEVEL };
  @property({ type: Number }) level = 2;
  @property() word = 'fine';
  @property({ type: Boolean }) broken = false;
  renders = 0;
  override render() {
    this.renders++;
    if (this.broken) throw new Error('render broke');
    return html`<p>level ${this.level}, ${this.word}</p>`;
  }
}
customElements.define('qms-test-throwing-probe', ThrowingProbe);

const alertText = (el: Element) =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Hardened', () => {
  it('a render that throws is an alert and qms-error, not a blank box or an uncaught error', async () => {
    const el = await fixture<ThrowingProbe>(
      html`<qms-test-throwing-probe .broken=${true}></qms-test-throwing-probe>`,
    );
    expect(alertText(el)).to.contain('render broke');
    el.broken = false;
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(el.shadowRoot!.textContent).to.contain('level 2, fine');
  });

  it('a host that re-renders on every qms-error does not hang the page', async () => {
    const el = document.createElement('qms-test-throwing-probe') as ThrowingProbe;
    el.broken = true;
    el.addEventListener('qms-error', () => el.requestUpdate());
    // Every update throws and a new error is reported each time (the message changes).
    let n = 0;
    el.render = () => {
      throw new Error(`broke ${n++}`);
    };
    document.body.append(el);
    const ticked = await new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 200));
    expect(ticked).to.equal(true);
    expect(n).to.be.lessThan(30);
    expect(alertText(el)).to.contain('broke');
    el.remove();
  });

  it('a wrong type or out-of-range number is named, and the default is used', async () => {
    const el = await fixture<ThrowingProbe>(
      html`<qms-test-throwing-probe level="9"></qms-test-throwing-probe>`,
    );
    expect(alertText(el)).to.contain('the level attribute');
    expect(alertText(el)).to.contain('"9" is not a whole number from 1 to 6');
    expect(el.shadowRoot!.textContent).to.contain('level 2');
    (el as unknown as { word: unknown }).word = { toString: () => 'sneaky' };
    await el.updateComplete;
    expect(alertText(el)).to.contain('the word property: "{…}" is not text');
    expect(el.shadowRoot!.textContent).to.contain('fine');
  });
});
