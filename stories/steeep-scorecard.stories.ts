import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import type { Framework, MeasureInput } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../packages/elements/src/define/steeep-scorecard.js';
import type { QmsSteeepScorecard } from '../packages/elements/src/steeep-scorecard.js';

interface ScorecardArgs {
  framework: 'steeep' | 'wales-hcqs-2023' | 'nhse-3part' | 'cqc-5kq' | 'custom';
  rules: '' | 'mdc' | 'mdc-2022' | 'mdc-excel' | 'nhsr' | 'qic' | 'anhoej';
  order: 'concern-first' | 'framework';
  detail: 'host' | 'inline';
  expanded: string;
  lang: '' | 'en' | 'cy';
  width: string;
}

/** An ICB-style custom framework (DOMAIN.md §2.4: "a fourth framework"). */
const icbThemes: Framework = {
  id: 'icb-themes',
  version: '2024',
  name: { en: 'ICB quality themes' },
  domains: [
    { id: 'safe', label: { en: 'Patient safety' }, order: 1, kind: 'domain' },
    { id: 'effective', label: { en: 'Clinical effectiveness' }, order: 2, kind: 'domain' },
    { id: 'person-centred', label: { en: 'Positive experiences' }, order: 3, kind: 'domain' },
    { id: 'workforce', label: { en: 'Culture and climate' }, order: 4, kind: 'enabler' },
  ],
};

async function scorecardIn(canvas: HTMLElement): Promise<QmsSteeepScorecard> {
  await customElements.whenDefined('qms-steeep-scorecard');
  const el = canvas.querySelector('qms-steeep-scorecard');
  if (!el) throw new Error('no <qms-steeep-scorecard> in the story');
  await el.updateComplete;
  return el;
}

const meta: Meta<ScorecardArgs> = {
  title: 'Scorecard/Domain scorecard',
  component: 'qms-steeep-scorecard',
  args: {
    framework: 'steeep',
    rules: '',
    order: 'concern-first',
    detail: 'host',
    expanded: '',
    lang: '',
    width: '',
  },
  argTypes: {
    framework: {
      control: 'select',
      options: ['steeep', 'wales-hcqs-2023', 'nhse-3part', 'cqc-5kq', 'custom'],
      description:
        'A preset id, or "custom" for an ICB-style Framework object passed as a property.',
    },
    rules: {
      control: 'select',
      options: ['', 'mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic', 'anhoej'],
      description: 'SPC rules for measures that set none (empty: mdc).',
    },
    order: { control: 'inline-radio', options: ['concern-first', 'framework'] },
    detail: {
      control: 'inline-radio',
      options: ['host', 'inline'],
      description: 'Where a chosen measure’s SPC chart opens.',
    },
    expanded: { control: 'text', description: 'Open tiles: domain ids, space-separated.' },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    width: { control: 'text', description: 'Width of the container, e.g. 320px.' },
  },
  render: (args) =>
    html`<div style=${styleMap(args.width ? { width: args.width } : {})}>
      <qms-steeep-scorecard
        .measures=${sampleDataset.measures}
        .framework=${args.framework === 'custom' ? icbThemes : args.framework}
        rules=${ifDefined(args.rules || undefined)}
        order=${args.order}
        detail=${args.detail}
        expanded=${args.expanded}
        lang=${ifDefined(args.lang || undefined)}
      ></qms-steeep-scorecard>
    </div>`,
};
export default meta;

type Story = StoryObj<ScorecardArgs>;

/** The ten synthetic measures under STEEEP: the Workforce measure is not in this framework. */
export const Steeep: Story = {
  play: async ({ canvasElement }) => {
    const el = await scorecardIn(canvasElement);
    await expect(el.shadowRoot?.querySelectorAll('[part~="tile"]').length).toBe(7);
  },
};

/** Wales: six domains and the six enablers as a second band (Workforce holds sickness). */
export const WalesWithEnablers: Story = { args: { framework: 'wales-hcqs-2023' } };

/** NHS England's three-part definition: access and value measures are not placed. */
export const NhsEngland: Story = { args: { framework: 'nhse-3part' } };

/** CQC's five key questions, placed through the framework crosswalk. */
export const CqcKeyQuestions: Story = { args: { framework: 'cqc-5kq' } };

/** A custom framework object (ICB themes). */
export const CustomFramework: Story = { args: { framework: 'custom' } };

/** A tile opened: the IQPR-style summary table, sortable from its column headers. */
export const ExpandedTile: Story = {
  args: { framework: 'wales-hcqs-2023', expanded: 'safe' },
  play: async ({ canvasElement }) => {
    const el = await scorecardIn(canvasElement);
    await expect(el.shadowRoot?.querySelectorAll('table').length).toBe(1);
  },
};

/** Choosing a measure opens its SPC chart below the row. */
export const InlineChart: Story = {
  args: { framework: 'wales-hcqs-2023', expanded: 'timely', detail: 'inline' },
  play: async ({ canvasElement }) => {
    const el = await scorecardIn(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part="measure"]')?.click();
    await el.updateComplete;
    await expect(el.shadowRoot?.querySelector('qms-spc-chart')).not.toBeNull();
  },
};

export const Welsh: Story = {
  args: { framework: 'wales-hcqs-2023', lang: 'cy', expanded: 'safe' },
};

/** At 320px the tiles stack. */
export const Narrow: Story = { args: { framework: 'wales-hcqs-2023', width: '320px' } };

export const Empty: Story = {
  render: () => html`<qms-steeep-scorecard .measures=${[]}></qms-steeep-scorecard>`,
};

const badMeasures: MeasureInput[] = [
  { id: 'falls', name: 'Falls', data: [{ x: '2024-13-01', y: 5 }] },
];

/** Bad data: a readable error naming where the problem is. */
export const BadData: Story = {
  render: () => html`<qms-steeep-scorecard .measures=${badMeasures}></qms-steeep-scorecard>`,
  play: async ({ canvasElement }) => {
    const el = await scorecardIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
  },
};

/** An unknown framework id: a readable error naming the attribute. */
export const UnknownFramework: Story = {
  render: () =>
    html`<qms-steeep-scorecard
      .measures=${sampleDataset.measures}
      framework="steep"
    ></qms-steeep-scorecard>`,
};
