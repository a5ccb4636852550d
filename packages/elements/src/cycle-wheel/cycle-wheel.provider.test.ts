import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../define/provider.js';
import '../define/cycle-wheel.js';
import type { QmsProvider } from '../provider/provider.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { sendKeys } from '../test/send-keys.js';
import type { QmsCycleWheel } from './cycle-wheel.js';

const TODAY = '2025-03-20';
const $ = <T extends Element = HTMLElement>(el: QmsCycleWheel, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const label = (el: QmsCycleWheel, id: string) =>
  $(el, `.wheel [data-segment="${id}"]`)?.getAttribute('aria-label') ?? '';
const notes = (el: QmsCycleWheel, id: string) => $<HTMLTextAreaElement>(el, `#notes-${id}`)!;

async function inProvider(data: unknown = sampleDataset) {
  const provider = await fixture<QmsProvider>(
    html`<qms-provider .data=${data}
      ><qms-cycle-wheel today=${TODAY}></qms-cycle-wheel
    ></qms-provider>`,
  );
  const el = provider.querySelector('qms-cycle-wheel')!;
  await el.updateComplete;
  return { provider, el };
}

describe('<qms-cycle-wheel> inside a <qms-provider>', () => {
  it('draws the provider’s assessment, measures and actions with no properties set', async () => {
    const { el } = await inProvider();
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(label(el, 'planning')).to.not.equal('');
    // The open actions come from the provider's dataset.
    expect(label(el, 'improvement')).to.contain('open action');
    await expectNoAxeViolations(el);
  });

  it('its own assessment wins over the provider’s', async () => {
    const { el } = await inProvider();
    const fromProvider = label(el, 'assurance');
    const own = structuredClone(sampleDataset.assessment!);
    own.aspects.assurance.stage = 4;
    el.assessment = own;
    await el.updateComplete;
    expect(label(el, 'assurance')).to.not.equal(fromProvider);
    el.assessment = undefined;
    await el.updateComplete;
    expect(label(el, 'assurance')).to.equal(fromProvider);
  });

  it('an own assessment without actions links the provider’s actions', async () => {
    const { el } = await inProvider();
    el.assessment = structuredClone(sampleDataset.assessment!);
    await el.updateComplete;
    expect(label(el, 'improvement')).to.contain('open action');
  });

  it('a dataset without an assessment shows the empty state, not an error', async () => {
    const { assessment: _unused, ...withoutAssessment } = sampleDataset;
    const { el } = await inProvider(withoutAssessment);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect($(el, '.wheel')).to.equal(null);
  });

  it('an edit reaches the provider and the typed notes survive its new dataset', async () => {
    const { provider, el } = await inProvider();
    el.selected = 'planning';
    await el.updateComplete;
    const box = notes(el, 'planning-q1');
    box.focus();
    await sendKeys({ type: 'Survey signal' });
    const changed = oneEvent(provider, 'qms-dataset-change');
    box.blur();
    box.dispatchEvent(new Event('change'));
    await changed;
    await provider.updateComplete;
    await el.updateComplete;
    const q1 = provider.value!.assessment!.aspects.planning.questions.find((q) => q.id === 'q1');
    expect(q1?.notes).to.deep.equal('Survey signal');
    expect(notes(el, 'planning-q1').value).to.equal('Survey signal');
    // Typing more, then the provider re-provides an equal dataset: the draft text stays.
    box.focus();
    await sendKeys({ type: ' more' });
    provider.data = structuredClone(provider.value);
    await provider.updateComplete;
    await el.updateComplete;
    expect(notes(el, 'planning-q1').value).to.equal('Survey signal more');
  });
});
