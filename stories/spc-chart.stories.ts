import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import type { MeasureInput } from '@qms-kit/sdk';
import { sampleDataset, sampleMonths } from '@qms-kit/sdk/sample';
import '../packages/elements/src/define/spc-chart.js';
import type { QmsSpcChart } from '../packages/elements/src/spc-chart.js';

const measureIds = sampleDataset.measures.map((m) => m.id);
const charts = ['run', 'xmr', 'mr', 'p', 'pp', 'u', 'up', 'c', 'g', 't', 'xbar', 's'] as const;
type Chart = (typeof charts)[number];

interface ChartArgs {
  /** A sample measure, or '' to chart `data` with the attributes. */
  measure: string;
  chart: Chart | '';
  improvement: 'increase' | 'decrease' | 'neutral';
  rules: 'mdc' | 'mdc-2022' | 'mdc-excel' | 'nhsr' | 'qic' | 'anhoej';
  target: string;
  unit: string;
  label: string;
  rebase: string;
  ghosts: string;
  annotations: boolean;
  showSigmaLines: boolean;
  tableOpen: boolean;
  lang: '' | 'en' | 'cy';
  width: string;
  data: MeasureInput['data'] | undefined;
}

/** Deterministic "random" numbers, so stories look the same every time. */
function wobble(i: number, seed = 1): number {
  const v = Math.sin(i * 12.9898 + seed * 78.233) * 43758.5453;
  return v - Math.floor(v);
}

/** 36 months of proportions (numerator y of denominator n) that improve from month 24. */
const proportions = sampleMonths.map((x, i) => {
  const n = 300 + Math.round(wobble(i) * 250);
  return { x, y: Math.round(n * (0.8 + (i >= 24 ? 0.06 : 0) + wobble(i, 2) * 0.05)), n };
});
/** Falls (counts) per occupied bed day. */
const rates = sampleMonths.map((x, i) => {
  const n = 8000 + Math.round(wobble(i, 3) * 3000);
  return { x, y: Math.round((n / 1000) * (5.6 + wobble(i, 4) * 1.2)), n };
});
const counts = sampleMonths.map((x, i) => ({ x, y: 8 + Math.round(wobble(i, 5) * 9) }));
/** Admissions between C. difficile cases (g) and days between never events (t). */
const between = sampleMonths.map((x, i) => ({ x, y: 20 + Math.round(wobble(i, 6) ** 2 * 220) }));
/** Five readings a month (Xbar and S charts). */
const subgroups = sampleMonths.slice(0, 24).flatMap((x, i) =>
  Array.from({ length: 5 }, (_, k) => ({
    x,
    y: Math.round((42 + wobble(i * 5 + k, 7) * 8 + (i >= 16 ? 3 : 0)) * 10) / 10,
  })),
);

/** The sample measure with the story's rebase, ghosts, annotations and chart type. */
function measureFor(args: ChartArgs): MeasureInput | undefined {
  const base = sampleDataset.measures.find((m) => m.id === args.measure);
  if (!base) return undefined;
  const measure: MeasureInput = structuredClone(base);
  if (args.chart) measure.chart = args.chart;
  measure.rules = args.rules;
  if (args.rebase) measure.rebase = args.rebase.split(',').map((d) => d.trim());
  const ghosts = new Set(args.ghosts.split(',').filter(Boolean).map(Number));
  measure.data = measure.data.map((d, i) => (ghosts.has(i) ? { ...d, ghost: true } : d));
  if (args.annotations) {
    measure.annotations = [
      {
        x: '2023-01-01',
        label: {
          en: 'Winter pressures: extra beds opened',
          cy: 'Pwysau’r gaeaf: gwelyau ychwanegol',
        },
      },
      {
        x: '2024-06-01',
        label: { en: 'Improvement project starts', cy: 'Prosiect gwella’n dechrau' },
      },
    ];
  }
  return measure;
}

async function chartIn(canvas: HTMLElement): Promise<QmsSpcChart> {
  await customElements.whenDefined('qms-spc-chart');
  const el = canvas.querySelector('qms-spc-chart');
  if (!el) throw new Error('no <qms-spc-chart> in the story');
  await el.updateComplete;
  return el;
}

const meta: Meta<ChartArgs> = {
  title: 'SPC/Chart',
  component: 'qms-spc-chart',
  args: {
    measure: 'sepsis',
    chart: '',
    improvement: 'neutral',
    rules: 'mdc',
    target: '',
    unit: '',
    label: '',
    rebase: '',
    ghosts: '',
    annotations: false,
    showSigmaLines: false,
    tableOpen: false,
    lang: '',
    width: '',
    data: undefined,
  },
  argTypes: {
    measure: {
      control: 'select',
      options: [...measureIds, ''],
      description:
        'A synthetic sample measure (DOMAIN.md §9); empty charts `data` with the attributes.',
    },
    chart: {
      control: 'select',
      options: ['', ...charts],
      description: 'Chart type (overrides the measure’s; with `data`, the `chart` attribute).',
    },
    improvement: {
      control: 'inline-radio',
      options: ['increase', 'decrease', 'neutral'],
      description: 'With `data` only: a measure has its own.',
    },
    rules: {
      control: 'inline-radio',
      options: ['mdc', 'mdc-2022', 'mdc-excel', 'nhsr', 'qic', 'anhoej'],
    },
    target: { control: 'text', description: 'With `data` only.' },
    unit: { control: 'text', description: 'With `data` only.' },
    label: { control: 'text', description: 'Replaces the name.' },
    rebase: { control: 'text', description: 'Dates that start new limits, e.g. 2024-07-01.' },
    ghosts: { control: 'text', description: 'Point numbers (from 0) to exclude, e.g. 5,17.' },
    annotations: { control: 'boolean' },
    showSigmaLines: { name: 'show-sigma-lines', control: 'boolean' },
    tableOpen: { name: 'table-open', control: 'boolean' },
    lang: {
      control: 'inline-radio',
      options: ['', 'en', 'cy'],
      description: 'Language; empty follows the page (the toolbar switch).',
    },
    width: { control: 'text', description: 'Width of the container, e.g. 320px.' },
    data: { control: false },
  },
  render: (args) =>
    html`<div style=${styleMap({ maxWidth: args.width || '56rem' })}>
      <qms-spc-chart
        .measure=${measureFor(args)}
        .data=${args.measure ? undefined : args.data}
        chart=${ifDefined(args.measure ? undefined : args.chart || undefined)}
        improvement=${args.improvement}
        rules=${args.rules}
        target=${ifDefined(args.target || undefined)}
        unit=${ifDefined(args.unit || undefined)}
        label=${ifDefined(args.label || undefined)}
        ?show-sigma-lines=${args.showSigmaLines}
        ?table-open=${args.tableOpen}
        lang=${ifDefined(args.lang || undefined)}
      ></qms-spc-chart>
    </div>`,
};
export default meta;

