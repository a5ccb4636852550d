import { expect, fixture, html } from '@open-wc/testing';
import { getFramework } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import '../define/steeep-scorecard.js';
import type { QmsProvider } from '../provider/provider.js';
import { expectNoAxeViolations } from '../test/axe.js';
import type { QmsSteeepScorecard } from './steeep-scorecard.js';

const domainIds = (
  typeof sampleDataset.framework === 'string'
    ? getFramework(sampleDataset.framework)!
    : sampleDataset.framework
).domains.map((d) => d.id);
const tiles = (el: QmsSteeepScorecard) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="tile"]')].map((t) => t.dataset.domain);

async function inProvider(inner = html`<qms-steeep-scorecard></qms-steeep-scorecard>`) {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${sampleDataset}>${inner}</qms-provider>`,
  );
  const el = provider.querySelector('qms-steeep-scorecard')!;
  await el.updateComplete;
  return { provider, el };
}

describe('<qms-steeep-scorecard> inside a <qms-provider>', () => {
  it('renders the provider’s measures and framework with no properties set', async () => {
    const { el } = await inProvider();
    const ids = tiles(el);
    expect(ids.length).to.equal(domainIds.length);
    expect([...ids].sort()).to.deep.equal([...domainIds].sort());
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('its own measures win over the provider’s', async () => {
    const { el } = await inProvider();
    const one = sampleDataset.measures[0]!;
    el.measures = [one];
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('tbody tr[data-measure]');
    expect([...rows].every((r) => (r as HTMLElement).dataset.measure === one.id)).to.equal(true);
    el.measures = undefined;
    await el.updateComplete;
    expect(tiles(el).length).to.equal(domainIds.length);
  });

  it('a slotted script wins over the provider’s data', async () => {
    const { el } = await inProvider(
      html`<qms-steeep-scorecard
        ><script type="application/json">
          []
        </script></qms-steeep-scorecard
      >`,
    );
    expect(tiles(el)).to.deep.equal([]);
  });

  it('shows the provider’s new dataset', async () => {
    const { provider, el } = await inProvider();
    provider.data = { ...sampleDataset, measures: [] };
    await provider.updateComplete;
    await el.updateComplete;
    expect(tiles(el)).to.deep.equal([]);
  });
});
