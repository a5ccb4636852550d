import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { expect } from 'storybook/test';
import {
  filterDatasetBySelection,
  localisedString,
  spcForMeasure,
  type Dataset,
  type QmsAspect,
  type QmsSelection,
} from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../packages/elements/src/define/provider.js';
import '../packages/elements/src/define/spc-icon.js';
import { QmsDomainSelectEvent } from '../packages/elements/src/internal/events/qms-domain-select.js';
import { QmsSegmentSelectEvent } from '../packages/elements/src/internal/events/qms-segment-select.js';
import type { QmsProvider } from '../packages/elements/src/provider.js';

interface ProviderArgs {
  source: 'data' | 'src' | 'script';
  lang: '' | 'en' | 'cy';
}

// A data: URL keeps the "from a URL" story self-contained (no server, no failed request).
const sampleUrl = `data:application/json,${encodeURIComponent(JSON.stringify(sampleDataset))}`;
const domains = ['safe', 'timely', 'effective', 'person-centred'] as const;
const aspects: readonly QmsAspect[] = ['planning', 'control', 'improvement', 'assurance'];

async function providerIn(canvas: HTMLElement): Promise<QmsProvider> {
  await customElements.whenDefined('qms-provider');
  const el = canvas.querySelector('qms-provider');
  if (!el) throw new Error('no <qms-provider> in the story');
  await el.settled;
  await el.updateComplete;
  return el;
}

/**
 * The host page's part of the demo: lists the measures and actions relevant to the provider's
 * selection, each measure with its MDC variation icon (worked out by the SDK).
 */
function renderRelevant(provider: QmsProvider): void {
  const out = provider.querySelector<HTMLElement>('.relevant');
  const dataset = provider.value;
  if (!out) return;
  const lang = provider.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const picked = dataset ? filterDatasetBySelection(dataset, provider.selection) : undefined;
  const describe = (s: QmsSelection) =>
    Object.entries(s)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ') || 'nothing (everything shown)';
  const view: TemplateResult = picked
    ? html`<p>Selected: ${describe(provider.selection)}</p>
        <ul class="measures">
          ${picked.measures.map(
            (m) =>
              html`<li>
                <qms-spc-icon value=${spcForMeasure(m).variation}></qms-spc-icon>
                ${localisedString(m.name, lang)}
              </li>`,
          )}
        </ul>
        <p>${picked.actions.length} related action(s).</p>`
    : html`<p>No shared dataset.</p>`;
  render(view, out);
}

const onChange = (e: Event) => renderRelevant(e.currentTarget as QmsProvider);

/** Draws the host's list once the provider has its dataset. */
const whenReady = ref((el) => {
  if (!el) return;
  void customElements
    .whenDefined('qms-provider')
    .then(() => (el as QmsProvider).settled)
    .then(() => (el as QmsProvider).updateComplete)
    .then(() => renderRelevant(el as QmsProvider));
});

/** A child `<script type="application/json">` (made here: Lit does not bind inside scripts). */
function datasetScript(dataset: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(dataset);
  return script;
}

/** Buttons standing in for a scorecard tile and a wheel segment: they fire the same events. */
const pickers = html`<div class="pickers">
  ${domains.map(
    (d) =>
      html`<button
        type="button"
        @click=${(e: Event) =>
          e.currentTarget?.dispatchEvent(
            new QmsDomainSelectEvent({
              domainId: d,
              frameworkId: 'wales-hcqs-2023',
              kind: 'domain',
              expanded: true,
            }),
          )}
      >
        ${d}
      </button>`,
  )}
  ${aspects.map(
    (a) =>
      html`<button
        type="button"
        @click=${(e: Event) =>
          e.currentTarget?.dispatchEvent(new QmsSegmentSelectEvent({ segment: a, selected: true }))}
      >
        ${a}
      </button>`,
  )}
  <button
    type="button"
    @click=${(e: Event) => {
      const provider = (e.currentTarget as HTMLElement).closest('qms-provider');
      if (!provider) return;
      provider.selection = {};
      renderRelevant(provider);
    }}
  >
    Clear
  </button>
</div>`;

