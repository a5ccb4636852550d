import { expect, fixture, html } from '@open-wc/testing';
import type { LocalisedText } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import '../define/statement-card.js';
import type { QmsProvider } from '../provider/provider.js';
import { expectNoAxeViolations } from '../test/axe.js';
import type { QmsStatementCard } from './statement-card.js';

const TODAY = '2025-04-01';
const ID = 'cqc-managing-risks';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: QmsStatementCard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const english = (t: LocalisedText | undefined) => (typeof t === 'string' ? t : (t?.en ?? ''));
const statement = (id: string) => sampleDataset.statements.find((s) => s.id === id)!;
const title = (el: QmsStatementCard) => squash($(el, '[part~="title"]')?.textContent);

async function inProvider(id = ID) {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${sampleDataset}
      ><qms-statement-card editable statement-id=${id} today=${TODAY}></qms-statement-card
    ></qms-provider>`,
  );
  const el = provider.querySelector('qms-statement-card')!;
  await el.updateComplete;
  return { provider, el };
}

async function settle(provider: QmsProvider, el: QmsStatementCard) {
  await provider.updateComplete;
  await el.updateComplete;
}

describe('<qms-statement-card> inside a <qms-provider>', () => {
  it('shows the statement named by statement-id, with linked measures and actions (axe clean)', async () => {
    const { el } = await inProvider();
    const card = statement(ID);
    expect(title(el)).to.contain(english(card.title));
    const actionId = card.actionIds[0]!;
    const action = sampleDataset.actions.find((a) => a.id === actionId)!;
    const link = $(el, `.action[data-action="${actionId}"]`)!;
    expect(link.classList.contains('action--unresolved')).to.equal(false);
    expect(squash(link.textContent)).to.contain(english(action.title));
    expect(el.shadowRoot!.querySelectorAll('.measure--unresolved').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('.measure qms-spc-icon').length).to.be.greaterThan(0);
    await expectNoAxeViolations(el);
  });

  it('its own statement wins over the provider’s', async () => {
    const { el } = await inProvider();
    const other = sampleDataset.statements.find((s) => s.id !== ID)!;
    el.statement = other;
    await el.updateComplete;
    expect(title(el)).to.contain(english(other.title));
    el.statement = undefined;
    await el.updateComplete;
    expect(title(el)).to.contain(english(statement(ID).title));
  });

  it('a statement-id the dataset lacks is a readable problem', async () => {
    const { el } = await inProvider('nope');
    expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('nope');
    await expectNoAxeViolations(el);
  });

  it('a saved edit reaches the provider and shows; an open draft survives a new dataset', async () => {
    const { provider, el } = await inProvider();
    $<HTMLButtonElement>(el, '#edit')!.click();
    await settle(provider, el);
    const field = $<HTMLTextAreaElement>(el, '#f-i')!;
    field.value = 'I know who to ask when something feels unsafe.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#save')!.click();
    await settle(provider, el);
    await settle(provider, el);
    const stored = provider.value!.statements.find((s) => s.id === ID)!;
    expect(english(stored.iStatement)).to.equal('I know who to ask when something feels unsafe.');
    // Still the provider's card, not pinned as the card's own.
    expect(el.statement).to.equal(undefined);
    expect(squash(el.shadowRoot!.textContent)).to.contain(
      'I know who to ask when something feels unsafe.',
    );

    $<HTMLButtonElement>(el, '#edit')!.click();
    await settle(provider, el);
    const again = $<HTMLTextAreaElement>(el, '#f-i')!;
    again.value = 'Half written';
    again.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    provider.data = structuredClone(provider.value);
    await settle(provider, el);
    expect(el.editing).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Half written');
  });
});
