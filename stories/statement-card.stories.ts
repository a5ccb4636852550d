import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import type { Statement } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '../packages/elements/src/define/statement-card.js';
import type { QmsStatementCard } from '../packages/elements/src/statement-card.js';

const statements = sampleDataset.statements;
const ids = statements.map((s) => s.id);

interface CardArgs {
  statementId: string;
  variant: 'full' | 'compact';
  editable: boolean;
  lang: '' | 'en' | 'cy';
  withMeasures: boolean;
  withActions: boolean;
  today: string;
  headingLevel: number;
}

const statementOf = (id: string): Statement | undefined => statements.find((s) => s.id === id);

async function cardIn(canvas: HTMLElement): Promise<QmsStatementCard> {
  await customElements.whenDefined('qms-statement-card');
  const el = canvas.querySelector('qms-statement-card');
  if (!el) throw new Error('no <qms-statement-card> in the story');
  await el.updateComplete;
  return el;
}

const meta: Meta<CardArgs> = {
  title: 'Statements/Statement card',
  component: 'qms-statement-card',
  args: {
    statementId: ids[0] ?? '',
    variant: 'full',
    editable: false,
    lang: '',
    withMeasures: true,
    withActions: true,
    today: '2025-04-01',
    headingLevel: 3,
  },
  argTypes: {
    statementId: {
      name: 'statement',
      control: 'select',
      options: ids,
      description: 'One of the five synthetic sample statement cards (DOMAIN.md §9.3).',
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    editable: { control: 'boolean' },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    withMeasures: {
      control: 'boolean',
      description: 'Pass the sample measures (names and variation icons of linked measures).',
    },
    withActions: {
      control: 'boolean',
      description: 'Pass the sample actions (titles and due state of linked actions).',
    },
    today: { control: 'text', description: 'Date to judge review and due dates against.' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<qms-statement-card
      .statement=${statementOf(args.statementId)}
      .measures=${args.withMeasures ? sampleDataset.measures : undefined}
      .actions=${args.withActions ? sampleDataset.actions : undefined}
      variant=${args.variant}
      ?editable=${args.editable}
      lang=${ifDefined(args.lang || undefined)}
      today=${ifDefined(args.today || undefined)}
      heading-level=${args.headingLevel}
    ></qms-statement-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

const sample = (index: number): Story => ({ args: { statementId: ids[index] ?? '' } });

/** CQC Safe: the ICB's I/We pair, with evidence in three categories and `readm` linked. */
export const SafeSystems = sample(0);
/** CQC Safe: linked to the falls measure and action A5. */
export const ManagingRisks = sample(1);
export const WorkingTogether = sample(2);
export const PersonCentredCare = sample(3);
/** Wales HCQS 2023: no I statement yet; two patient-experience measures. */
export const WalesPersonCentred = sample(4);

/** Compact cards in a grid, as on a key-question page. */
export const CompactGrid: Story = {
  args: { variant: 'compact' },
  render: (args) =>
    html`<div
      style=${styleMap({
        display: 'grid',
        gap: '1rem',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
      })}
    >
      ${statements.map(
        (s) =>
          html`<qms-statement-card
            .statement=${s}
            variant=${args.variant}
            ?editable=${args.editable}
            lang=${ifDefined(args.lang || undefined)}
            today=${ifDefined(args.today || undefined)}
            heading-level=${args.headingLevel}
          ></qms-statement-card>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    await cardIn(canvasElement);
    const cards = canvasElement.querySelectorAll('qms-statement-card');
    await expect(cards.length).toBe(5);
  },
};

/** The editing form open, as in a co-production session. Save fires the change events. */
export const Editing: Story = {
  args: { editable: true },
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('#edit')?.click();
    await el.updateComplete;
    await expect(el.editing).toBe(true);
  },
};

/** The host vetoes every save (e.g. wording not yet agreed by the Board). */
export const EditingVetoed: Story = {
  args: { editable: true, statementId: ids[1] ?? '' },
  render: (args, context) => {
    const template = meta.render!(args, context);
    return html`<div
      @qms-statement-before-change=${(e: Event) =>
        (e as HTMLElementEventMap['qms-statement-before-change']).veto(
          'The Board has not agreed this wording yet.',
        )}
    >
      ${template}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('#edit')?.click();
    await el.updateComplete;
    const score = el.shadowRoot?.querySelector<HTMLInputElement>('#f-score-4');
    score?.click();
    await el.updateComplete;
    el.shadowRoot?.querySelector<HTMLButtonElement>('#save')?.click();
    await el.updateComplete;
    await el.updateComplete;
    const message = el.shadowRoot?.querySelector('#vetoed');
    await expect(message?.textContent ?? '').toContain('The Board has not agreed');
  },
};

/** Welsh page: Welsh labels; text with no Welsh version is shown in English with a note. */
export const Welsh: Story = {
  args: { lang: 'cy', statementId: ids[4] ?? '' },
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    const note = el.shadowRoot?.querySelector('.language-note');
    await expect(note?.textContent ?? '').toContain('Dangosir yn Saesneg');
  },
};

/** A statement that fails validation: a readable alert instead of a blank, and qms-error. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) =>
    html`<qms-statement-card
      .statement=${{ id: 'broken', framework: 'cqc-saf', title: '', score: { value: 5 } }}
      lang=${ifDefined(args.lang || undefined)}
    ></qms-statement-card>`,
  play: async ({ canvasElement }) => {
    const el = await cardIn(canvasElement);
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('score.value');
  },
};

/** Bad JSON in the slotted script, for pages without a build step. */
export const ErrorInSlot: Story = {
  name: 'Error (slotted JSON)',
  render: () =>
    html`<qms-statement-card
      ><script type="application/json">
        { "id": "cqc-safe-systems", "framework": }
      </script></qms-statement-card
    >`,
};

/** A statement under a local framework: the ids are shown as they are. */
export const LocalFramework: Story = {
  render: (args) =>
    html`<qms-statement-card
      .statement=${{
        ...statements[2],
        id: 'icb-working-together',
        framework: 'icb-themes',
        version: '2025',
        keyQuestion: 'how-we-work-together',
      }}
      variant=${args.variant}
      ?editable=${args.editable}
      lang=${ifDefined(args.lang || undefined)}
      today=${ifDefined(args.today || undefined)}
    ></qms-statement-card>`,
};
