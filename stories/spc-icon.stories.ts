import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
// Registered here from source so stories work without a build; importing the define entry
// from src is dropped by Vite, because package.json `sideEffects` lists only dist/define.
import { define } from '../packages/elements/src/internal/define.js';
import { QmsSpcIcon } from '../packages/elements/src/spc-icon.js';

define('qms-spc-icon', QmsSpcIcon);

const variationValues = [
  'common-cause',
  'improvement-high',
  'improvement-low',
  'concern-high',
  'concern-low',
  'neither-high',
  'neither-low',
  'none',
] as const;
const assuranceValues = ['pass', 'fail', 'hit-or-miss', 'none'] as const;

interface IconArgs {
  kind: 'variation' | 'assurance' | '';
  value: string;
  lang: '' | 'en' | 'cy';
  label: string;
  showLabel: boolean;
  size: string;
}

/** The icon's accessible name: the text of the <title> its SVG is labelled by. */
function nameOf(canvas: HTMLElement): string {
  const icon = canvas.querySelector('qms-spc-icon');
  return icon?.shadowRoot?.querySelector('svg title')?.textContent ?? '';
}

const meta: Meta<IconArgs> = {
  title: 'SPC/Icon',
  component: 'qms-spc-icon',
  args: {
    kind: 'variation',
    value: 'improvement-high',
    lang: '',
    label: '',
    showLabel: true,
    size: '',
  },
  argTypes: {
    kind: { control: 'inline-radio', options: ['variation', 'assurance', ''] },
    value: {
      control: 'select',
      options: [...variationValues, ...assuranceValues.filter((v) => v !== 'none')],
    },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    label: { control: 'text', description: 'Replaces the accessible name.' },
    showLabel: { control: 'boolean', name: 'show-label' },
    size: { control: 'text', description: '--qms-icon-size, e.g. 4rem (minimum 24px).' },
  },
  render: (args) =>
    html`<qms-spc-icon
      kind=${ifDefined(args.kind || undefined)}
      value=${args.value}
      lang=${ifDefined(args.lang || undefined)}
      label=${ifDefined(args.label || undefined)}
      ?show-label=${args.showLabel}
      style=${styleMap(args.size ? { '--qms-icon-size': args.size } : {})}
    ></qms-spc-icon>`,
};
export default meta;

type Story = StoryObj<IconArgs>;

const variation = (value: string): Story => ({ args: { kind: 'variation', value } });
const assurance = (value: string): Story => ({ args: { kind: 'assurance', value } });

export const CommonCause = variation('common-cause');
export const ImprovementHigh = variation('improvement-high');
export const ImprovementLow = variation('improvement-low');
export const ConcernHigh = variation('concern-high');
export const ConcernLow = variation('concern-low');
export const NeitherHigh = variation('neither-high');
export const NeitherLow = variation('neither-low');
export const VariationNotAssessed = variation('none');

export const AssurancePass = assurance('pass');
export const AssuranceFail = assurance('fail');
export const AssuranceHitOrMiss = assurance('hit-or-miss');
export const AssuranceNotAssessed = assurance('none');

/** Every icon at once, as a legend for a board report. */
export const Legend: Story = {
  render: (args) => html`
    <div style=${styleMap({ display: 'grid', gap: '0.75rem', justifyItems: 'start' })}>
      ${variationValues.map(
        (value) =>
          html`<qms-spc-icon
            kind="variation"
            value=${value}
            ?show-label=${args.showLabel}
          ></qms-spc-icon>`,
      )}
      ${assuranceValues.map(
        (value) =>
          html`<qms-spc-icon
            kind="assurance"
            value=${value}
            ?show-label=${args.showLabel}
          ></qms-spc-icon>`,
      )}
    </div>
  `,
};

export const Welsh: Story = {
  args: { kind: 'variation', value: 'concern-low', lang: 'cy' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('qms-spc-icon');
    await canvasElement.querySelector('qms-spc-icon')?.updateComplete;
    await expect(nameOf(canvasElement)).toBe(
      'Amrywiad achos arbennig sy’n peri pryder oherwydd gwerthoedd is',
    );
  },
};

export const CustomLabel: Story = {
  args: {
    kind: 'assurance',
    value: 'fail',
    label: 'Four-hour emergency access: will consistently fail the target',
  },
};

export const Large: Story = { args: { value: 'neither-high', size: '6rem', showLabel: false } };

/** An unknown value: a readable alert instead of a blank, and a qms-error event. */
export const ErrorState: Story = {
  name: 'Error',
  args: { kind: 'variation', value: 'improving' },
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('qms-spc-icon');
    const icon = canvasElement.querySelector('qms-spc-icon');
    await icon?.updateComplete;
    const alert = icon?.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('"improving"');
  },
};
