// Hostile input against every element: the cases that are not one member at a time. The
// per-member sweep over the custom-elements manifest is in ./hostile/members-*.test.ts.
import { expect } from '@open-wc/testing';
import { sampleDataset } from '@qms-kit/sdk/sample';
import {
  alertOf,
  circular,
  elements,
  expectAlert,
  expectSurvived,
  mount,
  pageErrors,
  propertyValues,
  publicFields,
  settle,
  textBesidesAlerts,
  throwing,
  watchPageErrors,
  type Host,
} from './hostile/cases.js';
import { sendKeys } from './send-keys.js';

watchPageErrors();

describe('hostile input', () => {
  it('the manifest lists all seven elements with their members', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal([
      'qms-action-tracker',
      'qms-cycle-wheel',
      'qms-provider',
      'qms-spc-chart',
      'qms-spc-icon',
      'qms-statement-card',
      'qms-steeep-scorecard',
    ]);
    for (const e of elements) expect(publicFields(e).length, e.tagName).to.be.greaterThan(0);
  });
});

describe('hostile input: specific cases', () => {
  it('tracker page-size="0.5", "0", "-1" and "NaN" are alerts, and the rows still show', async () => {
    for (const value of ['0.5', '0', '-1', 'NaN', 'abc']) {
      const o = await mount('qms-action-tracker', (el) => el.setAttribute('page-size', value));
      expectAlert(o, `page-size="${value}"`);
      expect(o.alert?.textContent, value).to.contain('page-size');
      const rows = o.el.shadowRoot!.querySelectorAll('tbody tr');
      expect(rows.length, `rows with page-size="${value}"`).to.be.greaterThan(0);
    }
  });

  it('tracker framework with no domains, or the wrong shape, is an alert and the list still shows', async () => {
    for (const framework of [
      { id: 'x', name: { en: 'X' } },
      { id: 'x', name: { en: 'X' }, domains: [] },
      { id: 'x', domains: 'nope' },
      { id: 'x', domains: [{}] },
      throwing(),
      circular(),
    ]) {
      const o = await mount('qms-action-tracker', (el) => Object.assign(el, { framework }));
      expectSurvived(o, 'framework');
      expectAlert(o, 'framework');
      expect(o.alert?.textContent).to.contain('framework');
      expect(o.el.shadowRoot!.querySelectorAll('tbody tr').length).to.be.greaterThan(0);
    }
  });

  it('an unknown value for a choice attribute is an alert and the content stays, with the default', async () => {
    for (const [tag, attribute] of [
      ['qms-steeep-scorecard', 'order'],
      ['qms-steeep-scorecard', 'detail'],
      ['qms-steeep-scorecard', 'rules'],
      ['qms-steeep-scorecard', 'framework'],
      ['qms-cycle-wheel', 'scope'],
      ['qms-cycle-wheel', 'centre'],
      ['qms-statement-card', 'variant'],
      ['qms-action-tracker', 'view'],
      ['qms-action-tracker', 'group-by'],
      ['qms-action-tracker', 'framework'],
      ['qms-spc-chart', 'chart'],
      ['qms-spc-chart', 'rules'],
    ] as const) {
      const what = `${tag}[${attribute}="sideways"]`;
      const o = await mount(tag, (el) => el.setAttribute(attribute, 'sideways'));
      expectAlert(o, what);
      expect(o.alert?.textContent, what).to.contain(attribute);
      expect(textBesidesAlerts(o.el).length, `${what}: only the alert is shown`).to.be.greaterThan(
        100,
      );
    }
  });

  it('today="sideways" is the same alert on the wheel, card and tracker, and content stays', async () => {
    for (const tag of ['qms-cycle-wheel', 'qms-statement-card', 'qms-action-tracker']) {
      const o = await mount(tag, (el) => el.setAttribute('today', 'sideways'));
      expectAlert(o, tag);
      expect(o.alert?.textContent, tag).to.contain('must be a date such as 2025-03-31');
      expect(textBesidesAlerts(o.el).length, tag).to.be.greaterThan(100);
    }
  });

  it('chart improvement="sideways" is an alert and the chart is still drawn', async () => {
    const o = await mount('qms-spc-chart', (el) => el.setAttribute('improvement', 'sideways'));
    expectAlert(o, 'improvement');
    expect(o.alert?.textContent).to.contain('improvement');
    expect(o.el.shadowRoot!.querySelector('svg.chart')).to.not.equal(null);
  });

  it('provider.selection = undefined or null is no selection: no alert, the children draw', async () => {
    for (const selection of [undefined, null]) {
      const o = await mount('qms-provider', (el) => {
        el.innerHTML = '<qms-spc-chart measure-id="falls"></qms-spc-chart>';
        (el as unknown as { selection: unknown }).selection = selection;
      });
      expectSurvived(o, `selection = ${selection}`);
      expect(o.alert, `selection = ${selection}`).to.equal(null);
      const chart = o.el.querySelector('qms-spc-chart') as Host;
      await settle(chart);
      await new Promise((r) => setTimeout(r, 50));
      expect(chart.shadowRoot!.querySelector('svg.chart'), `selection = ${selection}`).to.not.equal(
        null,
      );
    }
  });

  it('provider.selection = undefined, null or junk does not throw and is treated as no selection', async () => {
    for (const [label, make] of propertyValues) {
      const o = await mount('qms-provider', (el) => {
        el.innerHTML = '<qms-spc-chart measure-id="falls"></qms-spc-chart>';
        (el as unknown as { selection: unknown }).selection = make();
      });
      expectSurvived(o, `selection = ${label}`);
    }
  });

  for (const [how, setup] of [
    ['property', (el: Host) => Object.assign(el, { assessment: { error: 'Session expired' } })],
    [
      'slotted JSON',
      (el: Host) => {
        el.innerHTML = '<script type="application/json">{"error":"Session expired"}</script>';
      },
    ],
    [
      'src response',
      (el: Host) => {
        el.setAttribute(
          'src',
          `data:application/json,${encodeURIComponent('{"error":"Session expired"}')}`,
        );
      },
    ],
  ] as const) {
    it(`cycle wheel given {"error":"Session expired"} as ${how} says it is not an assessment`, async () => {
      const o = await mount('qms-cycle-wheel', setup, false);
      if (how === 'src response') {
        await new Promise((r) => setTimeout(r, 200));
        await settle(o.el);
      }
      const alert = alertOf(o.el);
      expect(alert, how).to.not.equal(null);
      expect(alert?.textContent).to.match(/not an assessment/i);
      expect(alert?.textContent).to.contain('Session expired');
      expect(pageErrors).to.deep.equal([]);
    });
  }

  describe('the chart at the edges of doubles', () => {
    const series = (ys: number[]) => ({
      id: 'edge',
      name: 'Edge',
      improvement: 'increase',
      data: ys.map((y, i) => ({
        x: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        y,
      })),
    });
    const cases: [string, number[]][] = [
      ['5e-324 (subnormal)', Array.from({ length: 20 }, (_, i) => (i % 2 ? 5e-324 : 1e-323))],
      ['all 5e-324', Array.from({ length: 20 }, () => 5e-324)],
      ['±1e308', Array.from({ length: 20 }, (_, i) => (i % 2 ? 1e308 : -1e308))],
      ['1e308 with small values', Array.from({ length: 20 }, (_, i) => (i === 10 ? 1e308 : i))],
      ['Number.MAX_VALUE', Array.from({ length: 20 }, (_, i) => (i % 2 ? Number.MAX_VALUE : 0))],
    ];
    for (const [label, ys] of cases) {
      it(`${label}: no exception, no NaN or Infinity in the drawing`, async () => {
        const o = await mount('qms-spc-chart', (el) => Object.assign(el, { measure: series(ys) }));
        expectSurvived(o, label);
        const svg = o.el.shadowRoot!.querySelector('svg');
        const drawn = [...o.el.shadowRoot!.querySelectorAll('svg *')].flatMap((n) =>
          [
            'd',
            'x',
            'y',
            'x1',
            'x2',
            'y1',
            'y2',
            'cx',
            'cy',
            'points',
            'transform',
            'width',
            'height',
          ]
            .map((a) => n.getAttribute(a))
            .filter((v): v is string => v !== null),
        );
        for (const value of drawn) expect(value, label).not.to.match(/NaN|Infinity/);
        // Either a chart or a readable problem, never a silent "common cause" over nonsense.
        if (!svg) expectAlert(o, label);
        const result = (o.el as unknown as { result?: { variation?: string } }).result;
        const drewNothing = drawn.length === 0;
        if (drewNothing) expectAlert(o, label);
        if (label.includes('1e308') || label.includes('MAX_VALUE')) {
          // No verdict over values that overflow: the SDK withholds it and the notes say why.
          expect(result?.variation, label).to.equal('none');
          expect(o.el.shadowRoot!.textContent, label).to.match(/too large to calculate/i);
        }
      });
    }
  });
});

