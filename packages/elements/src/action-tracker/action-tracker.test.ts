import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '../test/send-keys.js';
import { cy, en, getFramework, sortActions, type ActionSortKey } from '@qms-kit/sdk';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import {
  $,
  $$,
  APRIL,
  TODAY,
  cardIds,
  choose,
  fixtureUrl,
  focused,
  openDetails,
  press,
  rowIds,
  sampleActions,
  sampleTracker,
  typeInto,
} from '../test/fixtures/action-helpers.js';
import { QmsActionTracker } from './action-tracker.js';

const SAMPLE_IDS = [...Array.from({ length: 15 }, (_, i) => `A${i + 1}`), 'QI-PU', 'QI-SEPSIS'];

const headerOf = (el: QmsActionTracker, key: string) => $(el, `th.col-${key}`);
const cell = (el: QmsActionTracker, id: string, column: number) =>
  $$(el, `tr[data-id="${id}"] > *`)[column]!.textContent!.replace(/\s+/g, ' ').trim();

describe('<qms-action-tracker>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is registered by the define entry as QmsActionTracker', () => {
    expect(customElements.get('qms-action-tracker')).to.equal(QmsActionTracker);
  });

  describe('the sample dataset', () => {
    it('renders the 15 Welsh framework actions and the 2 improvement projects', async () => {
      const el = await sampleTracker();
      expect(rowIds(el)).to.deep.equal(SAMPLE_IDS);
      expect($(el, '.count').textContent).to.contain('Showing 17 of 17 actions');
      expect($(el, 'caption').textContent!.trim()).to.equal('Actions');
      await expectNoAxeViolations(el);
    });

    it('shows title, owner, due, status, delivery confidence, aspect, domain and last update', async () => {
      const el = await sampleTracker();
      expect(cell(el, 'A8', 0)).to.contain('Show through plans that patient care');
      expect(cell(el, 'A8', 1)).to.equal('NHS organisations');
      expect(cell(el, 'A8', 2)).to.equal('30 Jun 2025');
      expect(cell(el, 'A8', 3)).to.equal('In progress');
      expect(cell(el, 'A8', 4)).to.equal('High confidence');
      expect(cell(el, 'A8', 5)).to.equal('Quality Planning');
      expect(cell(el, 'A8', 6)).to.equal('Person-centred');
      expect(cell(el, 'A8', 7)).to.equal('18 Mar 2025');
      // Whole-system actions and missing values are named, not blank.
      expect(cell(el, 'A12', 5)).to.equal('Whole system');
      expect(cell(el, 'A2', 6)).to.equal('–None');
    });

    it('names domains and enablers from the framework', async () => {
      const el = await sampleTracker();
      expect(cell(el, 'A14', 6)).to.equal('Workforce');
      expect(cell(el, 'A9', 6)).to.equal('Learning, improvement and research');
    });

    it('shows the revised due date, with the original date and the reason on hover', async () => {
      const el = await sampleTracker();
      const revised = $(el, 'tr[data-id="A4"] .revised');
      expect(cell(el, 'A4', 2)).to.match(/^30 Sept? 2025 Revised/);
      expect(revised.title).to.equal(
        'Revised from 31 Mar 2024: Aligned with the national incident system roll-out (synthetic).',
      );
    });

    it('marks due soon and overdue with words and an icon, worked out from `today`', async () => {
      const el = await sampleTracker();
      const a12 = $(el, 'tr[data-id="A12"] .due');
      expect(a12.textContent!.trim()).to.equal('Due soon');
      expect(a12.querySelector('svg')).to.not.equal(null);
      el.today = APRIL;
      await el.updateComplete;
      const late = $(el, 'tr[data-id="A12"] .due');
      expect(late.textContent!.trim()).to.equal('Overdue');
      expect(late.dataset['due']).to.equal('overdue');
      // Complete actions are never overdue.
      expect($$(el, 'tr[data-id="A1"] .due')).to.have.length(0);
    });

    it('delivery confidence has a distinct shape and wording for each level', async () => {
      const el = await sampleTracker();
      const shapes = ['A6', 'A5', 'A7'].map((id) => {
        const badge = $(el, `tr[data-id="${id}"] .confidence`);
        return [badge.textContent!.trim(), badge.querySelector('.shape')!.localName];
      });
      expect(shapes).to.deep.equal([
        ['High confidence', 'circle'],
        ['Medium confidence', 'path'],
        ['Low confidence', 'path'],
      ]);
      const d = (id: string) => $(el, `tr[data-id="${id}"] .confidence .shape`).getAttribute('d');
      expect(d('A5')).to.not.equal(d('A7'));
    });

    it('names linked measures and statements in the row details', async () => {
      const el = await sampleTracker();
      await openDetails(el, 'A5');
      const details = $(el, '[data-details="A5"]').textContent!.replace(/\s+/g, ' ');
      expect(details).to.contain('Linked measures');
      expect(details).to.match(/Inpatient falls.*\(falls\)/);
      expect(details).to.contain('(cqc-managing-risks)');
      // Only facts the action has are listed.
      expect(details).to.not.contain('Sponsor');
      expect(details).to.not.contain('Description');
      await expectNoAxeViolations(el);
    });
  });

  describe('filters', () => {
    it('by status', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-status', 'complete');
      expect(rowIds(el)).to.deep.equal(['A1', 'A2', 'A3', 'A15']);
      expect($(el, '.count').textContent).to.contain('Showing 4 of 17 actions');
    });

    it('by owner', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-owner', 'National work');
      expect(rowIds(el)).to.deep.equal(['A5', 'A6', 'A13']);
    });

    it('by QMS aspect, including whole-system actions', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-aspect', 'improvement');
      expect(rowIds(el)).to.deep.equal(['A9', 'QI-PU', 'QI-SEPSIS']);
      await choose(el, '#filter-aspect', '-');
      expect(rowIds(el)).to.include.members(['A1', 'A12', 'A13']);
      expect(rowIds(el)).to.not.include('A8');
    });

    it('by domain, including actions with none', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-domain', 'workforce');
      expect(rowIds(el)).to.deep.equal(['A14']);
      await choose(el, '#filter-domain', '-');
      expect(rowIds(el)).to.deep.equal(['A2', 'A3', 'A10', 'A12', 'A13', 'A15']);
    });

    it('by due state: overdue, due soon, either', async () => {
      const el = await sampleTracker({ today: APRIL });
      await choose(el, '#filter-due', 'overdue');
      expect(rowIds(el)).to.deep.equal(['A12']);
      el.today = TODAY;
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal([]);
      await choose(el, '#filter-due', 'due-soon');
      expect(rowIds(el)).to.deep.equal(['A12']);
      await choose(el, '#filter-due', 'attention');
      expect(rowIds(el)).to.deep.equal(['A12']);
    });

    it('combine, and an empty result says so (axe clean)', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-status', 'complete');
      await choose(el, '#filter-aspect', 'improvement');
      expect(rowIds(el)).to.deep.equal([]);
      expect($(el, '.no-match').textContent!.trim()).to.equal(en['actionTracker.noMatch']);
      expect($(el, '.count').textContent).to.contain('Showing 0 of 17 actions');
      await expectNoAxeViolations(el);
    });

    it('"Clear filters" shows everything again and returns focus to the search box', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-status', 'blocked');
      await press(el, '[data-command="clear-filters"]');
      expect(rowIds(el)).to.have.length(17);
      expect(focused(el)?.id).to.equal('filter-query');
      expect($$(el, '[data-command="clear-filters"]')).to.have.length(0);
    });
  });

  describe('text search', () => {
    it('finds words in titles, descriptions and owners, case-insensitively', async () => {
      const el = await sampleTracker();
      await typeInto(el, '#filter-query', 'SSKIN');
      expect(rowIds(el)).to.deep.equal(['QI-PU']);
      await typeInto(el, '#filter-query', 'risk–benefit');
      expect(rowIds(el)).to.deep.equal(['A1']);
      await typeInto(el, '#filter-query', 'ed consultant');
      expect(rowIds(el)).to.deep.equal(['QI-SEPSIS']);
    });

    it('is typed with the keyboard like any search box', async () => {
      const el = await sampleTracker();
      $<HTMLInputElement>(el, '#filter-query').focus();
      await sendKeys({ type: 'maternity' });
      await el.updateComplete;
      expect(rowIds(el)).to.deep.equal(['A6']);
    });
  });

  describe('sorting', () => {
    const framework = getFramework('wales-hcqs-2023');
    const sdkOrder = (key: ActionSortKey, direction: 'ascending' | 'descending') =>
      sortActions(sampleActions(), { key, direction }, { lang: 'en', framework }).map((a) => a.id);
    const columns: [ActionSortKey, string][] = [
      ['title', 'A5'],
      ['owner', 'QI-SEPSIS'],
      ['due', 'A1'],
      ['status', 'A4'],
      ['deliveryConfidence', 'A7'],
      ['aspect', 'A8'],
      ['domain', 'A1'],
      ['lastUpdate', 'A1'],
    ];
    for (const [key, first] of columns) {
      it(`by ${key}, both directions, with aria-sort on the header`, async () => {
        const el = await sampleTracker();
        expect(headerOf(el, key).hasAttribute('aria-sort')).to.equal(false);
        await press(el, `button[data-sort="${key}"]`);
        expect(headerOf(el, key).getAttribute('aria-sort')).to.equal('ascending');
        expect(rowIds(el)[0]).to.equal(first);
        expect(rowIds(el)).to.deep.equal(sdkOrder(key, 'ascending'));
        await press(el, `button[data-sort="${key}"]`);
        expect(headerOf(el, key).getAttribute('aria-sort')).to.equal('descending');
        expect(rowIds(el)).to.deep.equal(sdkOrder(key, 'descending'));
        expect(rowIds(el)).to.not.deep.equal(sdkOrder(key, 'ascending'));
        // Only one column is sorted at a time.
        expect($$(el, 'th[aria-sort]')).to.have.length(1);
      });
    }

    it('sort buttons work from the keyboard (Enter and Space)', async () => {
      const el = await sampleTracker();
      $<HTMLButtonElement>(el, 'button[data-sort="due"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headerOf(el, 'due').getAttribute('aria-sort')).to.equal('ascending');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(headerOf(el, 'due').getAttribute('aria-sort')).to.equal('descending');
      expect(focused(el)?.dataset['sort']).to.equal('due');
      await expectNoAxeViolations(el);
    });
  });

  describe('grouping', () => {
    it('by QMS aspect: wheel order with row-group headers, whole system last', async () => {
      const el = await sampleTracker();
      await choose(el, '#group-by', 'aspect');
      expect(el.groupBy).to.equal('aspect');
      expect(el.getAttribute('group-by')).to.equal('aspect');
      const headings = $$(el, 'th[scope="rowgroup"]').map((th) =>
        th.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(headings).to.deep.equal([
        'Quality Planning (1 action)',
        'Quality Improvement (3 actions)',
        'Quality Assurance (1 action)',
        'Whole system (12 actions)',
      ]);
      expect($$(el, 'tbody.group')).to.have.length(4);
      await expectNoAxeViolations(el);
    });

    it('by domain, in framework order, and keeps the sort inside groups', async () => {
      const el = await sampleTracker();
      el.groupBy = 'domain';
      await el.updateComplete;
      await press(el, 'button[data-sort="title"]');
      const groups = $$(el, 'tbody.group').map((g) => g.dataset['group']);
      expect(groups).to.deep.equal([
        'safe',
        'effective',
        'person-centred',
        'workforce',
        'information',
        'learning-improvement-research',
        '-',
      ]);
      const safe = $$(el, 'tbody[data-group="safe"] tr.row').map((r) => r.dataset['id']);
      expect(safe).to.deep.equal(['A5', 'A4', 'A7', 'A6', 'A1', 'QI-PU']);
    });

    it('a bad group-by is reported and the table stays ungrouped', async () => {
      const el = await sampleTracker();
      const error = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      el.setAttribute('group-by', 'owner');
      const event = await error;
      expect(event.detail.source).to.equal('attribute');
      expect($(el, '[role="alert"]').textContent).to.contain('"owner"');
      expect($$(el, 'th[scope="rowgroup"]')).to.have.length(0);
      expect(rowIds(el)).to.have.length(17);
    });
  });

  describe('board view', () => {
    it('shows a column per status with the actions as cards', async () => {
      const el = await sampleTracker();
      await press(el, 'button[data-view="board"]');
      expect(el.view).to.equal('board');
      expect($(el, 'button[data-view="board"]').getAttribute('aria-pressed')).to.equal('true');
      expect(cardIds(el, 'complete')).to.deep.equal(['A1', 'A2', 'A3', 'A15']);
      expect(cardIds(el, 'in-progress')).to.have.length(13);
      expect(cardIds(el, 'blocked')).to.deep.equal([]);
      expect($$(el, 'table')).to.have.length(0);
      await expectNoAxeViolations(el);
    });

    it('filters apply to the board too', async () => {
      const el = await sampleTracker();
      el.view = 'board';
      await el.updateComplete;
      await choose(el, '#filter-aspect', 'improvement');
      expect(cardIds(el, 'in-progress')).to.deep.equal(['A9', 'QI-PU', 'QI-SEPSIS']);
    });
  });

  describe('many actions', () => {
    const many = () =>
      Array.from({ length: 1000 }, (_, i) => ({
        id: `M${i + 1}`,
        title: `Action number ${i + 1}${i % 10 === 0 ? ' falls' : ''}`,
        owner: `Owner ${i % 7}`,
        source: 'local' as const,
        status: (['not-started', 'in-progress', 'blocked'] as const)[i % 3]!,
        due: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`,
        measureIds: [],
        statementIds: [],
        pdsaCycles: [],
      }));

    it('renders a page of rows and shows more on request, focusing the first new row', async () => {
      const el = await sampleTracker({ actions: many() });
      expect(rowIds(el)).to.have.length(50);
      expect($(el, '[data-command="more"]').textContent!.trim()).to.equal('Show 50 more actions');
      await press(el, '[data-command="more"]');
      expect(rowIds(el)).to.have.length(100);
      expect(focused(el)?.closest('tr')?.dataset['id']).to.equal('M51');
    });

    it('filters 1,000 actions through search (no timing asserted; see the SDK bench)', async () => {
      const el = await sampleTracker({ actions: many() });
      await typeInto(el, '#filter-query', 'falls');
      expect($(el, '.count').textContent).to.contain('Showing 100 of 1,000 actions');
      expect(rowIds(el)).to.have.length(50);
    });
  });

  describe('data in', () => {
    it('an empty tracker offers to add an action', async () => {
      const el = await fixture<QmsActionTracker>(
        html`<qms-action-tracker today=${TODAY}></qms-action-tracker>`,
      );
      expect($(el, '.no-match').textContent!.trim()).to.equal('No actions yet.');
      expect($(el, '[data-command="add"]')).to.exist;
      await expectNoAxeViolations(el);
    });

    it('reads a slotted JSON script', async () => {
      const el = await fixture<QmsActionTracker>(
        html`<qms-action-tracker today=${TODAY}>
          <script type="application/json">
            [{ "id": "S1", "title": "Slotted", "owner": "Ward 7" }]
          </script>
        </qms-action-tracker>`,
      );
      expect(rowIds(el)).to.deep.equal(['S1']);
    });

    it('reads JSON and CSV from src', async () => {
      const json = await fixture<QmsActionTracker>(
        html`<qms-action-tracker src=${fixtureUrl('action-list.json')}></qms-action-tracker>`,
      );
      await waitForRows(json);
      expect(rowIds(json)).to.deep.equal(['J1']);
      const csv = await fixture<QmsActionTracker>(
        html`<qms-action-tracker src=${fixtureUrl('action-list.csv')}></qms-action-tracker>`,
      );
      await waitForRows(csv);
      expect(rowIds(csv)).to.deep.equal(['L1', 'L2']);
    });

    it('bad actions show a readable alert and fire qms-error (axe clean)', async () => {
      const el = document.createElement('qms-action-tracker');
      const error = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      el.actions = [{ id: 'X1', title: '', owner: 'Ward 7', status: 'done' }];
      document.body.append(el);
      const event = await error;
      await el.updateComplete;
      expect(event.detail.source).to.equal('data');
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain('title');
      expect(alert.textContent).to.contain('"done"');
      expect($$(el, 'table')).to.have.length(0);
      await expectNoAxeViolations(el);
      el.remove();
    });

    it('a bad today is reported, and due states use the real date meanwhile', async () => {
      const el = await sampleTracker();
      const error = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      el.today = '31/03/2025';
      await error;
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.contain('31/03/2025');
      expect(rowIds(el)).to.have.length(17);
    });
  });

  describe('Welsh', () => {
    it('labels, statuses, dates and counts in Welsh (axe clean)', async () => {
      const el = await sampleTracker({ lang: 'cy' });
      expect($(el, 'caption').textContent!.trim()).to.equal(cy['actionTracker.label']);
      expect($(el, 'button[data-sort="owner"]').textContent!.trim()).to.equal(cy['action.owner']);
      expect(cell(el, 'A8', 2)).to.equal('30 Meh 2025');
      expect(cell(el, 'A8', 3)).to.equal(cy['action.status.in-progress']);
      expect(cell(el, 'A8', 4)).to.equal(cy['actionTracker.confidence.high']);
      expect(cell(el, 'A8', 5)).to.equal(cy['qms.aspect.planning']);
      expect($(el, '.count').textContent).to.contain('Yn dangos 17 o 17 cam gweithredu');
      await expectNoAxeViolations(el);
    });

    it('English-only titles are marked lang="en" inside the Welsh page', async () => {
      const el = await sampleTracker({ lang: 'cy' });
      const title = $(el, 'tr[data-id="A1"] .cell-title span[lang]');
      expect(title.getAttribute('lang')).to.equal('en');
    });

    it('follows a change of the page language', async () => {
      const el = await sampleTracker();
      el.removeAttribute('lang');
      document.documentElement.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect($(el, '[data-command="add"]').textContent!.trim()).to.equal(cy['actionTracker.add']);
    });
  });

  describe('layout', () => {
    it('at 320 px the rows become labelled cards, still axe clean', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('qms-action-tracker');
      el.today = TODAY;
      el.setAttribute('framework', 'wales-hcqs-2023');
      el.actions = sampleActions();
      wrapper.append(el);
      await el.updateComplete;
      const td = $(el, 'tr[data-id="A8"] td[data-label]');
      expect(getComputedStyle(td).display).to.equal('grid');
      expect(getComputedStyle(td, '::before').content).to.equal('"Owner"');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      await expectNoAxeViolations(el);
    });

    it('print shows every row and hides the controls', async () => {
      const el = await sampleTracker({ pageSize: 5 });
      expect(rowIds(el)).to.have.length(5);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(17);
      expect($$(el, '[data-command="more"]')).to.have.length(0);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(rowIds(el)).to.have.length(5);
    });

    it('readonly leaves out every control that changes actions', async () => {
      const el = await sampleTracker();
      el.readonly = true;
      await el.updateComplete;
      await openDetails(el, 'QI-PU');
      expect($$(el, '[data-command="add"], [data-command="edit"], [data-command="delete"]')).to.be
        .empty;
      expect($$(el, '#import-file, [data-command="add-cycle"]')).to.be.empty;
      expect($$(el, '[data-command="export"]')).to.have.length(1);
      await expectNoAxeViolations(el);
    });
  });
});

async function waitForRows(el: QmsActionTracker) {
  for (let i = 0; i < 50 && rowIds(el).length === 0; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}
