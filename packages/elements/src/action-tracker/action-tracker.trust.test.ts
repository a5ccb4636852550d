import { expect } from '@open-wc/testing';
import { cy, en, localisedString, type Action } from '@qms-kit/sdk';
import type { QmsActionBeforeChangeEvent } from '../internal/events/qms-action-before-change.js';
import { expectNoAxeViolations } from '../test/axe.js';
import {
  $,
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

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const find = (list: readonly Action[], id: string) => list.find((a) => a.id === id);
const ALL_IDS = sampleActions().map((a) => a.id);

async function openEdit(el: QmsActionTracker, id: string) {
  await openDetails(el, id);
  await press(el, `[data-details="${id}"] [data-command="edit"]`);
}

/** The host replaces the tracker's actions, changing or removing one of them. */
async function hostSets(el: QmsActionTracker, change: (list: Action[]) => Action[]) {
  el.actions = change(sampleActions());
  await el.updateComplete;
}

const titled = (a: Action, title: string): Action => ({ ...a, title: { en: title } });

describe('<qms-action-tracker> never loses a record', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('adding while the list is filtered', () => {
    it('suggests an id no action holds, hidden ones included', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-status', 'complete');
      expect(rowIds(el).length).to.be.lessThan(ALL_IDS.length);
      await press(el, '[data-command="add"]');
      const suggested = $<HTMLInputElement>(el, '#f-id').value;
      expect(ALL_IDS).not.to.include(suggested);
      expect(suggested).to.equal('A16');
    });

    it('refuses an id a hidden action holds, visibly: nothing replaced, no change event', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await typeInto(el, '#filter-query', 'sepsis bundle nobody has');
      expect(rowIds(el)).to.deep.equal([]);
      const a3 = structuredClone(find(el.value, 'A3')!);
      await press(el, '[data-command="add"]');
      await typeInto(el, '#f-id', 'A3');
      await typeInto(el, '#f-title', 'Impostor');
      await typeInto(el, '#f-owner', 'Ward 3');
      await submitForm(el);
      expect(events.before).to.have.length(0);
      expect(events.after).to.have.length(0);
      const summary = $(el, '.error-summary');
      expect(focused(el)).to.equal(summary);
      expect(squash(summary.textContent)).to.contain(
        en['actionTracker.error.idTaken'].replace('{id}', 'A3'),
      );
      expect(find(el.value, 'A3')).to.deep.equal(a3);
      expect(el.value.filter((a) => a.id === 'A3')).to.have.length(1);
    });

    it('refuses an id the host added while the form was open', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await press(el, '[data-command="add"]');
      expect($<HTMLInputElement>(el, '#f-id').value).to.equal('A16');
      const theirs: Action = { ...sampleActions()[0]!, id: 'A16', title: { en: 'Theirs' } };
      await hostSets(el, (list) => [...list, theirs]);
      await typeInto(el, '#f-title', 'Mine');
      await typeInto(el, '#f-owner', 'Ward 3');
      await submitForm(el);
      expect(events.after).to.have.length(0);
      expect(squash($(el, '.error-summary').textContent)).to.contain('“A16”');
      expect(find(el.value, 'A16')!.title).to.deep.equal({ en: 'Theirs' });
    });
  });

  describe('an edit of an action deleted meanwhile', () => {
    it('is a conflict: not resurrected, nothing fired (axe clean)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await typeInto(el, '#f-title', 'Edited after the delete');
      await hostSets(el, (list) => list.filter((a) => a.id !== 'A5'));
      await submitForm(el);
      expect(events.before).to.have.length(0);
      expect(events.after).to.have.length(0);
      expect(find(el.value, 'A5')).to.equal(undefined);
      expect(rowIds(el)).not.to.include('A5');
      const conflict = $(el, '.conflict');
      expect(conflict.getAttribute('role')).to.equal('alert');
      expect(conflict.dataset['conflict']).to.equal('deleted');
      expect(squash(conflict.textContent)).to.contain(
        en['actionTracker.conflict.deleted'].replace('{title}', 'Edited after the delete'),
      );
      expect(focused(el)).to.equal(conflict);
      await expectNoAxeViolations(el);
    });

    it('"Discard" closes the form and leaves it deleted', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await typeInto(el, '#f-title', 'Edited');
      await hostSets(el, (list) => list.filter((a) => a.id !== 'A5'));
      await submitForm(el);
      await press(el, '.conflict [data-command="discard"]');
      expect(el.shadowRoot!.querySelector('.form-panel')).to.equal(null);
      expect(find(el.value, 'A5')).to.equal(undefined);
      expect(events.after).to.have.length(0);
    });

    it('"Restore" adds it back as a new action, through the usual events (kind add)', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await typeInto(el, '#f-title', 'Brought back');
      await hostSets(el, (list) => list.filter((a) => a.id !== 'A5'));
      await submitForm(el);
      await press(el, '.conflict [data-command="restore"]');
      expect(events.after.map((d) => d.kind)).to.deep.equal(['add']);
      expect(events.after[0]!.before).to.equal(null);
      expect(find(el.value, 'A5')!.title).to.deep.equal({ en: 'Brought back' });
    });

    it('a PDSA cycle saved into an action deleted meanwhile is a conflict too', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'QI-PU');
      await press(el, '[data-details="QI-PU"] [data-command="add-cycle"]');
      await typeInto(el, '#p-changeIdea', 'Idea');
      await typeInto(el, '#p-question', 'Question');
      await typeInto(el, '#p-prediction', 'Prediction');
      await hostSets(el, (list) => list.filter((a) => a.id !== 'QI-PU'));
      await submitForm(el);
      expect(events.after).to.have.length(0);
      expect(find(el.value, 'QI-PU')).to.equal(undefined);
      expect($(el, '.conflict').dataset['conflict']).to.equal('deleted');
    });
  });

  describe('an edit of an action the host changed meanwhile', () => {
    it('a PDSA cycle added while the host changed the action keeps the host’s change', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      const cycles = find(el.value, 'QI-SEPSIS')!.pdsaCycles.length;
      await openDetails(el, 'QI-SEPSIS');
      await press(el, '[data-details="QI-SEPSIS"] [data-command="add-cycle"]');
      await typeInto(el, '#p-changeIdea', 'Idea');
      await typeInto(el, '#p-question', 'Question');
      await typeInto(el, '#p-prediction', 'Prediction');
      await hostSets(el, (list) =>
        list.map((a) => (a.id === 'QI-SEPSIS' ? { ...a, owner: { en: 'Sepsis nurse' } } : a)),
      );
      await submitForm(el);
      expect(events.after.map((d) => d.kind)).to.deep.equal(['edit']);
      const saved = find(el.value, 'QI-SEPSIS')!;
      expect(saved.owner).to.deep.equal({ en: 'Sepsis nurse' });
      expect(saved.pdsaCycles).to.have.length(cycles + 1);
    });

    it('saves only what the user changed: their title and the host’s new owner', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await hostSets(el, (list) =>
        list.map((a) => (a.id === 'A5' ? { ...a, owner: { en: 'Medical Examiner lead' } } : a)),
      );
      await typeInto(el, '#f-title', 'Learning from deaths framework');
      await submitForm(el);
      expect(el.shadowRoot!.querySelector('.conflict')).to.equal(null);
      expect(events.after.map((d) => d.kind)).to.deep.equal(['edit']);
      const { before, after } = events.after[0]!;
      expect(before!.owner).to.deep.equal({ en: 'Medical Examiner lead' });
      expect(after!.title).to.deep.equal({ en: 'Learning from deaths framework' });
      expect(after!.owner).to.deep.equal({ en: 'Medical Examiner lead' });
      expect(find(el.value, 'A5')!.owner).to.deep.equal({ en: 'Medical Examiner lead' });
    });

    it('the same field changed on both sides: a conflict naming it and both values', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await hostSets(el, (list) =>
        list.map((a) => (a.id === 'A5' ? titled({ ...a, status: 'blocked' }, 'Host title') : a)),
      );
      await typeInto(el, '#f-title', 'My title');
      await typeInto(el, '#f-notes', 'My notes');
      await submitForm(el);
      expect(events.before).to.have.length(0);
      expect(events.after).to.have.length(0);
      expect(find(el.value, 'A5')!.title).to.deep.equal({ en: 'Host title' });
      const conflict = $(el, '.conflict');
      expect(conflict.dataset['conflict']).to.equal('changed');
      expect(focused(el)).to.equal(conflict);
      expect(squash(conflict.querySelector('li')!.textContent)).to.equal(
        `${en['actionTracker.field.title']}: yours “My title”, current “Host title”`,
      );
      expect(conflict.querySelectorAll('li')).to.have.length(1);
      expect($<HTMLInputElement>(el, '#f-title').value).to.equal('My title');
      await expectNoAxeViolations(el);
    });

    it('"Save your values" keeps mine for the conflict and the host’s other changes', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await hostSets(el, (list) =>
        list.map((a) => (a.id === 'A5' ? titled({ ...a, status: 'blocked' }, 'Host title') : a)),
      );
      await typeInto(el, '#f-title', 'My title');
      await typeInto(el, '#f-notes', 'My notes');
      await submitForm(el);
      await press(el, '.conflict [data-command="keep-mine"]');
      expect(events.after.map((d) => d.kind)).to.deep.equal(['edit']);
      const saved = find(el.value, 'A5')!;
      expect(saved.title).to.deep.equal({ en: 'My title' });
      expect(saved.notes).to.deep.equal({ en: 'My notes' });
      expect(saved.status).to.equal('blocked');
      expect(el.shadowRoot!.querySelector('.form-panel')).to.equal(null);
    });

    it('"Keep the current values" keeps the host’s title and saves my other changes', async () => {
      const el = await sampleTracker();
      await openEdit(el, 'A5');
      await hostSets(el, (list) => list.map((a) => (a.id === 'A5' ? titled(a, 'Host title') : a)));
      await typeInto(el, '#f-title', 'My title');
      await typeInto(el, '#f-notes', 'My notes');
      await submitForm(el);
      await press(el, '.conflict [data-command="keep-theirs"]');
      const saved = find(el.value, 'A5')!;
      expect(saved.title).to.deep.equal({ en: 'Host title' });
      expect(saved.notes).to.deep.equal({ en: 'My notes' });
    });

    it('a second change by the host after the conflict was shown asks again', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await hostSets(el, (list) => list.map((a) => (a.id === 'A5' ? titled(a, 'Host 1') : a)));
      await typeInto(el, '#f-title', 'My title');
      await submitForm(el);
      await hostSets(el, (list) => list.map((a) => (a.id === 'A5' ? titled(a, 'Host 2') : a)));
      await press(el, '.conflict [data-command="keep-theirs"]');
      expect(events.after).to.have.length(0);
      expect(squash($(el, '.conflict li').textContent)).to.contain('“Host 2”');
    });

    it('the same PDSA cycle field changed on both sides: a conflict naming the cycle', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openDetails(el, 'QI-SEPSIS');
      await press(
        el,
        '[data-details="QI-SEPSIS"] .cycle[data-cycle="sepsis-4"] [data-command="edit-cycle"]',
      );
      await hostSets(el, (list) =>
        list.map((a) =>
          a.id === 'QI-SEPSIS'
            ? {
                ...a,
                pdsaCycles: a.pdsaCycles.map((c) =>
                  c.id === 'sepsis-4' ? { ...c, study: { learning: { en: 'Host learning' } } } : c,
                ),
              }
            : a,
        ),
      );
      await typeInto(el, '#p-learning', 'My learning');
      await submitForm(el);
      expect(events.after).to.have.length(0);
      const item = squash($(el, '.conflict li').textContent);
      expect(item).to.contain('PDSA cycle “');
      expect(item).to.contain(en['actionTracker.pdsa.learning']);
      expect(item).to.contain('“My learning”');
      expect(item).to.contain('“Host learning”');
      await press(el, '.conflict [data-command="keep-mine"]');
      const cycle = find(el.value, 'QI-SEPSIS')!.pdsaCycles.find((c) => c.id === 'sepsis-4')!;
      expect(cycle.study?.learning).to.deep.equal({ en: 'My learning' });
    });

    it('restoring a deleted action whose id was taken meanwhile is refused, visibly', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await typeInto(el, '#f-title', 'Mine');
      await hostSets(el, (list) => list.filter((a) => a.id !== 'A5'));
      await submitForm(el);
      await hostSets(el, (list) => [
        ...list.filter((a) => a.id !== 'A5'),
        titled({ ...list.find((a) => a.id === 'A5')! }, 'Someone else’s A5'),
      ]);
      await press(el, '.conflict [data-command="restore"]');
      expect(events.after).to.have.length(0);
      expect(squash($(el, '.error-summary').textContent)).to.contain('“A5”');
      expect(find(el.value, 'A5')!.title).to.deep.equal({ en: 'Someone else’s A5' });
    });

    it('the conflict is worded in Welsh on a Welsh page', async () => {
      const el = await sampleTracker({ lang: 'cy' });
      await openEdit(el, 'A5');
      await hostSets(el, (list) => list.map((a) => (a.id === 'A5' ? titled(a, 'Host') : a)));
      await typeInto(el, '#f-title', 'Fy nheitl');
      await submitForm(el);
      expect(squash($(el, '.conflict p').textContent)).to.equal(
        cy['actionTracker.conflict.changed'],
      );
      expect(squash($(el, '.conflict [data-command="keep-mine"]').textContent)).to.equal(
        cy['actionTracker.conflict.keepMine'],
      );
    });

    it('an edit with no change by anyone else saves as before', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      await openEdit(el, 'A5');
      await hostSets(el, (list) => list);
      await typeInto(el, '#f-title', 'Just mine');
      await submitForm(el);
      expect(events.after.map((d) => d.kind)).to.deep.equal(['edit']);
      expect(localisedString(find(el.value, 'A5')!.title, 'en')).to.equal('Just mine');
    });
  });

  describe('qms-action-before-change listeners get frozen copies', () => {
    it('mutating detail.after (and the list) changes nothing committed', async () => {
      const el = await sampleTracker();
      const events = recordEvents(el);
      const frozen: boolean[] = [];
      el.addEventListener('qms-action-before-change', (e: QmsActionBeforeChangeEvent) => {
        frozen.push(Object.isFrozen(e.detail.after), Object.isFrozen(e.detail.after!.title));
        try {
          (e.detail.after as { title: unknown }).title = 'Hijacked';
        } catch {
          // Strict code throws on a frozen object; either way nothing may change.
        }
        try {
          (e.detail.actions as Action[]).length = 0;
        } catch {
          // As above.
        }
      });
      await openEdit(el, 'A5');
      await typeInto(el, '#f-title', 'Typed title');
      await submitForm(el);
      expect(frozen).to.deep.equal([true, true]);
      expect(events.after).to.have.length(1);
      expect(events.after[0]!.after!.title).to.deep.equal({ en: 'Typed title' });
      expect(find(el.value, 'A5')!.title).to.deep.equal({ en: 'Typed title' });
      expect(el.value).to.have.length(ALL_IDS.length);
    });

    it('on add too: the committed action is the tracker’s own validated one', async () => {
      const el = await sampleTracker();
      el.addEventListener('qms-action-before-change', (e) => {
        try {
          (e.detail.after as { id: string }).id = 'A3';
        } catch {
          // Frozen.
        }
      });
      await press(el, '[data-command="add"]');
      await typeInto(el, '#f-title', 'New one');
      await typeInto(el, '#f-owner', 'Ward 3');
      await submitForm(el);
      expect(find(el.value, 'A16')!.title).to.deep.equal({ en: 'New one' });
      expect(el.value.filter((a) => a.id === 'A3')).to.have.length(1);
    });
  });
});
