import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { cy, en, fail, ok, type Problem, type Result } from '@qms-kit/sdk';
import { DataSourceController } from './data-source.js';
import type { QmsErrorEvent } from './events/index.js';
import { LocalizeController } from './localize.js';
import { expectNoAxeViolations } from '../test/axe.js';

interface Series {
  values: number[];
}

/** A stand-in for an SDK parse function: `{ values: number[] }`. */
function parseSeries(input: unknown): Result<Series> {
  const values = (input as { values?: unknown } | null)?.values;
  if (!Array.isArray(values)) return fail([{ where: 'values', message: 'must be a list' }]);
  const problems: Problem[] = values.flatMap((v: unknown, i) =>
    typeof v === 'number'
      ? []
      : [{ where: `values[${i}]`, message: `must be a number, got ${JSON.stringify(v)}` }],
  );
  return problems.length ? fail(problems) : ok({ values: values as number[] });
}

function parseSeriesCsv(text: string): Result<Series> {
  const [, ...rows] = text.trim().split('\n');
  return ok({ values: rows.map(Number) });
}

const fixtureUrl = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url).href;

class DataProbe extends LitElement {
  static csv = false;
  @property({ attribute: false }) data: unknown;
  @property() src = '';
  readonly i18n = new LocalizeController(this);
  readonly source = new DataSourceController<Series>(this, {
    parse: parseSeries,
    parseCsv: (this.constructor as typeof DataProbe).csv ? parseSeriesCsv : undefined,
    data: () => this.data,
    src: () => this.src,
    i18n: this.i18n,
    isEmpty: (s) => s.values.length === 0,
  });
  renders = 0;
  override render() {
    this.renders += 1;
    return this.source.render({ ready: (s) => html`<output>${s.values.join(' ')}</output>` });
  }
}
customElements.define('qms-test-data-probe', DataProbe);

class CsvProbe extends DataProbe {
  static override csv = true;
}
customElements.define('qms-test-csv-probe', CsvProbe);

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const alertOf = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

/** Collects qms-error events from an element created by `make`. */
async function withErrors<T extends DataProbe>(make: () => Promise<T>) {
  const events: QmsErrorEvent[] = [];
  const listener = (e: QmsErrorEvent) => events.push(e);
  document.addEventListener('qms-error', listener);
  try {
    const el = await make();
    return { el, events };
  } finally {
    queueMicrotask(() => document.removeEventListener('qms-error', listener));
  }
}

async function loaded(el: DataProbe) {
  await el.source.settled;
  await el.updateComplete;
}

