import { expect } from '@open-wc/testing';
import { cy, en, type Action } from '@qms-kit/sdk';
import type { QmsActionBeforeChangeEvent } from '../internal/events/qms-action-before-change.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import { sendKeys } from '../test/send-keys.js';
import {
  $,
  $$,
  TODAY,
  choose,
  focused,
  openDetails,
  press,
  recordEvents,
  rowIds,
  sampleActions,
  sampleTracker,
  submitForm,
  typeInto,
} from '../test/fixtures/action-helpers.js';
import type { QmsActionTracker } from './action-tracker.js';

/** Vetoes every change, with `reason` (or none). */
function vetoAll(el: QmsActionTracker, reason?: string) {
  const veto = (e: QmsActionBeforeChangeEvent) => {
    if (reason !== undefined) e.detail.reason = reason;
    e.preventDefault();
  };
  el.addEventListener('qms-action-before-change', veto);
  return () => el.removeEventListener('qms-action-before-change', veto);
}

const value = (el: QmsActionTracker, name: string) =>
  $<HTMLInputElement>(el, `.form [name="${name}"]`).value;

const errorFor = (el: QmsActionTracker, name: string) =>
  el
    .shadowRoot!.querySelector(`.field[data-field="${name}"] .error-message`)
    ?.textContent?.trim()
    .replace(/\s+/g, ' ');

async function openAdd(el: QmsActionTracker) {
  await press(el, '[data-command="add"]');
}

async function openEdit(el: QmsActionTracker, id: string) {
  await openDetails(el, id);
  await press(el, `[data-details="${id}"] [data-command="edit"]`);
}

