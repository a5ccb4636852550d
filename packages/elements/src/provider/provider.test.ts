import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { cy, en, type Action, type Dataset, type QmsSelection } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import type { QmsErrorEvent } from '../internal/events/index.js';
import { QmsActionChangeEvent } from '../internal/events/qms-action-change.js';
import { QmsAssessmentChangeEvent } from '../internal/events/qms-assessment-change.js';
import type { QmsDatasetChangeEvent } from '../internal/events/qms-dataset-change.js';
import { QmsDomainSelectEvent } from '../internal/events/qms-domain-select.js';
import { QmsMeasureSelectEvent } from '../internal/events/qms-measure-select.js';
import { QmsSegmentSelectEvent } from '../internal/events/qms-segment-select.js';
import type { QmsSelectionChangeEvent } from '../internal/events/qms-selection-change.js';
import { QmsStatementChangeEvent } from '../internal/events/qms-statement-change.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
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

const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
const alertOf = (el: QmsProvider) => el.shadowRoot!.querySelector('[role="alert"]');
const statusOf = (el: QmsProvider) => el.shadowRoot!.querySelector('[role="status"]');
const snapshot = structuredClone(sampleDataset);

async function inProvider(template = html`<qms-provider .data=${sampleDataset}></qms-provider>`) {
  const provider = await fixture<QmsProvider>(template);
  const consumer = document.createElement('test-dataset-consumer');
  provider.append(consumer);
  await consumer.updateComplete;
  return { provider, consumer };
}

/** Collects the events of one type fired on `target` from now on. */
function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (e) => seen.push(e as GlobalEventHandlersEventMap[K]));
  return seen;
}

const newAction: Action = {
  id: 'A99',
  title: 'Review the falls huddle',
  owner: 'Ward 7 manager',
  source: 'local',
  status: 'not-started',
  domain: 'safe',
  measureIds: ['falls'],
  statementIds: [],
  pdsaCycles: [],
};

const addAction = (action: Action = newAction) =>
  new QmsActionChangeEvent({ kind: 'add', before: null, after: action, actions: [action] });

