import { expect, fixture, html } from '@open-wc/testing';
import { cy, en, type Statement } from '@qms-kit/sdk';
import { sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import type { QmsStatementCard } from './statement-card.js';
import { sendKeys } from '../test/send-keys.js';
import {
  TODAY,
  squash,
  $,
  $$,
  active,
  clone,
  editableCard,
  startEditing,
  type,
  check,
  save,
  recordEvents,
} from '../test/statement-card.js';

describe('<qms-statement-card editable>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('has no Edit button unless editable', async () => {
    const el = await fixture<QmsStatementCard>(
      html`<qms-statement-card .statement=${sampleStatements[0]}></qms-statement-card>`,
    );
    expect($(el, '#edit')).to.equal(null);
    el.editable = true;
    await el.updateComplete;
    const button = $(el, '#edit')!;
    expect(squash(button.textContent)).to.equal(
      'Edit the statement “Safe systems, pathways and transitions”',
    );
  });

  it('opens a labelled form with the current values and focuses the first field', async () => {
    const el = await editableCard();
    await startEditing(el);
    expect(el.editing).to.equal(true);
    expect(el.matches(':state(editing)')).to.equal(true);
    const form = $(el, 'form')!;
    expect(squash($(el, '#form-title')!.textContent)).to.equal(en['statementCard.form.title']);
    expect(form.getAttribute('aria-labelledby')).to.equal('form-title');
    expect(active(el)?.id).to.equal('f-i');
    expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal(
      (sampleStatements[0]!.iStatement as { en: string }).en,
    );
    expect(squash($(el, 'label[for="f-i"]')!.textContent)).to.equal('I statement (English)');
    expect($<HTMLInputElement>(el, '#f-score-2')!.checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-source-self')!.checked).to.equal(true);
    expect($$(el, '.evidence-item')).to.have.length(3);
    await expectNoAxeViolations(el);
  });

  it('change I text and score, save: before-change then change, with before and after', async () => {
    const original = sampleStatements[0]!;
    const el = await editableCard(clone(original));
    const seen = recordEvents(el);
    await startEditing(el);
    await type(el, '#f-i', 'When I move between wards, I know what happens next.');
    await check(el, '#f-score-3');
    await save(el);

    expect(seen.map((e) => e.type)).to.deep.equal([
      'qms-statement-before-change',
      'qms-statement-change',
    ]);
    const expected: Statement = {
      ...original,
      iStatement: { en: 'When I move between wards, I know what happens next.' },
      score: { ...original.score!, value: 3, date: TODAY },
    };
    for (const event of seen) {
      expect(event.detail.before).to.deep.equal(original);
      expect(event.detail.after).to.deep.equal(expected);
    }
    expect(seen[0]!.cancelable).to.equal(true);
    expect(el.statement).to.deep.equal(expected);
    expect(el.editing).to.equal(false);
    expect(squash($(el, '.voice--i blockquote')!.textContent)).to.equal(
      'When I move between wards, I know what happens next.',
    );
    expect(squash($(el, '.score-label')!.textContent)).to.equal('Good standard');
    expect(active(el)?.id).to.equal('edit');
    expect(squash($(el, '[role="status"]')!.textContent)).to.equal(en['statementCard.saved']);
  });

  it('saving without changes closes the form and fires nothing', async () => {
    const el = await editableCard();
    const seen = recordEvents(el);
    await startEditing(el);
    await save(el);
    expect(seen).to.have.length(0);
    expect(el.editing).to.equal(false);
    expect(active(el)?.id).to.equal('edit');
  });

  it('evidence items can be added and removed', async () => {
    const original = sampleStatements[1]!;
    const el = await editableCard(clone(original));
    const seen = recordEvents(el);
    await startEditing(el);
    $<HTMLButtonElement>(el, '#f-ev-add')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const items = $$(el, '.evidence-item');
    expect(items).to.have.length(2);
    const key = items[1]!.dataset.key!;
    expect(active(el)?.id).to.equal(`f-ev-${key}-category`);
    expect($<HTMLInputElement>(el, `#f-ev-${key}-date`)!.value).to.equal(TODAY);
    const select = $<HTMLSelectElement>(el, `#f-ev-${key}-category`)!;
    select.value = 'staff-feedback';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await type(el, `#f-ev-${key}-title`, 'Ward safety huddle survey');
    await type(el, `#f-ev-${key}-date`, '2025-03-15');
    // Remove the first (original) item.
    const firstKey = items[0]!.dataset.key!;
    $<HTMLButtonElement>(el, `#f-ev-${firstKey}-remove`)!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($$(el, '.evidence-item')).to.have.length(1);
    expect(active(el)?.id).to.equal(`f-ev-${key}-remove`);
    await save(el);

    expect(seen).to.have.length(2);
    expect(seen[1]!.detail.after.evidence).to.deep.equal([
      {
        category: 'staff-feedback',
        title: { en: 'Ward safety huddle survey' },
        date: '2025-03-15',
      },
    ]);
    expect(seen[1]!.detail.after.measureIds).to.deep.equal(original.measureIds);
  });

  it('a before-change listener mutating detail.after changes nothing saved (frozen copies)', async () => {
    const original = sampleStatements[0]!;
    const el = await editableCard(clone(original));
    const seen = recordEvents(el);
    const frozen: boolean[] = [];
    el.addEventListener('qms-statement-before-change', (e) => {
      frozen.push(Object.isFrozen(e.detail.after), Object.isFrozen(e.detail.after.evidence));
      try {
        (e.detail.after as { iStatement: unknown }).iStatement = { en: 'Hijacked' };
      } catch {
        // Strict code throws on a frozen object; either way nothing may change.
      }
      try {
        (e.detail.after.evidence as unknown[]).length = 0;
      } catch {
        // As above.
      }
    });
    await startEditing(el);
    await type(el, '#f-i', 'Typed by the user.');
    await save(el);
    expect(frozen).to.deep.equal([true, true]);
    expect(seen.map((e) => e.type)).to.deep.equal([
      'qms-statement-before-change',
      'qms-statement-change',
    ]);
    const saved = el.statement as Statement;
    expect(saved.iStatement).to.deep.equal({ en: 'Typed by the user.' });
    expect(saved.evidence).to.deep.equal(original.evidence);
    expect(seen[1]!.detail.after.iStatement).to.deep.equal({ en: 'Typed by the user.' });
  });

  describe('veto', () => {
    it('preventDefault with a reason keeps the form and values and shows the reason', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      el.addEventListener('qms-statement-before-change', (e) => {
        e.detail.reason = 'The Board has not agreed this wording yet.';
        e.preventDefault();
      });
      await startEditing(el);
      await type(el, '#f-i', 'I know what happens next.');
      await check(el, '#f-score-4');
      await save(el);

      expect(seen.map((e) => e.type)).to.deep.equal(['qms-statement-before-change']);
      expect(el.editing).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('I know what happens next.');
      expect($<HTMLInputElement>(el, '#f-score-4')!.checked).to.equal(true);
      const message = $(el, '#vetoed')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(squash(message.textContent)).to.equal(
        'Your changes were not saved: The Board has not agreed this wording yet.',
      );
      expect(active(el)).to.equal(message);
      expect(el.statement).to.deep.equal(sampleStatements[0]);
      await expectNoAxeViolations(el);

      // The values survive a re-render, and the next save tries again.
      el.requestUpdate();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('I know what happens next.');
    });

    it('veto() without a reason shows the plain message', async () => {
      const el = await editableCard(clone(sampleStatements[1]));
      el.addEventListener('qms-statement-before-change', (e) => e.veto());
      await startEditing(el);
      await check(el, '#f-source-regulator');
      await save(el);
      expect(squash($(el, '#vetoed')!.textContent)).to.equal(en['statementCard.form.vetoed']);
    });
  });

  describe('invalid input', () => {
    it('empty I statement and no score: linked field errors, a summary, no events', async () => {
      const statement = clone(sampleStatements[1]!);
      delete statement.score;
      const el = await editableCard(statement);
      const seen = recordEvents(el);
      await startEditing(el);
      await type(el, '#f-i', '   ');
      await save(el);

      expect(seen).to.have.length(0);
      expect(el.editing).to.equal(true);
      const summary = $(el, '#error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(active(el)).to.equal(summary);
      const links = [...summary.querySelectorAll('a')].map((a) => [
        a.getAttribute('href'),
        squash(a.textContent),
      ]);
      expect(links).to.deep.equal([
        ['#f-i', 'Enter the I statement'],
        ['#f-score-1', 'Choose a score'],
      ]);

      const textarea = $(el, '#f-i')!;
      expect(textarea.getAttribute('aria-invalid')).to.equal('true');
      expect(textarea.getAttribute('aria-describedby')!.split(' ')).to.include('f-i-error');
      expect(squash($(el, '#f-i-error')!.textContent)).to.equal('Error: Enter the I statement');
      const scoreGroup = $(el, '#f-score-1')!.closest('fieldset')!;
      expect(scoreGroup.getAttribute('aria-describedby')).to.equal('f-score-error');
      expect($(el, '#f-score-1')!.getAttribute('aria-invalid')).to.equal('true');
      expect(squash($(el, '#f-score-error')!.textContent)).to.equal('Error: Choose a score');
      expect($(el, '#f-we')!.getAttribute('aria-invalid')).to.equal('false');
      await expectNoAxeViolations(el);

      // A summary link moves focus to its field.
      (summary.querySelector('a[href="#f-i"]') as HTMLAnchorElement).click();
      expect(active(el)?.id).to.equal('f-i');

      // Fixing both saves.
      await type(el, '#f-i', 'I feel safe.');
      await check(el, '#f-score-2');
      await save(el);
      expect(seen.map((e) => e.type)).to.deep.equal([
        'qms-statement-before-change',
        'qms-statement-change',
      ]);
      expect(seen[1]!.detail.after.score).to.deep.equal({ value: 2, source: 'self', date: TODAY });
    });

    it('an evidence item without a title or date: errors on those fields', async () => {
      const el = await editableCard(clone(sampleStatements[1]));
      const seen = recordEvents(el);
      await startEditing(el);
      const key = $$(el, '.evidence-item')[0]!.dataset.key!;
      await type(el, `#f-ev-${key}-title`, '');
      await type(el, `#f-ev-${key}-date`, '');
      await save(el);
      expect(seen).to.have.length(0);
      expect(squash($(el, `#f-ev-${key}-title-error`)!.textContent)).to.equal(
        'Error: Enter a title for evidence item 1',
      );
      expect(squash($(el, `#f-ev-${key}-date-error`)!.textContent)).to.equal(
        'Error: Enter a date for evidence item 1',
      );
      expect($(el, `#f-ev-${key}-date`)!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, `#f-ev-${key}-date`)!.getAttribute('aria-describedby')).to.equal(
        `f-ev-${key}-date-error`,
      );
    });

    it('error messages follow a language switch', async () => {
      const statement = clone(sampleStatements[1]!);
      delete statement.score;
      const el = await editableCard(statement);
      await startEditing(el);
      await type(el, '#f-we', 'We listen.');
      await save(el);
      expect(squash($(el, '#f-score-error')!.textContent)).to.contain('Choose a score');
      el.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(squash($(el, '#f-score-error')!.textContent)).to.contain(
        cy['statementCard.form.error.score.required'],
      );
      expect(squash($(el, '.error-summary-title')!.textContent)).to.equal(
        cy['statementCard.form.errorSummary'],
      );
    });
  });

  describe('keyboard only', () => {
    async function tabTo(el: QmsStatementCard, id: string, limit = 40) {
      for (let i = 0; i < limit && active(el)?.id !== id; i++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(active(el)?.id).to.equal(id);
    }

    it('Enter on Edit, type, arrow through the score, Enter on Save', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      $(el, '#edit')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.id).to.equal('f-i');

      await sendKeys({ press: 'ControlOrMeta+a' });
      await sendKeys({ type: 'I know who to call.' });
      // The score radios are one tab stop: the checked radio (2); arrows move within.
      await tabTo(el, 'f-score-2');
      // Radios are listed 4, 3, 2, 1: Up moves to 3.
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('f-score-3');
      expect($<HTMLInputElement>(el, '#f-score-3')!.checked).to.equal(true);
      await tabTo(el, 'save');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;

      expect(seen.map((e) => e.type)).to.deep.equal([
        'qms-statement-before-change',
        'qms-statement-change',
      ]);
      expect(seen[1]!.detail.after.iStatement).to.deep.equal({ en: 'I know who to call.' });
      expect(seen[1]!.detail.after.score?.value).to.equal(3);
      expect(active(el)?.id).to.equal('edit');
    });

    it('Escape, Tab to Discard, Enter: nothing saved, focus back on Edit', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      $(el, '#edit')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      await sendKeys({ type: ' More.' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(active(el)?.id).to.equal('keep-editing');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.id).to.equal('discard');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(el.editing).to.equal(false);
      expect(active(el)?.id).to.equal('edit');
      expect(seen).to.have.length(0);
    });
  });

  it('axe: editing a Welsh page, and with errors', async () => {
    const statement = clone(sampleStatements[4]!);
    delete statement.score;
    const el = await editableCard(statement, 'cy');
    await startEditing(el);
    await expectNoAxeViolations(el);
    await type(el, '#f-we', 'Rydym yn rhoi pobl wrth wraidd eu gofal.');
    await save(el);
    expect($(el, '#error-summary')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });
});