describe('hostile input: a src that never answers', () => {
  const realFetch = window.fetch;
  let signals: AbortSignal[] = [];
  let answer: ((url: string) => Response | undefined) | undefined;
  beforeEach(() => {
    signals = [];
    answer = undefined;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const signal = init?.signal;
      if (signal) signals.push(signal);
      const response = answer?.(String(input));
      if (response) return Promise.resolve(response);
      // Never answers; only an abort settles it, as with a hung server.
      return new Promise((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason as Error));
      });
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const srcElements = elements
    .filter((d) => (d.attributes ?? []).some((a) => a.name === 'src'))
    .map((d) => d.tagName);

  it('every element that takes src has a timeout attribute', () => {
    expect(srcElements.length).to.equal(6);
    for (const tag of srcElements) {
      const decl = elements.find((d) => d.tagName === tag)!;
      expect(
        (decl.attributes ?? []).map((a) => a.name),
        tag,
      ).to.include('timeout');
    }
  });

  for (const tag of srcElements) {
    it(`<${tag}>: "Loading" while its src has not answered`, async () => {
      // A long timeout, so a busy machine cannot turn the loading state into the error first.
      const o = await mount(
        tag,
        (el) => {
          el.setAttribute('timeout', '30');
          el.setAttribute('src', '/never-answers.json');
        },
        false,
      );
      expect(o.el.shadowRoot!.textContent).to.contain('Loading');
      expect(alertOf(o.el), tag).to.equal(null);
      o.el.remove();
      expect(signals.at(-1)!.aborted, `${tag}: aborted on disconnect`).to.equal(true);
    });

    it(`<${tag} timeout="0.05">: aborted, an error with a keyboard-operable "Try again"`, async () => {
      const o = await mount(
        tag,
        (el) => {
          el.setAttribute('timeout', '0.05');
          el.setAttribute('src', '/never-answers.json');
        },
        false,
      );
      await new Promise((r) => setTimeout(r, 150));
      await settle(o.el);
      const alert = alertOf(o.el);
      expect(alert, tag).to.not.equal(null);
      expect(alert!.textContent).to.contain('did not answer within 0.05 seconds');
      expect(alert!.textContent).to.contain('/never-answers.json');
      expect(signals.length, tag).to.be.greaterThan(0);
      expect(
        signals.every((s) => s.aborted),
        `${tag}: fetch aborted`,
      ).to.equal(true);
      expect(pageErrors).to.deep.equal([]);
      const retry = o.el.shadowRoot!.querySelector<HTMLButtonElement>('button.qms-retry');
      expect(retry, `${tag}: retry button`).to.not.equal(null);
      expect(retry!.type).to.equal('button');
      expect(retry!.textContent?.trim()).to.equal('Try again');
      // A native button: Enter and Space work; here the retry is shown to fetch again.
      const before = signals.length;
      // The second wait is long, so "Loading" is what shows after Try again, however busy.
      o.el.setAttribute('timeout', '30');
      await settle(o.el);
      retry!.focus();
      retry!.click();
      await settle(o.el);
      expect(signals.length, `${tag}: fetched again`).to.equal(before + 1);
      expect(o.el.shadowRoot!.textContent).to.contain('Loading');
      o.el.remove();
      expect(signals.at(-1)!.aborted, `${tag}: aborted on disconnect`).to.equal(true);
    });
  }

  it('Try again, pressed with Enter, loads the data once the server answers', async () => {
    const measure = structuredClone(sampleDataset.measures[0]);
    const o = await mount(
      'qms-spc-chart',
      (el) => {
        el.setAttribute('timeout', '0.05');
        el.setAttribute('src', '/later.json');
      },
      false,
    );
    await new Promise((r) => setTimeout(r, 150));
    await settle(o.el);
    expect(alertOf(o.el)).to.not.equal(null);
    answer = () =>
      new Response(JSON.stringify(measure), { headers: { 'content-type': 'application/json' } });
    o.el.setAttribute('timeout', '30');
    await settle(o.el);
    // Operated from the keyboard: a real Enter on the focused button.
    o.el.shadowRoot!.querySelector<HTMLButtonElement>('button.qms-retry')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 100));
    await settle(o.el);
    expect(alertOf(o.el)).to.equal(null);
    expect(o.el.shadowRoot!.querySelector('svg.chart')).to.not.equal(null);
  });

  it('a timeout that is not a positive number of seconds is an alert; the default is used', async () => {
    for (const value of ['0', '-1', 'NaN', 'soon', '99999']) {
      const o = await mount('qms-spc-chart', (el) => el.setAttribute('timeout', value));
      expectAlert(o, `timeout="${value}"`);
      expect(o.alert!.textContent).to.contain('timeout');
      expect((o.el as unknown as { timeout: number }).timeout).to.equal(30);
      expect(o.el.shadowRoot!.querySelector('svg.chart')).to.not.equal(null);
    }
  });
});