describe('<qms-provider>', () => {
  afterEach(() => {
    document.documentElement.setAttribute('lang', 'en');
    // No test may change the shared sample.
    expect(sampleDataset).to.deep.equal(snapshot);
  });

  it('is registered by the define entry as QmsProvider', () => {
    expect(customElements.get('qms-provider')).to.equal(QmsProvider);
  });

  describe('data in', () => {
    it('shares the `data` property, parsed, and shows its children without a box of its own', async () => {
      const { provider, consumer } = await inProvider();
      expect(provider.value?.measures.length).to.equal(10);
      expect(shown(consumer)).to.equal(sampleDataset.measures.map((m) => m.id).join(' '));
      expect(getComputedStyle(provider).display).to.equal('contents');
      expect(provider.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(alertOf(provider)).to.equal(null);
      expect(statusOf(provider)).to.equal(null);
      await expectNoAxeViolations(provider);
    });

    it('reads a child <script type="application/json">', async () => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({
        organisation: 'Slot Ward',
        framework: 'steeep',
        measures: [{ id: 'm1', name: 'M1', domain: 'safe', data: [{ x: '2024-01-01', y: 1 }] }],
      });
      const { provider, consumer } = await inProvider(html`<qms-provider>${script}</qms-provider>`);
      expect(provider.value?.organisation).to.equal('Slot Ward');
      expect(shown(consumer)).to.equal('m1');
    });

    it('loads `src`, saying so while it loads, with its children shown throughout', async () => {
      const realFetch = window.fetch;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (...args: Parameters<typeof fetch>) => {
        await gate;
        return realFetch(...args);
      };
      try {
        const { provider, consumer } = await inProvider(
          html`<qms-provider src=${fixtureUrl('dataset.json')}></qms-provider>`,
        );
        await provider.updateComplete;
        expect(statusOf(provider)?.textContent?.trim()).to.equal(en['provider.loading']);
        expect(provider.value).to.equal(undefined);
        expect(shown(consumer)).to.equal('none');
        await expectNoAxeViolations(provider);
        release();
        await provider.settled;
        await provider.updateComplete;
        await consumer.updateComplete;
        expect(statusOf(provider)).to.equal(null);
        expect(provider.value?.organisation).to.equal('Fixture Ward');
        expect(shown(consumer)).to.equal('falls wait');
        await expectNoAxeViolations(provider);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('new data from the host replaces the shared dataset', async () => {
      const { provider, consumer } = await inProvider();
      provider.data = measuresOnly(sampleDataset.measures.slice(0, 1));
      await provider.updateComplete;
      await consumer.updateComplete;
      expect(shown(consumer)).to.equal('falls');
    });
  });

  describe('bad data', () => {
    it('shows what is wrong, fires qms-error, and still shows its children', async () => {
      const provider = await fixture<QmsProvider>(
        html`<qms-provider><test-dataset-consumer></test-dataset-consumer></qms-provider>`,
      );
      const errorEvent = oneEvent(provider, 'qms-error') as Promise<QmsErrorEvent>;
      provider.data = { organisation: 'X', framework: 'nope', measures: 'many' } as never;
      const { detail } = await errorEvent;
      expect(detail.source).to.equal('data');
      expect(detail.problems.length).to.be.greaterThan(0);
      await provider.updateComplete;
      const alert = alertOf(provider)!;
      expect(alert.textContent).to.contain(en['provider.error.title']);
      expect(alert.textContent).to.contain('framework');
      const consumer = provider.querySelector('test-dataset-consumer')!;
      expect(consumer.isConnected).to.equal(true);
      await consumer.updateComplete;
      expect(consumer.shared.provided).to.equal(true);
      expect(consumer.shared.dataset).to.equal(undefined);
      expect(provider.value).to.equal(undefined);
      await expectNoAxeViolations(provider);
    });

    it('reports a script that is not JSON', async () => {
      const provider = document.createElement('qms-provider');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "organisation": ';
      provider.append(script);
      const errorEvent = oneEvent(provider, 'qms-error') as Promise<QmsErrorEvent>;
      const container = await fixture(html`<div></div>`);
      container.append(provider);
      const { detail } = await errorEvent;
      expect(detail.source).to.equal('slot');
      expect(alertOf(provider)!.textContent).to.contain(en['element.where.slot']);
      await expectNoAxeViolations(provider);
    });

    it('reports a fetched dataset with broken links', async () => {
      const provider = document.createElement('qms-provider');
      provider.src = fixtureUrl('bad-dataset.json');
      const errorEvent = oneEvent(provider, 'qms-error') as Promise<QmsErrorEvent>;
      const container = await fixture(html`<div></div>`);
      container.append(provider);
      const { detail } = await errorEvent;
      expect(detail.source).to.equal('src');
      expect(detail.problems.map((p) => p.message).join(' ')).to.contain('nowhere');
      await provider.updateComplete;
      await expectNoAxeViolations(provider);
    });

    it('says so in Welsh on a Welsh page', async () => {
      const provider = await fixture<QmsProvider>(
        html`<qms-provider .data=${{ organisation: 'X' }}></qms-provider>`,
      );
      document.documentElement.setAttribute('lang', 'cy');
      await afterLangChange(provider);
      expect(alertOf(provider)!.textContent).to.contain(cy['provider.error.title']);
      await expectNoAxeViolations(provider);
    });

    it('with nothing supplied, shows only its children', async () => {
      const { provider, consumer } = await inProvider(html`<qms-provider></qms-provider>`);
      expect(provider.shadowRoot!.textContent!.trim()).to.equal('');
      expect(shown(consumer)).to.equal('none');
      await expectNoAxeViolations(provider);
    });
  });

  describe('changes made by children', () => {
    it('applies an action change, shares the result and fires qms-dataset-change', async () => {
      const { provider, consumer } = await inProvider();
      const before = provider.value!;
      const changed = oneEvent(provider, 'qms-dataset-change') as Promise<QmsDatasetChangeEvent>;
      consumer.dispatchEvent(addAction());
      const { detail } = await changed;
      expect(detail.cause).to.equal('action');
      expect(detail.dataset.actions.at(-1)?.id).to.equal('A99');
      expect(provider.value).to.equal(detail.dataset);
      expect(before.actions.some((a) => a.id === 'A99')).to.equal(false);
      await consumer.updateComplete;
      expect(consumer.shared.dataset).to.equal(detail.dataset);
    });

    it('applies edits, deletes and status changes in turn', async () => {
      const { provider, consumer } = await inProvider();
      const a5 = provider.value!.actions.find((a) => a.id === 'A5')!;
      const done = { ...a5, status: 'complete' as const };
      consumer.dispatchEvent(
        new QmsActionChangeEvent({ kind: 'status', before: a5, after: done, actions: [] }),
      );
      expect(provider.value!.actions.find((a) => a.id === 'A5')?.status).to.equal('complete');
      consumer.dispatchEvent(
        new QmsActionChangeEvent({ kind: 'delete', before: done, after: null, actions: [] }),
      );
      expect(provider.value!.actions.some((a) => a.id === 'A5')).to.equal(false);
      // Links to the deleted action go with it.
      expect(provider.value!.statements[1]!.actionIds).to.deep.equal([]);
    });

    it('applies a statement edit', async () => {
      const { provider, consumer } = await inProvider();
      const card = provider.value!.statements[0]!;
      const after = { ...card, iStatement: 'I am kept safe.' };
      const changed = oneEvent(provider, 'qms-dataset-change') as Promise<QmsDatasetChangeEvent>;
      consumer.dispatchEvent(new QmsStatementChangeEvent({ before: card, after }));
      const { detail } = await changed;
      expect(detail.cause).to.equal('statement');
      expect(detail.dataset.statements[0]!.iStatement).to.equal('I am kept safe.');
    });

    it('applies an assessment edit', async () => {
      const { provider, consumer } = await inProvider();
      const assessment = structuredClone(provider.value!.assessment!);
      assessment.aspects.control.stage = 3;
      const changed = oneEvent(provider, 'qms-dataset-change') as Promise<QmsDatasetChangeEvent>;
      consumer.dispatchEvent(
        new QmsAssessmentChangeEvent({
          assessment,
          aspect: 'control',
          change: { type: 'stage', stage: 3 },
        }),
      );
      const { detail } = await changed;
      expect(detail.cause).to.equal('assessment');
      expect(detail.dataset.assessment!.aspects.control.stage).to.equal(3);
    });

    it('ignores a change that does not carry a valid record', async () => {
      const { provider, consumer } = await inProvider();
      const changes = record(provider, 'qms-dataset-change');
      const before = provider.value;
      const broken = { ...newAction, owner: undefined } as unknown as Action;
      consumer.dispatchEvent(addAction(broken));
      consumer.dispatchEvent(new CustomEvent('qms-action-change', { bubbles: true, detail: 7 }));
      expect(changes).to.have.length(0);
      expect(provider.value).to.equal(before);
    });

    it('keeps the changes across re-renders until the host sets new data', async () => {
      const { provider, consumer } = await inProvider();
      consumer.dispatchEvent(addAction());
      provider.requestUpdate();
      document.documentElement.setAttribute('lang', 'cy');
      await afterLangChange(provider);
      expect(provider.value!.actions.at(-1)?.id).to.equal('A99');
      provider.data = structuredClone(sampleDataset);
      await provider.updateComplete;
      expect(provider.value!.actions.at(-1)?.id).to.equal('QI-SEPSIS');
    });

    it('does nothing while it has no dataset', async () => {
      const { provider, consumer } = await inProvider(html`<qms-provider></qms-provider>`);
      const changes = record(provider, 'qms-dataset-change');
      consumer.dispatchEvent(addAction());
      expect(changes).to.have.length(0);
    });
  });

  describe('selection', () => {
    const select = async (consumer: TestDatasetConsumer, event: Event) => {
      const provider = consumer.closest('qms-provider')!;
      const next = oneEvent(provider, 'qms-selection-change') as Promise<QmsSelectionChangeEvent>;
      consumer.dispatchEvent(event);
      const { detail } = await next;
      await consumer.updateComplete;
      return detail;
    };
    const domain = (domainId: string, expanded = true) =>
      new QmsDomainSelectEvent({
        domainId,
        frameworkId: 'wales-hcqs-2023',
        kind: 'domain',
        expanded,
      });

    it('a domain chosen on a scorecard becomes the shared selection', async () => {
      const { provider, consumer } = await inProvider();
      consumer.selected = true;
      const detail = await select(consumer, domain('safe'));
      expect(detail).to.deep.equal({ domain: 'safe', framework: 'wales-hcqs-2023' });
      expect(provider.selection).to.deep.equal(detail);
      expect(consumer.shared.selection).to.deep.equal(detail);
      expect(shown(consumer)).to.equal('falls pu meds');
      expect(consumer.shared.selected!.actions.map((a) => a.id)).to.include('A5');
    });

    it('a measure, then a wheel segment, narrow it; closing the domain clears it', async () => {
      const { consumer } = await inProvider();
      await select(consumer, domain('safe'));
      const measure = sampleDataset.measures[1]!;
      expect(
        await select(
          consumer,
          new QmsMeasureSelectEvent({ measureId: 'pu', measure, domainId: 'safe' }),
        ),
      ).to.deep.equal({ domain: 'safe', framework: 'wales-hcqs-2023', measure: 'pu' });
      expect(
        await select(
          consumer,
          new QmsSegmentSelectEvent({ segment: 'improvement', selected: true }),
        ),
      ).to.deep.equal({
        domain: 'safe',
        framework: 'wales-hcqs-2023',
        measure: 'pu',
        aspect: 'improvement',
      });
      expect(consumer.shared.selected!.actions.map((a) => a.id)).to.deep.equal(['QI-PU']);
      expect(await select(consumer, domain('safe', false))).to.deep.equal({
        aspect: 'improvement',
      });
      expect(
        await select(consumer, new QmsSegmentSelectEvent({ segment: 'centre', selected: true })),
      ).to.deep.equal({});
    });

    it('fires nothing when the selection does not change', async () => {
      const { provider, consumer } = await inProvider();
      const seen = record(provider, 'qms-selection-change');
      consumer.dispatchEvent(domain('timely', false));
      consumer.dispatchEvent(new QmsSegmentSelectEvent({ segment: 'centre', selected: false }));
      consumer.dispatchEvent(new CustomEvent('qms-measure-select', { bubbles: true, detail: {} }));
      expect(seen).to.have.length(0);
    });

    it('reads select events from other senders defensively', async () => {
      const { consumer } = await inProvider();
      const loose = (type: string, detail: unknown) =>
        new CustomEvent(type, { bubbles: true, composed: true, detail });
      expect(
        await select(consumer, loose('qms-segment-select', { aspect: 'control' })),
      ).to.deep.equal({ aspect: 'control' });
      expect(
        await select(consumer, loose('qms-measure-select', { measure: { id: 'falls' } })),
      ).to.deep.equal({ aspect: 'control', measure: 'falls' });
      expect(
        await select(consumer, loose('qms-domain-select', { domainId: 'safe' })),
      ).to.deep.equal({
        aspect: 'control',
        domain: 'safe',
      });
    });

    it('the host sets and clears it with the `selection` property, without an event', async () => {
      const { provider, consumer } = await inProvider();
      const seen = record(provider, 'qms-selection-change');
      provider.selection = { aspect: 'planning', measure: undefined };
      await provider.updateComplete;
      await consumer.updateComplete;
      expect(consumer.shared.selection).to.deep.equal({ aspect: 'planning' });
      expect(consumer.shared.selected!.actions.map((a) => a.id)).to.deep.equal(['A8']);
      provider.selection = {};
      await provider.updateComplete;
      await consumer.updateComplete;
      expect(consumer.shared.selection).to.deep.equal({});
      expect(seen).to.have.length(0);
    });

    it('works in a provider with no data, for elements that bring their own', async () => {
      const { consumer } = await inProvider(html`<qms-provider></qms-provider>`);
      expect(await select(consumer, domain('safe'))).to.deep.equal({
        domain: 'safe',
        framework: 'wales-hcqs-2023',
      });
      expect(consumer.shared.selection.domain).to.equal('safe');
    });
  });

  describe('nested providers', () => {
    async function nested(innerData: Dataset | undefined) {
      const outer = await fixture<QmsProvider>(html`
        <qms-provider id="outer" .data=${sampleDataset}>
          <qms-provider id="inner" .data=${innerData}>
            <test-dataset-consumer></test-dataset-consumer>
          </qms-provider>
        </qms-provider>
      `);
      const inner = outer.querySelector<QmsProvider>('#inner')!;
      const consumer = inner.querySelector('test-dataset-consumer')!;
      await inner.updateComplete;
      await consumer.updateComplete;
      return { outer, inner, consumer };
    }

    it('an inner provider with its own data handles its children’s changes, once', async () => {
      const innerData = measuresOnly(sampleDataset.measures.slice(0, 3));
      const { outer, inner, consumer } = await nested(innerData);
      expect(shown(consumer)).to.equal('falls pu ed4h');
      const outerChanges = record(outer, 'qms-dataset-change');
      const innerChanges = record(inner, 'qms-dataset-change');
      const outerSelections = record(outer, 'qms-selection-change');
      consumer.dispatchEvent(addAction());
      consumer.dispatchEvent(new QmsSegmentSelectEvent({ segment: 'control', selected: true }));
      expect(innerChanges).to.have.length(1);
      // The inner provider's own qms-dataset-change bubbles through the outer one, but the
      // outer one did not apply the action itself.
      expect(outerChanges).to.have.length(1);
      expect(outerChanges[0]!.target).to.equal(inner);
      expect(outer.value!.actions.some((a) => a.id === 'A99')).to.equal(false);
      expect(inner.value!.actions.some((a) => a.id === 'A99')).to.equal(true);
      expect(outerSelections.map((e) => e.target)).to.deep.equal([inner]);
      expect(outer.selection).to.deep.equal({});
    });

    it('an inner provider with no data passes the outer one’s data and selection through', async () => {
      const { outer, inner, consumer } = await nested(undefined);
      expect(shown(consumer)).to.equal(sampleDataset.measures.map((m) => m.id).join(' '));
      expect(inner.value).to.equal(outer.value);
      const changes = record(outer, 'qms-dataset-change');
      consumer.dispatchEvent(addAction());
      expect(changes).to.have.length(1);
      expect(changes[0]!.target).to.equal(outer);
      await inner.updateComplete;
      await consumer.updateComplete;
      expect(consumer.shared.dataset!.actions.at(-1)?.id).to.equal('A99');
      outer.selection = { domain: 'timely' } satisfies QmsSelection;
      await outer.updateComplete;
      await inner.updateComplete;
      await consumer.updateComplete;
      expect(consumer.shared.selection).to.deep.equal({ domain: 'timely' });
      await expectNoAxeViolations(outer);
    });
  });
});
