import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { Action } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
// Registered here from source so stories work without a build; importing the define entry
// from src is dropped by Vite, because package.json `sideEffects` lists only dist/define.
import { define } from '../packages/elements/src/internal/define.js';
import { QmsActionTracker } from '../packages/elements/src/action-tracker.js';

define('qms-action-tracker', QmsActionTracker);

interface TrackerArgs {
  view: 'table' | 'board';
  lang: '' | 'en' | 'cy';
  today: string;
  groupBy: 'none' | 'aspect' | 'domain' | 'status';
  readonly: boolean;
  pageSize: number;
  actions: unknown;
}

const sampleActions = (): Action[] => JSON.parse(JSON.stringify(sampleDataset.actions)) as Action[];

/** The tracker in a story's canvas, once it has rendered. */
async function trackerIn(canvas: HTMLElement): Promise<QmsActionTracker> {
  await customElements.whenDefined('qms-action-tracker');
  const el = canvas.querySelector('qms-action-tracker');
  if (!el) throw new Error('no <qms-action-tracker> in the story');
  await el.updateComplete;
  return el;
}

async function click(el: QmsActionTracker, selector: string): Promise<void> {
  el.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
}

const meta: Meta<TrackerArgs> = {
  title: 'Actions/Action tracker',
  component: 'qms-action-tracker',
  args: {
    view: 'table',
    lang: '',
    today: '2025-03-20',
    groupBy: 'none',
    readonly: false,
    pageSize: 50,
    actions: undefined,
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['table', 'board'] },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    today: {
      control: 'text',
      description: 'The day due states are worked out from (ISO date). Empty: today.',
    },
    groupBy: {
      control: 'select',
      options: ['none', 'aspect', 'domain', 'status'],
      name: 'group-by',
    },
    readonly: { control: 'boolean' },
    pageSize: { control: { type: 'number', min: 1 }, name: 'page-size' },
    actions: { control: false },
  },
  render: (args) =>
    html`<qms-action-tracker
      framework="wales-hcqs-2023"
      view=${args.view}
      group-by=${args.groupBy}
      page-size=${args.pageSize}
      lang=${ifDefined(args.lang || undefined)}
      today=${ifDefined(args.today || undefined)}
      ?readonly=${args.readonly}
      .actions=${args.actions ?? sampleActions()}
      .measures=${sampleDataset.measures}
      .statements=${sampleDataset.statements}
      @qms-action-change=${(e: CustomEvent<{ actions: Action[] }>) => {
        // A host keeps the list it persists; here the story just logs the change.
        console.info('qms-action-change', e.detail);
      }}
    ></qms-action-tracker>`,
};
export default meta;

type Story = StoryObj<TrackerArgs>;

/** The 15 actions of the Welsh Quality and Safety Framework and two improvement projects. */
export const SampleActions: Story = {
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await expect(el.shadowRoot?.querySelectorAll('tr.row').length).toBe(17);
  },
};

export const GroupedByAspect: Story = { args: { groupBy: 'aspect' } };

/** As at 10 April 2025, when A12 is overdue. */
export const Overdue: Story = { args: { today: '2025-04-10', groupBy: 'domain' } };

export const Board: Story = { args: { view: 'board' } };

export const ReadOnly: Story = { name: 'Read-only (board pack)', args: { readonly: true } };

export const Empty: Story = { args: { actions: [] } };

/** The add form, opened with the "Add an action" button. */
export const Form: Story = {
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, '[data-command="add"]');
    await expect(el.shadowRoot?.querySelector('.form-panel')).toBeTruthy();
  },
};

/** The form after saving with nothing filled in: an error summary linked to each field. */
export const FormWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, '[data-command="add"]');
    await click(el, '.form button[type="submit"]');
    await expect(el.shadowRoot?.querySelector('.error-summary')).toBeTruthy();
  },
};

/** A host that vetoes every change, with a reason: the form keeps what was typed. */
export const Vetoed: Story = {
  render: (args) =>
    html`<div
      @qms-action-before-change=${(e: Event & { detail: { reason?: string } }) => {
        e.detail.reason = 'This demo page is read-only for your role.';
        e.preventDefault();
      }}
    >
      ${meta.render?.(args, {} as never)}
    </div>`,
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, 'tr[data-id="A7"] .details-toggle');
    await click(el, '[data-details="A7"] [data-command="edit"]');
    await click(el, '.form button[type="submit"]');
    await expect(el.shadowRoot?.querySelector('.veto')?.textContent).toContain('read-only');
  },
};

/** Someone else changed the title being edited: the form names the field and both values. */
export const EditConflict: Story = {
  name: 'Edit conflict',
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, 'tr[data-id="A7"] .details-toggle');
    await click(el, '[data-details="A7"] [data-command="edit"]');
    el.actions = sampleActions().map((a) =>
      a.id === 'A7' ? { ...a, title: { en: 'Title changed by a colleague' } } : a,
    );
    await el.updateComplete;
    const title = el.shadowRoot?.querySelector<HTMLInputElement>('#f-title');
    if (title) {
      title.value = 'My new title';
      title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await click(el, '.form button[type="submit"]');
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('.conflict')?.textContent).toContain(
      'Title changed by a colleague',
    );
  },
};

/** The action being edited was deleted meanwhile: restore it as new, or discard the edit. */
export const EditOfDeleted: Story = {
  name: 'Edit of a deleted action',
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, 'tr[data-id="A7"] .details-toggle');
    await click(el, '[data-details="A7"] [data-command="edit"]');
    el.actions = sampleActions().filter((a) => a.id !== 'A7');
    await el.updateComplete;
    await click(el, '.form button[type="submit"]');
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('.conflict [data-command="restore"]')).toBeTruthy();
  },
};

/** PDSA cycles of the pressure ulcer project, with the form to add a fourth. */
export const Pdsa: Story = {
  name: 'PDSA cycles',
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await click(el, 'tr[data-id="QI-PU"] .details-toggle');
    await click(el, '[data-details="QI-PU"] [data-command="add-cycle"]');
    await expect(el.shadowRoot?.querySelector('.form-panel[data-form="pdsa"]')).toBeTruthy();
  },
};

/** Actions that fail the schema: a readable alert instead of a blank, and a qms-error event. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    actions: [
      { id: 'X1', title: '', owner: 'Ward 7', status: 'done', due: '2025-02-30' },
    ] as unknown,
  },
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('"done"');
  },
};

export const Welsh: Story = {
  args: { lang: 'cy', groupBy: 'aspect' },
  play: async ({ canvasElement }) => {
    const el = await trackerIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('caption')?.textContent?.trim()).toBe(
      'Camau gweithredu',
    );
  },
};

/** 1,000 synthetic actions: 50 rows at a time, filtering and search stay instant. */
export const ThousandActions: Story = {
  name: '1,000 actions',
  args: {
    actions: Array.from({ length: 1000 }, (_, i) => ({
      id: `M${i + 1}`,
      title: `Synthetic action ${i + 1}${i % 10 === 0 ? ' – falls' : ''}`,
      owner: `Ward ${(i % 12) + 1}`,
      status: (['not-started', 'in-progress', 'blocked', 'complete'] as const)[i % 4],
      due: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
      deliveryConfidence: (['high', 'medium', 'low'] as const)[i % 3],
      aspect: (['planning', 'control', 'improvement', 'assurance'] as const)[i % 4],
    })),
  },
};
