import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { Dataset, QmsSelection } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import { datasetContext, ensureContextRoot, selectionContext } from '../internal/context.js';
import { shown, type TestDatasetConsumer } from '../test/provider-consumer.js';
import { QmsProvider } from './provider.js';

/** A valid dataset holding only `measures` (links from statements and actions would break). */
const measuresOnly = (measures: Dataset['measures']): Dataset => ({
  organisation: 'Test',
  framework: sampleDataset.framework,
  measures,
  statements: [],
  actions: [],
});

const allIds = sampleDataset.measures.map((m) => m.id).join(' ');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Renders `<qms-provider .data=…>` around a test consumer; returns both. */
async function inProvider(data: unknown = sampleDataset) {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${data}
      ><test-dataset-consumer></test-dataset-consumer
    ></qms-provider>`,
  );
  const consumer = provider.querySelector('test-dataset-consumer')!;
  await consumer.updateComplete;
  return { provider, consumer };
}

describe('DatasetConsumer', () => {
  it('an element inside a provider receives its dataset and selection', async () => {
    const { provider, consumer } = await inProvider();
    expect(consumer.shared.provided).to.equal(true);
    expect(consumer.shared.dataset).to.equal(provider.value);
    expect(consumer.shared.selection).to.deep.equal({});
    expect(shown(consumer)).to.equal(allIds);
  });

  it('the element’s own property wins over the provider’s data', async () => {
    const { consumer } = await inProvider();
    consumer.measures = [sampleDataset.measures[2]!];
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal('ed4h');
    consumer.measures = undefined;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal(allIds);
  });

  it('an element outside any provider works alone', async () => {
    const alone = await fixture<TestDatasetConsumer>(
      html`<test-dataset-consumer
        .measures=${[sampleDataset.measures[0]!]}
      ></test-dataset-consumer>`,
    );
    expect(alone.shared.provided).to.equal(false);
    expect(alone.shared.dataset).to.equal(undefined);
    expect(alone.shared.selected).to.equal(undefined);
    expect(shown(alone)).to.equal('falls');
    alone.measures = undefined;
    await alone.updateComplete;
    expect(shown(alone)).to.equal('none');
  });

  it('an element defined and connected before the provider is defined still connects', async () => {
    // The provider tag is undefined while the consumer connects: its request goes unanswered
    // until the ContextRoot replays it when the provider upgrades.
    const wrapper = await fixture(
      html`<test-late-provider
        ><test-dataset-consumer></test-dataset-consumer
      ></test-late-provider>`,
    );
    const consumer = wrapper.querySelector('test-dataset-consumer')!;
    await consumer.updateComplete;
    expect(consumer.shared.provided).to.equal(false);
    (wrapper as unknown as { data: Dataset }).data = sampleDataset;
    customElements.define('test-late-provider', class extends QmsProvider {});
    await (wrapper as QmsProvider).updateComplete;
    await consumer.updateComplete;
    expect(consumer.shared.provided).to.equal(true);
    expect(shown(consumer)).to.equal(allIds);
  });

  it('nested providers: the inner one’s dataset wins for its children', async () => {
    const inner = measuresOnly(sampleDataset.measures.slice(0, 2));
    const outer = await fixture<QmsProvider>(html`
      <qms-provider .data=${sampleDataset}>
        <test-dataset-consumer id="outer"></test-dataset-consumer>
        <qms-provider .data=${inner}>
          <test-dataset-consumer id="inner"></test-dataset-consumer>
        </qms-provider>
      </qms-provider>
    `);
    const [a, b] = ['#outer', '#inner'].map((s) => outer.querySelector<TestDatasetConsumer>(s)!);
    await a!.updateComplete;
    await b!.updateComplete;
    expect(shown(a!)).to.equal(allIds);
    expect(shown(b!)).to.equal('falls pu');
  });

  it('an inner provider connected later takes over its subtree from the outer one', async () => {
    const { provider, consumer } = await inProvider();
    const inner = document.createElement('qms-provider');
    inner.data = measuresOnly([sampleDataset.measures[6]!]);
    provider.append(inner);
    inner.append(consumer);
    await inner.updateComplete;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal('meds');
  });

  it('dataset changes from the host propagate to the elements', async () => {
    const { provider, consumer } = await inProvider();
    const changesBefore = consumer.changes;
    provider.data = measuresOnly(sampleDataset.measures.slice(3, 4));
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal('sepsis');
    expect(consumer.changes).to.be.greaterThan(changesBefore);
  });

  it('`selected` and `pick` follow the provider’s selection', async () => {
    const { provider, consumer } = await inProvider();
    consumer.selected = true;
    provider.selection = { domain: 'safe' };
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(consumer.shared.selection).to.deep.equal({ domain: 'safe' });
    expect(shown(consumer)).to.equal('falls pu meds');
    // Worked out once per change, not on every read.
    expect(consumer.shared.selected).to.equal(consumer.shared.selected);
    provider.selection = {};
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(shown(consumer)).to.equal(allIds);
  });

  it('an element moved out of its provider forgets the provider’s data', async () => {
    const { consumer } = await inProvider();
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(consumer);
    await consumer.updateComplete;
    expect(consumer.shared.provided).to.equal(false);
    expect(shown(consumer)).to.equal('none');
  });

  describe('two copies of qms-kit on one page', () => {
    it('a context created again with the same string key matches the provider', async () => {
      const again = createContext<Dataset | undefined>('qms-kit/dataset');
      expect(again).to.equal(datasetContext);
      expect(createContext<QmsSelection>('qms-kit/selection')).to.equal(selectionContext);

      // A consumer written against "another copy's" context object.
      class OtherCopyConsumer extends LitElement {
        readonly other = new ContextConsumer(this, { context: again, subscribe: true });
      }
      customElements.define('test-other-copy-consumer', OtherCopyConsumer);
      const provider = await fixture<QmsProvider>(
        html`<qms-provider .data=${sampleDataset}
          ><test-other-copy-consumer></test-other-copy-consumer
        ></qms-provider>`,
      );
      const other = provider.querySelector<OtherCopyConsumer>('test-other-copy-consumer')!;
      expect(other.other.value).to.equal(provider.value);
    });

    it('our consumer accepts a dataset from another copy’s provider', async () => {
      class OtherCopyProvider extends LitElement {
        readonly dataset$ = new ContextProvider(this, {
          context: createContext<Dataset | undefined>('qms-kit/dataset'),
          initialValue: sampleDataset,
        });
        override render() {
          return html`<slot></slot>`;
        }
      }
      customElements.define('test-other-copy-provider', OtherCopyProvider);
      const provider = await fixture(
        html`<test-other-copy-provider
          ><test-dataset-consumer></test-dataset-consumer
        ></test-other-copy-provider>`,
      );
      const consumer = provider.querySelector('test-dataset-consumer')!;
      await consumer.updateComplete;
      expect(consumer.shared.dataset).to.equal(sampleDataset);
      expect(shown(consumer)).to.equal(allIds);
    });

    it('installs one ContextRoot per document, even when another copy installed it', async () => {
      const key = Symbol.for('qms-kit/context-root');
      const doc = document.implementation.createHTMLDocument('test');
      const holder = doc as unknown as Record<symbol, unknown>;
      ensureContextRoot(doc);
      const first = holder[key];
      expect(first).to.not.equal(undefined);
      ensureContextRoot(doc);
      expect(holder[key]).to.equal(first);

      const other = document.implementation.createHTMLDocument('other');
      const theirs = {};
      (other as unknown as Record<symbol, unknown>)[key] = theirs;
      ensureContextRoot(other);
      expect((other as unknown as Record<symbol, unknown>)[key]).to.equal(theirs);
      await frame();
    });
  });
});
