import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import type { QmsAssessment } from '@qms-kit/sdk';
import { sampleDataset, sampleAssessment } from '@qms-kit/sdk/sample';
import '../packages/elements/src/define/cycle-wheel.js';
import type { QmsCycleWheel } from '../packages/elements/src/cycle-wheel.js';

interface WheelArgs {
  scope: '' | 'team' | 'directorate' | 'organisation' | 'national';
  centre: '' | 'feedback' | 'continuous-learning';
  enablers: 'wales-hcqs-2023' | 'qms-v1' | 'hidden';
  selected: '' | 'planning' | 'control' | 'improvement' | 'assurance' | 'centre';
  lang: '' | 'en' | 'cy';
  today: string;
  width: string;
}

function assessmentFor(enablers: WheelArgs['enablers']): QmsAssessment {
  if (enablers !== 'qms-v1') return sampleAssessment;
  return { ...sampleAssessment, enablers: { set: 'qms-v1', items: [] } };
}

async function wheelIn(canvas: HTMLElement): Promise<QmsCycleWheel> {
  await customElements.whenDefined('qms-cycle-wheel');
  const el = canvas.querySelector('qms-cycle-wheel');
  if (!el) throw new Error('no <qms-cycle-wheel> in the story');
  await el.updateComplete;
  return el;
}

const meta: Meta<WheelArgs> = {
  title: 'QMS/Cycle wheel',
  component: 'qms-cycle-wheel',
  args: {
    scope: '',
    centre: '',
    enablers: 'wales-hcqs-2023',
    selected: '',
    lang: '',
    today: '2025-04-15',
    width: '',
  },
  argTypes: {
    scope: {
      control: 'select',
      options: ['', 'team', 'directorate', 'organisation', 'national'],
      description: 'Overrides the assessment’s scope (changes headings and question wording).',
    },
    centre: {
      control: 'inline-radio',
      options: ['', 'feedback', 'continuous-learning'],
      description: 'Overrides the assessment’s centre label.',
    },
    enablers: {
      control: 'inline-radio',
      options: ['wales-hcqs-2023', 'qms-v1', 'hidden'],
      description: 'Outer band: Wales’s six enablers, the QMS paper’s v1 three, or none.',
    },
    selected: {
      control: 'select',
      options: ['', 'planning', 'control', 'improvement', 'assurance', 'centre'],
      description: 'The segment whose panel is open.',
    },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    today: { control: 'text', description: 'Date overdue actions are counted from.' },
    width: { control: 'text', description: 'Width of the container, e.g. 320px.' },
  },
  render: (args) =>
    html`<div style=${styleMap(args.width ? { width: args.width } : {})}>
      <qms-cycle-wheel
        .assessment=${assessmentFor(args.enablers)}
        .measures=${sampleDataset.measures}
        .actions=${sampleDataset.actions}
        scope=${ifDefined(args.scope || undefined)}
        centre=${ifDefined(args.centre || undefined)}
        ?hide-enablers=${args.enablers === 'hidden'}
        selected=${ifDefined(args.selected || undefined)}
        lang=${ifDefined(args.lang || undefined)}
        today=${ifDefined(args.today || undefined)}
      ></qms-cycle-wheel>
    </div>`,
};
export default meta;

type Story = StoryObj<WheelArgs>;

/** The synthetic wheel of DOMAIN.md §9.4 with Wales’s six enablers. */
export const Sample: Story = {
  play: async ({ canvasElement }) => {
    const el = await wheelIn(canvasElement);
    await expect(el.shadowRoot?.querySelectorAll('.wheel [role="button"]').length).toBe(5);
  },
};

/** Quality Control selected: its guiding questions, tools, linked measures and actions. */
export const PanelOpen: Story = { args: { selected: 'control' } };

/** The centre: feedback sources and the latest items. */
export const Feedback: Story = { args: { selected: 'centre' } };

/** The QSF 2021 cycle: continuous learning at the centre, the v1 enablers. */
export const ContinuousLearning: Story = {
  args: { centre: 'continuous-learning', enablers: 'qms-v1' },
};

/** Team scope: "your team’s" wording. */
export const TeamScope: Story = { args: { scope: 'team', selected: 'planning' } };

export const NoEnablers: Story = { args: { enablers: 'hidden' } };

export const Welsh: Story = { args: { lang: 'cy', selected: 'planning' } };

/** At 320px the ring becomes a list. */
export const Narrow: Story = { args: { width: '320px', selected: 'assurance' } };

/** A blank self-assessment: every aspect at stage 0. */
export const Blank: Story = {
  render: () => html`<qms-cycle-wheel .assessment=${{ scope: 'team' }}></qms-cycle-wheel>`,
};

/** Bad data: a readable error naming where the problem is. */
export const BadData: Story = {
  render: () =>
    html`<qms-cycle-wheel
      .assessment=${{ aspects: { planning: { stage: 9 } } }}
    ></qms-cycle-wheel>`,
  play: async ({ canvasElement }) => {
    const el = await wheelIn(canvasElement);
    await expect(el.shadowRoot?.querySelector('[role="alert"]')).not.toBeNull();
  },
};

export const Empty: Story = { render: () => html`<qms-cycle-wheel></qms-cycle-wheel>` };
