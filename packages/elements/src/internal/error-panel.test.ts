import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { cy, en, type Problem } from '@qms-kit/sdk';
import { ErrorReporter, MAX_LISTED_PROBLEMS, renderErrorPanel } from './error-panel.js';
import type { QmsErrorEvent } from './events/index.js';
import { LocalizeController } from './localize.js';
import { baseStyles, stateStyles } from './styles.js';
import { expectNoAxeViolations } from '../test/axe.js';

const problem = (n: number): Problem => ({
  where: `row ${n}`,
  message: `value ${n} is not a number`,
});

/** Shows `problems` in the shared panel and reports them through ErrorReporter. */
class PanelProbe extends LitElement {
  static override styles = [baseStyles, stateStyles];
  static override properties = { problems: { attribute: false }, compact: { type: Boolean } };
  declare problems: Problem[];
  declare compact: boolean;
  readonly i18n = new LocalizeController(this);
  readonly errors = new ErrorReporter(this);
  constructor() {
    super();
    this.problems = [];
    this.compact = false;
  }
  override render() {
    this.errors.report(this.problems, 'data');
    return this.problems.length
      ? renderErrorPanel(this.i18n, this.problems, { compact: this.compact })
      : html`<p>fine</p>`;
  }
}
customElements.define('qms-test-panel-probe', PanelProbe);

/** Reports only when told to, as an async loader would. */
class ReporterOnly extends LitElement {
  readonly errors = new ErrorReporter(this);
}
customElements.define('qms-test-reporter-only', ReporterOnly);

async function probe(problems: Problem[], lang = 'en') {
  const events: QmsErrorEvent[] = [];
  const el = await fixture<PanelProbe>(
    html`<qms-test-panel-probe
      lang=${lang}
      .problems=${problems}
      @qms-error=${(e: QmsErrorEvent) => events.push(e)}
    ></qms-test-panel-probe>`,
  );
  return { el, events };
}

const alertOf = (el: PanelProbe) => el.shadowRoot!.querySelector('[role="alert"]');

describe('renderErrorPanel', () => {
  it('shows a role="alert" panel with a title and one "where: message" line per problem', async () => {
    const { el } = await probe([problem(1), problem(2)]);
    const alert = alertOf(el)!;
    expect(alert.getAttribute('part')).to.equal('error');
    expect(alert.querySelector('.qms-error__title')!.textContent).to.equal(
      en['common.error.title'],
    );
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal([
      'row 1: value 1 is not a number',
      'row 2: value 2 is not a number',
    ]);
  });

  it(`lists at most ${MAX_LISTED_PROBLEMS} problems, then says how many more`, async () => {
    const { el } = await probe(
      Array.from({ length: MAX_LISTED_PROBLEMS + 3 }, (_, i) => problem(i)),
    );
    const items = [...alertOf(el)!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.have.length(MAX_LISTED_PROBLEMS + 1);
    expect(items.at(-1)).to.equal('…and 3 more problems');
  });

  it('is localised', async () => {
    const { el } = await probe(
      [problem(1), ...Array.from({ length: MAX_LISTED_PROBLEMS }, (_, i) => problem(i))],
      'cy',
    );
    const alert = alertOf(el)!;
    expect(alert.querySelector('.qms-error__title')!.textContent).to.equal(
      cy['common.error.title'],
    );
    expect(alert.textContent).to.contain(cy['element.error.more.one'].replace('{count}', '1'));
  });

  it("marks each line with its language: the SDK's English, or the language it was worded in", async () => {
    const { el } = await probe([problem(1), { ...problem(2), lang: 'cy' }], 'cy');
    const langs = [...alertOf(el)!.querySelectorAll('li')].map((li) => li.getAttribute('lang'));
    expect(langs).to.deep.equal(['en', 'cy']);
  });

  it('takes a custom title and a compact variant', async () => {
    const el = await fixture<PanelProbe>(
      html`<qms-test-panel-probe compact .problems=${[problem(1)]}></qms-test-panel-probe>`,
    );
    expect(alertOf(el)!.classList.contains('qms-error--compact')).to.equal(true);
    const custom = renderErrorPanel(el.i18n, [], { title: 'Chart unavailable' });
    const host = await fixture(html`<div>${custom}</div>`);
    expect(host.querySelector('.qms-error__title')!.textContent).to.equal('Chart unavailable');
    expect(host.querySelector('ul')).to.equal(null);
  });

  it('has no axe violations, in English and Welsh', async () => {
    await expectNoAxeViolations((await probe([problem(1), problem(2)])).el);
    await expectNoAxeViolations((await probe([problem(1)], 'cy')).el);
  });
});

describe('ErrorReporter', () => {
  it('fires qms-error after the update that shows the problems', async () => {
    const events: QmsErrorEvent[] = [];
    const el = document.createElement('qms-test-panel-probe') as PanelProbe;
    el.problems = [problem(1)];
    let alertShownWhenFired = false;
    el.addEventListener('qms-error', (e) => {
      events.push(e);
      alertShownWhenFired = alertOf(el) !== null;
    });
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(alertShownWhenFired).to.equal(true);
      expect(events[0]!.detail).to.deep.equal({ problems: [problem(1)], source: 'data' });
    } finally {
      el.remove();
    }
  });

  it('fires once per distinct set of problems, not on every render', async () => {
    const { el, events } = await probe([problem(1)]);
    el.requestUpdate();
    await el.updateComplete;
    el.problems = [problem(1)]; // a new array with the same problems
    await el.updateComplete;
    expect(events).to.have.length(1);
    el.problems = [problem(1), problem(2)];
    await el.updateComplete;
    expect(events).to.have.length(2);
  });

  it('fires again for the same problems after the input was good in between', async () => {
    const { el, events } = await probe([problem(1)]);
    el.problems = [];
    await el.updateComplete;
    expect(alertOf(el)).to.equal(null);
    el.problems = [problem(1)];
    await el.updateComplete;
    expect(events).to.have.length(2);
  });

  it('reported outside an update, schedules one and still fires', async () => {
    const el = await fixture<ReporterOnly>(html`<qms-test-reporter-only></qms-test-reporter-only>`);
    const events: QmsErrorEvent[] = [];
    el.addEventListener('qms-error', (e) => events.push(e));
    el.errors.report([problem(9)], 'src');
    await el.updateComplete;
    expect(events.map((e) => e.detail.source)).to.deep.equal(['src']);
  });
});
