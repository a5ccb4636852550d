import { expect, fixture, html } from '@open-wc/testing';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import '../define/spc-chart.js';
import type { QmsProvider } from '../provider/provider.js';
import { expectNoAxeViolations } from '../test/axe.js';
import type { QmsSpcChart } from './spc-chart.js';

const root = (el: QmsSpcChart) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const title = (el: QmsSpcChart) => text(root(el).querySelector('[part="title"]'));
const nameOf = (id: string) => {
  const name = sampleDataset.measures.find((m) => m.id === id)!.name;
  return typeof name === 'string' ? name : name.en;
};

async function inProvider(inner = html`<qms-spc-chart></qms-spc-chart>`) {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${sampleDataset}>${inner}</qms-provider>`,
  );
  const el = provider.querySelector('qms-spc-chart')!;
  await el.updateComplete;
  return { provider, el };
}

async function settle(provider: QmsProvider, el: QmsSpcChart) {
  await provider.updateComplete;
  await el.updateComplete;
}

describe('<qms-spc-chart> inside a <qms-provider>', () => {
  it('charts the selected measure with no properties set (axe clean)', async () => {
    const { provider, el } = await inProvider();
    // Nothing selected yet: the empty state, not an error.
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    expect(text(root(el).querySelector('[part="status"]'))).to.not.equal('');
    provider.selection = { measure: 'sepsis' };
    await settle(provider, el);
    expect(title(el)).to.equal(nameOf('sepsis'));
    expect(el.result?.points.length).to.be.greaterThan(0);
    await expectNoAxeViolations(el);
    provider.selection = { measure: 'falls' };
    await settle(provider, el);
    expect(title(el)).to.equal(nameOf('falls'));
  });

  it('measure-id picks a measure from the provider’s dataset over the selection', async () => {
    const { provider, el } = await inProvider(
      html`<qms-spc-chart measure-id="ed4h"></qms-spc-chart>`,
    );
    expect(title(el)).to.equal(nameOf('ed4h'));
    provider.selection = { measure: 'sepsis' };
    await settle(provider, el);
    expect(title(el)).to.equal(nameOf('ed4h'));
  });

  it('a measure-id the dataset lacks is a readable problem', async () => {
    const { el } = await inProvider(html`<qms-spc-chart measure-id="nope"></qms-spc-chart>`);
    const alert = root(el).querySelector('[role="alert"]');
    expect(text(alert)).to.contain('nope');
    await expectNoAxeViolations(el);
  });

  it('its own measure wins over the provider’s', async () => {
    const { provider, el } = await inProvider();
    provider.selection = { measure: 'sepsis' };
    await settle(provider, el);
    el.measure = sampleDataset.measures.find((m) => m.id === 'falls')!;
    await el.updateComplete;
    expect(title(el)).to.equal(nameOf('falls'));
    el.measure = undefined;
    await el.updateComplete;
    expect(title(el)).to.equal(nameOf('sepsis'));
  });

  it('a slotted script wins over the provider’s data', async () => {
    const own = sampleDataset.measures.find((m) => m.id === 'px')!;
    const { provider, el } = await inProvider(
      html`<qms-spc-chart
        ><script type="application/json">
          ${JSON.stringify(own)}
        </script></qms-spc-chart
      >`,
    );
    provider.selection = { measure: 'sepsis' };
    await settle(provider, el);
    expect(title(el)).to.equal(nameOf('px'));
  });
});
