import { expect, fixture, html } from '@open-wc/testing';
import { filterDatasetBySelection } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import '../define/action-tracker.js';
import type { QmsProvider } from '../provider/provider.js';
import { expectNoAxeViolations } from '../test/axe.js';
import {
  $,
  TODAY,
  choose,
  press,
  rowIds,
  submitForm,
  typeInto,
} from '../test/fixtures/action-helpers.js';
import type { QmsActionTracker } from './action-tracker.js';

const ids = (list: readonly { id: string }[]) => list.map((a) => a.id).sort();
const shown = (el: QmsActionTracker) => [...rowIds(el)].sort();

async function inProvider() {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${sampleDataset}
      ><qms-action-tracker today=${TODAY}></qms-action-tracker
    ></qms-provider>`,
  );
  const el = provider.querySelector('qms-action-tracker')!;
  await el.updateComplete;
  return { provider, el };
}

describe('<qms-action-tracker> inside a <qms-provider>', () => {
  it('lists the provider’s actions with no properties set, naming linked measures (axe clean)', async () => {
    const { el } = await inProvider();
    expect(shown(el)).to.deep.equal(ids(sampleDataset.actions));
    const linked = sampleDataset.actions.find((a) => a.measureIds.length > 0)!;
    const measure = sampleDataset.measures.find((m) => m.id === linked.measureIds[0])!;
    await press(el, `tr[data-id="${linked.id}"] .details-toggle`);
    const details = $(el, `[data-details="${linked.id}"]`).textContent ?? '';
    expect(details).to.contain(`(${measure.id})`);
    await expectNoAxeViolations(el);
  });

  it('follows the provider’s selection', async () => {
    const { provider, el } = await inProvider();
    const safe = filterDatasetBySelection(sampleDataset, { domain: 'safe' }).actions;
    expect(safe.length).to.be.greaterThan(0);
    expect(safe.length).to.be.lessThan(sampleDataset.actions.length);
    provider.selection = { domain: 'safe' };
    await provider.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(ids(safe));
    await expectNoAxeViolations(el);
    // A new action's suggested id clashes with none of the provider's, hidden ones included.
    await press(el, '[data-command="add"]');
    expect(ids(sampleDataset.actions)).not.to.include($<HTMLInputElement>(el, '#f-id').value);
    provider.selection = {};
    await provider.updateComplete;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(ids(sampleDataset.actions));
  });

  it('refuses an id that only an action hidden by the selection holds; the dataset keeps it', async () => {
    const { provider, el } = await inProvider();
    provider.selection = { domain: 'safe' };
    await provider.updateComplete;
    await el.updateComplete;
    const hidden = sampleDataset.actions.find((a) => !shown(el).includes(a.id))!;
    const changes: unknown[] = [];
    el.addEventListener('qms-action-change', (e) => changes.push(e.detail));
    await press(el, '[data-command="add"]');
    await typeInto(el, '#f-id', hidden.id);
    await typeInto(el, '#f-title', 'Impostor');
    await typeInto(el, '#f-owner', 'Ward 3');
    await submitForm(el);
    expect(changes).to.have.length(0);
    expect($(el, '.error-summary').textContent).to.contain(`“${hidden.id}”`);
    expect(provider.value!.actions.find((a) => a.id === hidden.id)).to.deep.equal(hidden);
  });

  it('an edit merges with a change the provider’s dataset brought meanwhile', async () => {
    const { provider, el } = await inProvider();
    const target = sampleDataset.actions[4]!;
    await press(el, `tr[data-id="${target.id}"] .details-toggle`);
    await press(el, `[data-details="${target.id}"] [data-command="edit"]`);
    provider.data = {
      ...sampleDataset,
      actions: sampleDataset.actions.map((a) =>
        a.id === target.id ? { ...a, owner: { en: 'Provider owner' } } : a,
      ),
    };
    await provider.updateComplete;
    await el.updateComplete;
    await typeInto(el, '#f-title', 'Title from the form');
    await submitForm(el);
    const saved = provider.value!.actions.find((a) => a.id === target.id)!;
    expect(saved.title).to.deep.equal({ en: 'Title from the form' });
    expect(saved.owner).to.deep.equal({ en: 'Provider owner' });
  });

  it('an edit of an action the provider’s dataset dropped meanwhile is a conflict', async () => {
    const { provider, el } = await inProvider();
    const target = sampleDataset.actions[4]!;
    await press(el, `tr[data-id="${target.id}"] .details-toggle`);
    await press(el, `[data-details="${target.id}"] [data-command="edit"]`);
    provider.data = {
      ...sampleDataset,
      actions: sampleDataset.actions.filter((a) => a.id !== target.id),
      statements: sampleDataset.statements.map((s) => ({
        ...s,
        actionIds: s.actionIds.filter((id) => id !== target.id),
      })),
    };
    await provider.updateComplete;
    await el.updateComplete;
    await typeInto(el, '#f-title', 'Too late');
    await submitForm(el);
    expect($(el, '.conflict').dataset['conflict']).to.equal('deleted');
    expect(provider.value!.actions.some((a) => a.id === target.id)).to.equal(false);
  });

  it('its own actions win over the provider’s', async () => {
    const { el } = await inProvider();
    el.actions = [sampleDataset.actions[0]!];
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal([sampleDataset.actions[0]!.id]);
  });

  it('an edit reaches the provider and comes back, keeping an open draft', async () => {
    const { provider, el } = await inProvider();
    const before = sampleDataset.actions.length;
    await press(el, '[data-command="add"]');
    await typeInto(el, '#f-title', 'Audit the sepsis bundle');
    await typeInto(el, '#f-owner', 'Ward 9 sister');
    await typeInto(el, '#f-due', '2025-06-30');
    await choose(el, '#f-aspect', 'control');
    await choose(el, '#f-deliveryConfidence', 'medium');
    await submitForm(el);
    expect(provider.value!.actions.length).to.equal(before + 1);
    await el.updateComplete;
    expect(rowIds(el).length).to.equal(before + 1);
    // A draft in progress survives the provider re-providing its dataset.
    await press(el, '[data-command="add"]');
    await typeInto(el, '#f-title', 'Half typed');
    provider.data = { ...sampleDataset, actions: sampleDataset.actions.slice(1) };
    await provider.updateComplete;
    await el.updateComplete;
    expect(rowIds(el).length).to.equal(before - 1);
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Half typed');
  });
});