const meta: Meta<ProviderArgs> = {
  title: 'Data/Provider',
  component: 'qms-provider',
  args: { source: 'data', lang: '' },
  argTypes: {
    source: {
      control: 'inline-radio',
      options: ['data', 'src', 'script'],
      description:
        'Where the dataset comes from: the `data` property, a `src` URL or a child script.',
    },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
  },
  render: (args) =>
    html`<qms-provider
      .data=${args.source === 'data' ? sampleDataset : undefined}
      src=${ifDefined(args.source === 'src' ? sampleUrl : undefined)}
      lang=${ifDefined(args.lang || undefined)}
      @qms-selection-change=${onChange}
      @qms-dataset-change=${onChange}
      ${whenReady}
    >
      ${args.source === 'script' ? datasetScript(sampleDataset) : ''} ${pickers}
      <div class="relevant" aria-live="polite"></div>
    </qms-provider>`,
  play: async ({ canvasElement }) => {
    const provider = await providerIn(canvasElement);
    await expect(provider.value?.measures.length).toBe(10);
    renderRelevant(provider);
    await expect(canvasElement.querySelectorAll('.measures li').length).toBe(10);
  },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** The sample dataset from the `data` property; the buttons change the shared selection. */
export const Default: Story = {};

/** Choosing "safe" narrows the host's list to the Safe measures (falls, pressure ulcers, meds). */
export const SelectingADomain: Story = {
  play: async (context) => {
    await meta.play!(context);
    const safe = [...context.canvasElement.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'safe',
    );
    safe?.click();
    const provider = await providerIn(context.canvasElement);
    await expect(provider.selection).toEqual({ domain: 'safe', framework: 'wales-hcqs-2023' });
    await expect(context.canvasElement.querySelectorAll('.measures li').length).toBe(3);
  },
};

/** The same dataset fetched from a URL (`src`). */
export const FromUrl: Story = { name: 'From a URL', args: { source: 'src' } };

/** The same dataset in a child `<script type="application/json">`, for pages with no build step. */
export const FromScript: Story = { name: 'From a script', args: { source: 'script' } };

const broken = {
  organisation: 'Broken Health Board',
  framework: 'steeep',
  measures: [{ id: 'm1', name: 'Falls', domain: 'nowhere', data: [] }],
} as unknown as Dataset;

/** A dataset that fails the schema: the provider says what is wrong; its children still show. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    html`<qms-provider .data=${broken} lang=${ifDefined(args.lang || undefined)}>
      <p>
        Children still render:
        <qms-spc-icon value="common-cause" show-label></qms-spc-icon>
      </p>
    </qms-provider>`,
  play: async ({ canvasElement }) => {
    const provider = await providerIn(canvasElement);
    const alert = provider.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('nowhere');
    await expect(canvasElement.querySelector('qms-spc-icon')).not.toBeNull();
  },
};

/** Welsh: the provider's own messages (here, its error) in Welsh; children follow `lang` too. */
export const Welsh: Story = {
  ...ErrorState,
  name: 'Welsh (error)',
  args: { lang: 'cy' },
  play: async ({ canvasElement }) => {
    const provider = await providerIn(canvasElement);
    const alert = provider.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('Nid oedd modd llwytho');
  },
};

/** No dataset at all: the provider shows only its children (which then use their own data). */
export const Empty: Story = {
  render: () =>
    html`<qms-provider>
      <qms-spc-icon kind="assurance" value="pass" show-label></qms-spc-icon>
    </qms-provider>`,
  play: async ({ canvasElement }) => {
    const provider = await providerIn(canvasElement);
    await expect(provider.value).toBeUndefined();
    await expect(provider.shadowRoot?.querySelector('[role="alert"]')).toBeNull();
  },
};