type Story = StoryObj<ChartArgs>;

/** XmR chart with a target: sepsis screening, a rising trend ending above the limit. */
export const XmR: Story = {
  play: async ({ canvasElement }) => {
    const el = await chartIn(canvasElement);
    await expect(el.result?.variation).toBe('improvement-high');
    await expect(el.shadowRoot?.querySelectorAll('.points path[data-index]').length).toBe(36);
  },
};

/** Pressure ulcers with the limits recalculated from July 2024 (DOMAIN.md §9.1). */
export const Rebase: Story = { args: { measure: 'pu', rebase: '2024-07-01' } };

/** Sepsis screening recalculated from September 2024. */
export const RebaseSepsis: Story = { args: { measure: 'sepsis', rebase: '2024-09-01' } };

/** Two points excluded from the calculations: hollow, off the line. */
export const Ghosts: Story = { args: { measure: 'falls', ghosts: '5,19' } };

export const Annotations: Story = { args: { measure: 'active', annotations: true } };

export const SigmaLines: Story = { args: { measure: 'meds', showSigmaLines: true } };

/** Run chart: the median and no limits; Anhøj rules. */
export const Run: Story = { args: { measure: 'emadm', chart: 'run', rules: 'anhoej' } };

/** Moving range chart of the falls data. */
export const MovingRange: Story = { args: { measure: 'falls', chart: 'mr' } };

const dataStory = (
  chart: Chart,
  data: MeasureInput['data'],
  extra: Partial<ChartArgs> = {},
): Story => ({
  args: { measure: '', chart, data, ...extra },
});

/** p chart: stepped limits from varying denominators. */
export const P = dataStory('p', proportions, {
  improvement: 'increase',
  target: '0.9',
  label: 'Patients screened for sepsis within an hour (p chart)',
});

export const U = dataStory('u', rates, {
  improvement: 'decrease',
  label: 'Falls per occupied bed day (u chart)',
});

export const C = dataStory('c', counts, {
  improvement: 'decrease',
  label: 'Medication incidents a month (c chart)',
});

export const G = dataStory('g', between, {
  improvement: 'increase',
  label: 'Admissions between C. difficile cases (g chart)',
});

export const T = dataStory('t', between, {
  improvement: 'increase',
  label: 'Days between never events (t chart)',
  unit: 'days',
});

export const Xbar = dataStory('xbar', subgroups, {
  improvement: 'decrease',
  label: 'Door-to-needle time, five patients a month (Xbar chart)',
  unit: 'minutes',
});

export const S = dataStory('s', subgroups, {
  improvement: 'decrease',
  label: 'Door-to-needle time, spread within months (S chart)',
  unit: 'minutes',
});

export const TableOpen: Story = { args: { measure: 'px', tableOpen: true } };

/** Phone width: fewer ticks and smaller margins. */
export const Narrow: Story = { args: { measure: 'sick', width: '320px' } };

export const Welsh: Story = {
  args: { measure: 'sepsis', lang: 'cy', annotations: true, tableOpen: true },
  play: async ({ canvasElement }) => {
    const el = await chartIn(canvasElement);
    const toggle = el.shadowRoot?.querySelector('.table-toggle');
    await expect(toggle?.textContent?.trim()).toBe('Cuddio’r tabl data');
  },
};

/** A date that does not exist: a readable alert instead of a blank box, and a qms-error event. */
export const ErrorState: Story = {
  name: 'Error',
  args: { measure: '', chart: 'xmr', data: [{ x: '2024-02-30', y: 3 }] },
  play: async ({ canvasElement }) => {
    const el = await chartIn(canvasElement);
    const alert = el.shadowRoot?.querySelector('[role="alert"]');
    await expect(alert?.textContent ?? '').toContain('data[0].x');
  },
};

/** A p chart without denominators: the SPC engine's own problem, shown the same way. */
export const EngineProblem: Story = dataStory('p', counts, { label: 'No denominators' });

export const Empty: Story = { args: { measure: '', data: [] } };

/** 10,000 daily points: thinned for drawing, every point in the table and the CSV. */
export const LongSeries: Story = {
  args: {
    measure: '',
    chart: 'xmr',
    improvement: 'increase',
    label: '10,000 daily points',
    data: Array.from({ length: 10_000 }, (_, i) => ({
      x: new Date(Date.UTC(1998, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      y: Math.round((100 + (i > 7_000 ? 4 : 0) + (wobble(i, 8) - 0.5) * 20) * 10) / 10,
    })),
  },
};