describe('DataSourceController', () => {
  let realFetch: typeof fetch;
  beforeEach(() => {
    realFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('nothing supplied', () => {
    it('shows the empty state', async () => {
      const el = await fixture<DataProbe>(html`<qms-test-data-probe></qms-test-data-probe>`);
      expect(el.source.state).to.deep.equal({ status: 'empty', origin: undefined });
      expect(shadowText(el)).to.equal(en['common.empty']);
    });
  });

  describe('from the property', () => {
    it('parses and renders the value', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe .data=${{ values: [1, 2, 3] }}></qms-test-data-probe>`,
      );
      expect(el.source.state.status).to.equal('ready');
      expect(el.source.value).to.deep.equal({ values: [1, 2, 3] });
      expect(shadowText(el)).to.equal('1 2 3');
    });

    it('reports parse problems in the panel and as one qms-error with source "data"', async () => {
      const { el, events } = await withErrors(() =>
        fixture<DataProbe>(
          html`<qms-test-data-probe .data=${{ values: [1, 'x'] }}></qms-test-data-probe>`,
        ),
      );
      expect(alertOf(el)!.textContent).to.contain('values[1]: must be a number, got "x"');
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail.source).to.equal('data');
      expect(events[0]!.detail.problems[0]!.where).to.equal('values[1]');
    });

    it('renders once: no fetch task runs when there is no src', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe .data=${{ values: [1] }}></qms-test-data-probe>`,
      );
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.renders).to.equal(1);
    });

    it('re-parses only when the value changes', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe .data=${{ values: [1] }}></qms-test-data-probe>`,
      );
      const first = el.source.state;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.source.state).to.equal(first);
      el.data = { values: [2] };
      await el.updateComplete;
      expect(shadowText(el)).to.equal('2');
    });

    it('treats a parsed empty value as the empty state', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe .data=${{ values: [] }}></qms-test-data-probe>`,
      );
      expect(el.source.state.status).to.equal('empty');
      expect(shadowText(el)).to.equal(en['common.empty']);
    });

    it('reports a parse function that throws instead of throwing', async () => {
      const el = await fixture<DataProbe>(html`<qms-test-data-probe></qms-test-data-probe>`);
      const throwing = {
        get values(): number[] {
          throw new Error('boom');
        },
      };
      el.data = throwing;
      await el.updateComplete;
      expect(alertOf(el)!.textContent).to.contain('the data property: could not be read (boom)');
    });

    it('wins over src and the slot, and fetches nothing', async () => {
      let calls = 0;
      window.fetch = (...args) => {
        calls += 1;
        return realFetch(...args);
      };
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe .data=${{ values: [9] }} src=${fixtureUrl('values.json')}
          ><script type="application/json">
            { "values": [8] }
          </script></qms-test-data-probe
        >`,
      );
      expect(shadowText(el)).to.equal('9');
      expect(calls).to.equal(0);
    });
  });

  describe('from a slotted <script type="application/json">', () => {
    it('parses and renders it', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe
          ><script type="application/json">
            { "values": [4, 5] }
          </script></qms-test-data-probe
        >`,
      );
      expect(el.source.state).to.deep.include({ status: 'ready', origin: 'slot' });
      expect(shadowText(el)).to.equal('4 5');
    });

    it('re-renders when the script changes or is added later', async () => {
      const el = await fixture<DataProbe>(html`<qms-test-data-probe></qms-test-data-probe>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "values": [6] }';
      el.append(script);
      await waitUntil(() => shadowText(el) === '6', 'script added');
      script.textContent = '{ "values": [7, 8] }';
      await waitUntil(() => shadowText(el) === '7 8', 'script changed');
    });

    it('ignores light-DOM changes that do not touch the script', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe
          ><script type="application/json">
            { "values": [1] }
          </script></qms-test-data-probe
        >`,
      );
      const before = el.renders;
      el.append(document.createElement('span'));
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.renders).to.equal(before);
    });

    it('reports bad JSON with where it is, source "slot"', async () => {
      const { el, events } = await withErrors(() =>
        fixture<DataProbe>(
          html`<qms-test-data-probe
            ><script type="application/json">
              { "values": [1, }
            </script></qms-test-data-probe
          >`,
        ),
      );
      const text = alertOf(el)!.textContent!;
      expect(text).to.contain(`${en['element.where.slot']}: is not valid JSON (`);
      expect(events.map((e) => e.detail.source)).to.deep.equal(['slot']);
    });

    it('an empty script is the empty state', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe><script type="application/json"></script></qms-test-data-probe>`,
      );
      expect(el.source.state).to.deep.equal({ status: 'empty', origin: 'slot' });
    });
  });

  describe('from a src URL', () => {
    it('shows loading, then the fetched value', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('values.json')}></qms-test-data-probe>`,
      );
      expect(el.source.state.status).to.equal('loading');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal(en['common.loading']);
      await loaded(el);
      expect(el.source.state).to.deep.include({ status: 'ready', origin: 'src' });
      expect(shadowText(el)).to.equal('3 1 4');
    });

    it('resolves relative URLs against the page', async () => {
      const relative = new URL(fixtureUrl('values.json')).pathname;
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${relative}></qms-test-data-probe>`,
      );
      await loaded(el);
      expect(shadowText(el)).to.equal('3 1 4');
    });

    it('reports a 404 with the URL and status, once, with source "src"', async () => {
      const url = fixtureUrl('missing.json');
      const { el, events } = await withErrors(async () => {
        const probe = await fixture<DataProbe>(
          html`<qms-test-data-probe src=${url}></qms-test-data-probe>`,
        );
        await loaded(probe);
        return probe;
      });
      expect(alertOf(el)!.textContent).to.contain(`${url}: the server answered with status 404`);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({
        source: 'src',
        // Worded by the element in the page's language, and says so.
        problems: [{ where: url, message: 'the server answered with status 404', lang: 'en' }],
      });
    });

    it('reports a response that is not JSON', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('not-json.txt')}></qms-test-data-probe>`,
      );
      await loaded(el);
      expect(alertOf(el)!.textContent).to.match(/not-json\.txt: is not valid JSON \(.+\)/);
    });

    it('reports parse problems in a fetched file', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('wrong-shape.json')}></qms-test-data-probe>`,
      );
      await loaded(el);
      expect(alertOf(el)!.textContent).to.contain('values[1]: must be a number, got "two"');
    });

    it('shows the empty state for an empty data set', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('empty-values.json')}></qms-test-data-probe>`,
      );
      await loaded(el);
      expect(el.source.state.status).to.equal('empty');
    });

    it('reads CSV by extension or content type when the element can parse it', async () => {
      const el = await fixture<CsvProbe>(
        html`<qms-test-csv-probe src=${fixtureUrl('values.csv')}></qms-test-csv-probe>`,
      );
      await loaded(el);
      expect(shadowText(el)).to.equal('5 6');
    });

    it('reports CSV to an element that only reads JSON', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('values.csv')}></qms-test-data-probe>`,
      );
      await loaded(el);
      expect(alertOf(el)!.textContent).to.contain(en['element.problem.csvUnsupported']);
    });

    it('reports a network failure in the element’s language', async () => {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe
          lang="cy"
          src="https://example.invalid/x.json"
        ></qms-test-data-probe>`,
      );
      await loaded(el);
      const text = alertOf(el)!.textContent!;
      expect(text).to.contain(cy['common.error.title']);
      expect(text).to.contain(cy['element.problem.network'].replace('{reason}', 'Failed to fetch'));
    });

    it('aborts the fetch on disconnect without reporting an error, and fetches again on reconnect', async () => {
      const signals: AbortSignal[] = [];
      window.fetch = (_input, init) => {
        const signal = init!.signal!;
        signals.push(signal);
        if (signals.length > 1) {
          return Promise.resolve(
            new Response('{ "values": [7] }', { headers: { 'content-type': 'application/json' } }),
          );
        }
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      };
      const { el, events } = await withErrors(() =>
        fixture<DataProbe>(html`<qms-test-data-probe src="slow.json"></qms-test-data-probe>`),
      );
      const parent = el.parentElement!;
      expect(el.source.state.status).to.equal('loading');
      el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      await el.source.settled;
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
      parent.append(el);
      await loaded(el);
      expect(signals).to.have.length(2);
      expect(shadowText(el)).to.equal('7');
      expect(events).to.have.length(0);
    });

    it('aborts a pending fetch when src changes', async () => {
      const signals: AbortSignal[] = [];
      window.fetch = (input, init) => {
        signals.push(init!.signal!);
        if (String(input).endsWith('slow.json')) {
          return new Promise((_resolve, reject) =>
            init!.signal!.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          );
        }
        return realFetch(input, init);
      };
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src="slow.json"></qms-test-data-probe>`,
      );
      el.src = fixtureUrl('values.json');
      expect(el.source.state.status, 'before the update').to.equal('loading');
      await el.updateComplete;
      expect(signals[0]!.aborted).to.equal(true);
      await loaded(el);
      expect(shadowText(el)).to.equal('3 1 4');
    });

    it('switching from src to data drops the fetched value', async () => {
      const el = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('values.json')}></qms-test-data-probe>`,
      );
      await loaded(el);
      el.data = { values: [42] };
      await el.updateComplete;
      expect(shadowText(el)).to.equal('42');
      el.data = undefined;
      await el.updateComplete;
      await loaded(el);
      expect(shadowText(el)).to.equal('3 1 4');
    });
  });

  describe('accessibility (axe)', () => {
    it('loading, ready, empty and error states have no violations', async () => {
      const loading = await fixture<DataProbe>(
        html`<qms-test-data-probe src=${fixtureUrl('values.json')}></qms-test-data-probe>`,
      );
      await expectNoAxeViolations(loading);
      await loaded(loading);
      await expectNoAxeViolations(loading);
      await expectNoAxeViolations(await fixture(html`<qms-test-data-probe></qms-test-data-probe>`));
      await expectNoAxeViolations(
        await fixture(html`<qms-test-data-probe .data=${{ values: ['x'] }}></qms-test-data-probe>`),
      );
    });
  });
});