describe('<qms-action-tracker> changes', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('adding an action', () => {
    it('opens a labelled form, focuses its heading, suggests the next id (axe clean)', async () => {
      const el = await sampleTracker();
      await openAdd(el);
      const form = $(el, '.form-panel');
      expect(form.dataset['mode']).to.equal('add');
      expect(focused(el)?.id).to.equal('form-heading');
      expect(value(el, 'id')).to.equal('A16');
      expect(value(el, 'status')).to.equal('not-started');
      for (const input of $$<HTMLInputElement>(el, '.form input, .form select, .form textarea')) {
        const label = el.shadowRoot!.querySelector(`label[for="${input.id}"]`);
        expect(label, input.name).to.not.equal(null);
      }
      expect($<HTMLInputElement>(el, '#f-due').type).to.equal('date');
      await expectNoAxeViolations(el);
    });

    it('saves through qms-action-before-change then qms-action-change (kind add)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openAdd(el);
      await typeInto(el, '#f-title', 'Weekly falls huddle');
      await typeInto(el, '#f-owner', 'Ward 9 sister');
      await typeInto(el, '#f-due', '2025-06-30');
      await choose(el, '#f-aspect', 'control');
      await choose(el, '#f-deliveryConfidence', 'medium');
      await submitForm(el);
      expect(events.before).to.have.length(1);
      expect(events.after).to.have.length(1);
      const { kind, before, after, actions } = events.after[0]!;
      expect(kind).to.equal('add');
      expect(before).to.equal(null);
      expect(after).to.include({
        id: 'A16',
        status: 'not-started',
        due: '2025-06-30',
        aspect: 'control',
        deliveryConfidence: 'medium',
        lastUpdate: TODAY,
      });
      expect(after!.title).to.deep.equal({ en: 'Weekly falls huddle' });
      expect(actions).to.have.length(18);
      expect(el.value).to.equal(actions);
      expect(rowIds(el)).to.include('A16');
      expect(el.shadowRoot!.querySelector('.form-panel')).to.equal(null);
      expect(focused(el)?.dataset['command']).to.equal('add');
    });

    it('is usable from the keyboard: type, then Enter submits', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openAdd(el);
      $<HTMLInputElement>(el, '#f-title').focus();
      await sendKeys({ type: 'Keyboard action' });
      await sendKeys({ press: 'Tab' }); // description
      await sendKeys({ press: 'Tab' }); // owner
      expect(focused(el)?.id).to.equal('f-owner');
      await sendKeys({ type: 'Ward 3' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(events.after.map((d) => d.kind)).to.deep.equal(['add']);
      expect(events.after[0]!.after!.owner).to.deep.equal({ en: 'Ward 3' });
    });

    it('shows every problem at once, linked to its field, and keeps what was typed (axe clean)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openAdd(el);
      await typeInto(el, '#f-description', 'Typed before the errors');
      await typeInto(el, '#f-start', '2025-05-01');
      await typeInto(el, '#f-due', '2025-04-01');
      await typeInto(el, '#f-revisedDue', '2025-07-01');
      await submitForm(el);
      expect(events.before).to.have.length(0);
      const summary = $(el, '.error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(focused(el)).to.equal(summary);
      expect(errorFor(el, 'title')).to.equal(`Error: ${en['actionTracker.error.title']}`);
      expect(errorFor(el, 'owner')).to.equal(`Error: ${en['actionTracker.error.owner']}`);
      expect(errorFor(el, 'due')).to.contain(en['actionTracker.error.dueBeforeStart']);
      expect(errorFor(el, 'revisedDueReason')).to.contain(
        en['actionTracker.error.revisedDueReason'],
      );
      const title = $<HTMLInputElement>(el, '#f-title');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.contain('f-title-error');
      expect(value(el, 'description')).to.equal('Typed before the errors');
      expect(value(el, 'due')).to.equal('2025-04-01');
      // Each summary link moves focus to its field.
      await press(el, '.error-summary a[data-target="f-owner"]');
      expect(focused(el)?.id).to.equal('f-owner');
      await expectNoAxeViolations(el);
    });

    it('a date the browser cannot read is an error, not silently empty', async () => {
      const el = await sampleTracker();
      await openAdd(el);
      await typeInto(el, '#f-title', 'Dates');
      await typeInto(el, '#f-owner', 'Ward 3');
      $<HTMLInputElement>(el, '#f-due').focus();
      await sendKeys({ type: '12' }); // day only: the input reports "" with badInput
      expect($<HTMLInputElement>(el, '#f-due').validity.badInput).to.equal(true);
      await submitForm(el);
      expect(errorFor(el, 'due')).to.contain(en['actionTracker.error.due']);
      expect($<HTMLInputElement>(el, '#f-due').validity.badInput).to.equal(true);
    });

    it('refuses an id that another action has', async () => {
      const el = await sampleTracker();
      await openAdd(el);
      await typeInto(el, '#f-id', 'A3');
      await typeInto(el, '#f-title', 'Duplicate');
      await typeInto(el, '#f-owner', 'Ward 3');
      await submitForm(el);
      expect(errorFor(el, 'id')).to.contain('Another action already has the ID “A3”');
    });
  });

  describe('editing an action', () => {
    it('fills the form from the action and saves an edit with before and after', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A4');
      expect($(el, '.form-panel').dataset['mode']).to.equal('edit');
      expect($(el, '#form-heading').textContent).to.contain('Edit “Develop a new National');
      expect(value(el, 'revisedDue')).to.equal('2025-09-30');
      expect(value(el, 'revisedDueReason')).to.contain('national incident system');
      expect(value(el, 'deliveryConfidence')).to.equal('medium');
      expect(el.shadowRoot!.querySelector('#f-id')).to.equal(null);
      await choose(el, '#f-deliveryConfidence', 'low');
      await typeInto(el, '#f-notes', 'Supplier contract signed.');
      await submitForm(el);
      const detail = events.after[0]!;
      expect(detail.kind).to.equal('edit');
      expect(detail.before!.deliveryConfidence).to.equal('medium');
      expect(detail.after!.deliveryConfidence).to.equal('low');
      expect(detail.after!.notes).to.deep.equal({ en: 'Supplier contract signed.' });
      expect(detail.after!.lastUpdate).to.equal(TODAY);
      // Fields the form does not show are kept.
      expect(detail.after!.reference).to.equal(detail.before!.reference);
      expect($(el, 'tr[data-id="A4"] .confidence').textContent!.trim()).to.equal('Low confidence');
      expect(focused(el)?.dataset['command']).to.equal('edit');
    });

    it('sets the IHI progress score from a labelled select', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'QI-PU');
      expect(value(el, 'progressScore')).to.equal('3.5');
      const labels = $$<HTMLOptionElement>(el, '#f-progressScore option').map((o) => o.text.trim());
      expect(labels).to.include('4.0: Significant improvement');
      expect(labels).to.have.length(11);
      await choose(el, '#f-progressScore', '4');
      await submitForm(el);
      expect(events.after[0]!.after!.progressScore).to.equal(4);
      expect($(el, '[data-details="QI-PU"]').textContent).to.contain(
        '4.0: Significant improvement',
      );
    });

    it('in Welsh, English-only text is edited as English, and the form says so', async () => {
      const el = await sampleTracker({ lang: 'cy' });
      const events = recordEvents(el);
      await openEdit(el, 'A14');
      expect($(el, '#f-title-hint').textContent).to.contain(
        'Dangosir yn Saesneg: ni roddwyd testun Cymraeg.',
      );
      await typeInto(el, '#f-title', 'Engage and empower the whole workforce');
      await submitForm(el);
      expect(events.after[0]!.after!.title).to.deep.equal({
        en: 'Engage and empower the whole workforce',
      });
    });
  });

  describe('vetoed changes', () => {
    it('keep the form with its values and show the host’s reason (axe clean)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      const stop = vetoAll(el, 'You can only add actions for your own ward.');
      await openAdd(el);
      await typeInto(el, '#f-title', 'Vetoed action');
      await typeInto(el, '#f-owner', 'Ward 3');
      await submitForm(el);
      expect(events.before).to.have.length(1);
      expect(events.after).to.have.length(0);
      const veto = $(el, '.veto');
      expect(veto.getAttribute('role')).to.equal('alert');
      expect(veto.textContent!.trim()).to.equal(
        'The change was not saved: You can only add actions for your own ward.',
      );
      expect(focused(el)).to.equal(veto);
      expect(value(el, 'title')).to.equal('Vetoed action');
      expect(rowIds(el)).to.not.include('A16');
      await expectNoAxeViolations(el);
      // Once the host allows it, the same form saves.
      stop();
      await submitForm(el);
      expect(events.after).to.have.length(1);
      expect(rowIds(el)).to.include('A16');
    });

    it('veto(reason) and a veto without a reason', async () => {
      const el = await sampleTracker();
      el.addEventListener('qms-action-before-change', (e) => e.veto());
      await openEdit(el, 'A6');
      await submitForm(el);
      expect($(el, '.veto').textContent!.trim()).to.equal(en['actionTracker.vetoed']);
    });
  });

  describe('status changes', () => {
    it('change the status through the row details (kind status)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'A7');
      await choose(el, '#status-A7', 'blocked');
      await press(el, '[data-details="A7"] [data-command="apply-status"]');
      const detail = events.after[0]!;
      expect(detail.kind).to.equal('status');
      expect(detail.before!.status).to.equal('in-progress');
      expect(detail.after).to.include({ status: 'blocked', lastUpdate: TODAY });
      expect($(el, 'tr[data-id="A7"] td[data-status]').dataset['status']).to.equal('blocked');
    });

    it('a vetoed status change is explained in the row and nothing changes', async () => {
      const el = await sampleTracker();
      vetoAll(el, 'Needs the sponsor’s sign-off.');
      await openDetails(el, 'A7');
      await choose(el, '#status-A7', 'complete');
      await press(el, '[data-details="A7"] [data-command="apply-status"]');
      const message = $(el, '[data-details="A7"] .row-message');
      expect(message.textContent).to.contain('Needs the sponsor’s sign-off.');
      expect(focused(el)).to.equal(message);
      expect($(el, 'tr[data-id="A7"] td[data-status]').dataset['status']).to.equal('in-progress');
      // The chosen status is still selected, ready to try again.
      expect($<HTMLSelectElement>(el, '#status-A7').value).to.equal('complete');
      await expectNoAxeViolations(el);
    });

    it('moves a card between board columns', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      el.view = 'board';
      await el.updateComplete;
      await choose(el, '#move-A13', 'blocked');
      await press(el, '.card[data-id="A13"] [data-command="apply-status"]');
      expect(events.after[0]!.kind).to.equal('status');
      expect($(el, '.column[data-status="blocked"] .card').dataset['id']).to.equal('A13');
      expect(focused(el)?.closest('.card')?.getAttribute('data-id')).to.equal('A13');
    });
  });

  describe('deleting', () => {
    it('asks first, then deletes (kind delete)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'A13');
      await press(el, '[data-details="A13"] [data-command="delete"]');
      expect($(el, '.confirm').textContent).to.contain('This cannot be undone.');
      expect(focused(el)?.dataset['command']).to.equal('confirm-delete');
      await expectNoAxeViolations(el);
      await press(el, '[data-command="confirm-delete"]');
      expect(events.after[0]).to.include({ kind: 'delete', after: null });
      expect(events.after[0]!.before!.id).to.equal('A13');
      expect(rowIds(el)).to.not.include('A13');
      expect(rowIds(el)).to.have.length(16);
    });

    it('cancel keeps the action; a veto explains why it stays', async () => {
      const el = await sampleTracker();
      await openDetails(el, 'A13');
      await press(el, '[data-details="A13"] [data-command="delete"]');
      await press(el, '[data-command="cancel-delete"]');
      expect(focused(el)?.dataset['command']).to.equal('delete');
      vetoAll(el, 'Actions are archived, not deleted.');
      await press(el, '[data-details="A13"] [data-command="delete"]');
      await press(el, '[data-command="confirm-delete"]');
      expect(rowIds(el)).to.include('A13');
      expect($(el, '[data-details="A13"] .row-message').textContent).to.contain('archived');
    });
  });

  describe('PDSA cycles', () => {
    it('lists an action’s cycles with plan, do, study and act', async () => {
      const el = await sampleTracker();
      await openDetails(el, 'QI-PU');
      const cycles = $$(el, '[data-details="QI-PU"] .cycle');
      expect(cycles).to.have.length(3);
      expect(cycles[2]!.querySelector('[data-act]')!.textContent!.trim()).to.equal('Adopt');
      expect(cycles[0]!.textContent).to.contain('Bed-space SSKIN boards, Ward 7');
      expect(cycles[0]!.textContent).to.contain('6 May 2024 to 31 May 2024');
    });

    it('adds a cycle (kind edit) with plan, dates and adopt (axe clean while editing)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'QI-SEPSIS');
      await press(el, '[data-details="QI-SEPSIS"] [data-command="add-cycle"]');
      expect($(el, '.form-panel').dataset['form']).to.equal('pdsa');
      expect(value(el, 'start')).to.equal(TODAY);
      await expectNoAxeViolations(el);
      await typeInto(el, '#p-changeIdea', 'Night-shift sepsis champion');
      await typeInto(el, '#p-question', 'Does a champion lift night screening?');
      await typeInto(el, '#p-prediction', 'Night screening reaches 90%.');
      await typeInto(el, '#p-end', '2025-04-30');
      await choose(el, '#p-act', 'adopt');
      await submitForm(el);
      const detail = events.after[0]!;
      expect(detail.kind).to.equal('edit');
      expect(detail.before!.pdsaCycles).to.have.length(4);
      const cycle = detail.after!.pdsaCycles[4]!;
      expect(cycle).to.include({
        id: 'QI-SEPSIS-pdsa-1',
        act: 'adopt',
        start: TODAY,
        end: '2025-04-30',
      });
      expect(cycle.plan.question).to.deep.equal({ en: 'Does a champion lift night screening?' });
      expect($$(el, '[data-details="QI-SEPSIS"] .cycle')).to.have.length(5);
    });

    it('edits a cycle: observations, learning, adapt then abandon', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'QI-SEPSIS');
      const edit = () =>
        press(
          el,
          '[data-details="QI-SEPSIS"] .cycle[data-cycle="sepsis-4"] [data-command="edit-cycle"]',
        );
      await edit();
      expect($(el, '#form-heading').textContent).to.contain('Weekly run chart at the ED huddle');
      expect(value(el, 'act')).to.equal('');
      await typeInto(el, '#p-observations', 'Shown at 10 of 12 huddles.');
      await typeInto(el, '#p-learning', 'Screening held above 90%.');
      await choose(el, '#p-act', 'adapt');
      await submitForm(el);
      let cycle = events.after[0]!.after!.pdsaCycles[3]!;
      expect(cycle.act).to.equal('adapt');
      expect(cycle.do).to.deep.equal({ observations: { en: 'Shown at 10 of 12 huddles.' } });
      expect(cycle.study).to.deep.equal({ learning: { en: 'Screening held above 90%.' } });
      expect(cycle.plan.measureId).to.equal('sepsis');
      await edit();
      expect(value(el, 'act')).to.equal('adapt');
      await choose(el, '#p-act', 'abandon');
      await submitForm(el);
      cycle = events.after[1]!.after!.pdsaCycles[3]!;
      expect(cycle.act).to.equal('abandon');
      expect(events.after[1]!.after!.pdsaCycles).to.have.length(4);
    });

    it('names missing plan fields and an end before the start (axe clean)', async () => {
      const el = await sampleTracker();
      await openDetails(el, 'QI-PU');
      await press(el, '[data-details="QI-PU"] [data-command="add-cycle"]');
      await typeInto(el, '#p-question', 'Kept question');
      await typeInto(el, '#p-start', '2025-03-01');
      await typeInto(el, '#p-end', '2025-02-01');
      await submitForm(el);
      expect(errorFor(el, 'changeIdea')).to.contain(en['actionTracker.error.pdsa.changeIdea']);
      expect(errorFor(el, 'prediction')).to.contain(en['actionTracker.error.pdsa.prediction']);
      expect(errorFor(el, 'end')).to.contain(en['actionTracker.error.pdsa.endBeforeStart']);
      expect(value(el, 'question')).to.equal('Kept question');
      await expectNoAxeViolations(el);
    });
  });

  describe('nothing typed is lost', () => {
    async function halfTyped() {
      const el = await sampleTracker();
      await openEdit(el, 'A9');
      await typeInto(el, '#f-title', 'Half-typed title');
      await typeInto(el, '#f-notes', 'Half-typed notes');
      return el;
    }
    const kept = (el: QmsActionTracker) => {
      expect(value(el, 'title')).to.equal('Half-typed title');
      expect(value(el, 'notes')).to.equal('Half-typed notes');
    };

    it('across re-renders and filter changes', async () => {
      const el = await halfTyped();
      el.requestUpdate();
      await el.updateComplete;
      await choose(el, '#filter-status', 'complete');
      await typeInto(el, '#filter-query', 'anything');
      kept(el);
    });

    it('when the host sets a new actions array', async () => {
      const el = await halfTyped();
      const fresh: Action[] = sampleActions().filter((a) => a.id !== 'A1');
      el.actions = fresh;
      await el.updateComplete;
      expect(rowIds(el)).to.not.include('A1');
      kept(el);
      const events = recordEvents(el);
      await submitForm(el);
      expect(events.after[0]!.after!.title).to.deep.equal({ en: 'Half-typed title' });
      expect(events.after[0]!.actions).to.have.length(16);
    });

    it('across a language switch (the form turns Welsh, values stay; axe clean)', async () => {
      const el = await halfTyped();
      el.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect($(el, 'label[for="f-notes"]').textContent!.trim()).to.equal(cy['actionTracker.notes']);
      kept(el);
      // The text was English when the form opened, and is still saved as English.
      expect($(el, '#f-title-hint').textContent).to.contain('ni roddwyd testun Cymraeg');
      await expectNoAxeViolations(el);
      const events = recordEvents(el);
      await submitForm(el);
      expect(events.after[0]!.after!.title).to.deep.equal({ en: 'Half-typed title' });
    });

    it('bilingual text keeps its other language; new text is saved in the page’s language', async () => {
      const actions = sampleActions();
      actions[0]!.title = { en: 'Minimise COVID-19 harm', cy: 'Lleihau niwed COVID-19' };
      const el = await sampleTracker({ actions });
      const events = recordEvents(el);
      await openEdit(el, 'A1');
      el.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect($(el, '#f-title-hint').textContent).to.contain(
        'Rydych chi’n golygu’r testun yn Saesneg.',
      );
      await typeInto(el, '#f-title', 'Minimise direct and indirect COVID-19 harm');
      await typeInto(el, '#f-sponsor', 'Cyfarwyddwr Meddygol');
      await submitForm(el);
      const after = events.after[0]!.after!;
      expect(after.title).to.deep.equal({
        en: 'Minimise direct and indirect COVID-19 harm',
        cy: 'Lleihau niwed COVID-19',
      });
      expect(after.sponsor).to.deep.equal({ cy: 'Cyfarwyddwr Meddygol' });
    });

    it('after invalid input, and when another form is asked for', async () => {
      const el = await halfTyped();
      await typeInto(el, '#f-owner', '');
      await submitForm(el);
      kept(el);
      await openAdd(el);
      expect($(el, '.form-panel').dataset['mode']).to.equal('edit');
      expect(focused(el)?.id).to.equal('form-heading');
      kept(el);
    });

    it('cancel closes the form and returns focus to the button that opened it', async () => {
      const el = await halfTyped();
      await press(el, '.form-buttons .button--secondary');
      expect(el.shadowRoot!.querySelector('.form-panel')).to.equal(null);
      expect(focused(el)?.dataset['command']).to.equal('edit');
    });
  });

  it('the Welsh form with errors is axe clean and worded in Welsh', async () => {
    const el = await sampleTracker({ lang: 'cy' });
    await openAdd(el);
    await submitForm(el);
    expect($(el, '.error-summary__title').textContent!.trim()).to.equal(
      cy['actionTracker.errors.title'],
    );
    expect(errorFor(el, 'title')).to.contain(cy['actionTracker.error.title']);
    await expectNoAxeViolations(el);
  });
});
