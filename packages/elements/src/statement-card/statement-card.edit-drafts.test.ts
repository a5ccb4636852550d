import { expect } from '@open-wc/testing';
import { en, type Statement } from '@qms-kit/sdk';
import { sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import {
  squash,
  $,
  active,
  clone,
  editableCard,
  startEditing,
  type,
  check,
  save,
  escape,
  recordEvents,
} from '../test/statement-card.js';

describe('<qms-statement-card editable>', () => {
  describe('unsaved edits survive', () => {
    it('requestUpdate()', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      await startEditing(el);
      await type(el, '#f-i', 'Draft text');
      await check(el, '#f-score-4');
      el.requestUpdate();
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Draft text');
      expect($<HTMLInputElement>(el, '#f-score-4')!.checked).to.equal(true);
    });

    it('a language switch: each language keeps its own text, and both are saved', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      await startEditing(el);
      await type(el, '#f-i', 'English draft');
      el.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(el.editing).to.equal(true);
      expect(squash($(el, 'label[for="f-i"]')!.textContent)).to.equal('Datganiad “Fi” (Cymraeg)');
      // No Welsh text yet: the field is empty, with the English shown as a hint.
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('');
      expect(squash($(el, '#f-i-other')!.textContent)).to.equal('Yn Saesneg: English draft');
      expect($(el, '#f-i-other span')!.getAttribute('lang')).to.equal('en');
      expect($(el, '#f-i')!.getAttribute('lang')).to.equal('cy');
      await type(el, '#f-i', 'Drafft Cymraeg');
      el.setAttribute('lang', 'en');
      await afterLangChange(el);
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('English draft');
      await save(el);
      expect(seen[1]!.detail.after.iStatement).to.deep.equal({
        en: 'English draft',
        cy: 'Drafft Cymraeg',
      });
    });

    it('the host setting a structurally equal statement: draft kept, no notice', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      await startEditing(el);
      await type(el, '#f-i', 'Draft text');
      el.statement = clone(sampleStatements[0]);
      await el.updateComplete;
      expect(el.editing).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Draft text');
      expect($(el, '.notice')).to.equal(null);
    });

    it('the host changing the saved statement: draft kept, with a notice; save merges', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      await startEditing(el);
      await type(el, '#f-i', 'Draft text');
      const changed = { ...clone(sampleStatements[0]!), owner: { en: 'Chief Nurse' } };
      el.statement = changed;
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Draft text');
      expect(squash($(el, '.notice')!.textContent)).to.equal(
        en['statementCard.form.changedElsewhere'],
      );
      await expectNoAxeViolations(el);
      await save(el);
      expect(seen[0]!.detail.before).to.deep.equal(changed);
      expect(seen[0]!.detail.after).to.deep.equal({
        ...changed,
        iStatement: { en: 'Draft text' },
      });
    });

    it('the host changing the same text: a conflict with both values, nothing saved yet', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      await startEditing(el);
      await type(el, '#f-i', 'My I statement');
      const changed = { ...clone(sampleStatements[0]!), iStatement: { en: 'Host I statement' } };
      el.statement = changed;
      await el.updateComplete;
      await save(el);
      expect(seen).to.have.length(0);
      const conflict = $(el, '#conflict')!;
      expect(conflict.getAttribute('role')).to.equal('alert');
      expect(active(el)).to.equal(conflict);
      expect(squash(conflict.querySelector('li')!.textContent)).to.equal(
        'I statement (English): yours “My I statement”, saved “Host I statement”',
      );
      expect(el.statement).to.deep.equal(changed);
      expect(el.editing).to.equal(true);
      await expectNoAxeViolations(el);
    });

    it('"Save your version" saves mine; "Keep the saved version" keeps theirs', async () => {
      for (const [button, expected] of [
        ['#keep-mine', 'My I statement'],
        ['#keep-theirs', 'Host I statement'],
      ] as const) {
        const el = await editableCard(clone(sampleStatements[0]));
        const seen = recordEvents(el);
        await startEditing(el);
        await type(el, '#f-i', 'My I statement');
        await check(el, '#f-score-4');
        el.statement = { ...clone(sampleStatements[0]!), iStatement: { en: 'Host I statement' } };
        await el.updateComplete;
        await save(el);
        $<HTMLButtonElement>(el, button)!.click();
        await el.updateComplete;
        await el.updateComplete;
        expect(
          seen.map((e) => e.type),
          button,
        ).to.deep.equal(['qms-statement-before-change', 'qms-statement-change']);
        const saved = el.statement as Statement;
        expect(saved.iStatement, button).to.deep.equal({ en: expected });
        // The change only I made is saved either way.
        expect(saved.score?.value, button).to.equal(4);
      }
    });

    it('invalid input from the host while editing: the draft returns with the statement', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      await startEditing(el);
      await type(el, '#f-i', 'Draft text');
      el.statement = { id: 'cqc-safe-systems' } as never;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.not.equal(null);
      el.statement = clone(sampleStatements[0]);
      await el.updateComplete;
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Draft text');
    });

    it('a statement with another id ends editing and says so', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      await startEditing(el);
      await type(el, '#f-i', 'Draft text');
      el.statement = clone(sampleStatements[1]);
      await el.updateComplete;
      expect(el.editing).to.equal(false);
      expect(squash($(el, '[role="status"]')!.textContent)).to.equal(
        en['statementCard.editingStopped'],
      );
    });
  });

  describe('cancelling', () => {
    it('Escape without changes closes the form and returns focus to Edit', async () => {
      const el = await editableCard();
      await startEditing(el);
      await escape(el);
      expect(el.editing).to.equal(false);
      expect(el.matches(':state(editing)')).to.equal(false);
      expect(active(el)?.id).to.equal('edit');
    });

    it('Escape with changes asks to confirm inline; Escape again keeps editing', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      const seen = recordEvents(el);
      await startEditing(el);
      await type(el, '#f-i', 'Changed');
      await escape(el);
      const confirm = $(el, '.confirm')!;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(squash($(el, '#confirm-message')!.textContent)).to.equal(
        en['statementCard.form.confirmDiscard'],
      );
      expect(active(el)?.id).to.equal('keep-editing');
      await expectNoAxeViolations(el);

      await escape(el);
      expect($(el, '.confirm')).to.equal(null);
      expect(el.editing).to.equal(true);
      expect(active(el)?.id).to.equal('f-i');
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.equal('Changed');

      await escape(el);
      $<HTMLButtonElement>(el, '#discard')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.editing).to.equal(false);
      expect(active(el)?.id).to.equal('edit');
      expect(seen).to.have.length(0);
      expect(el.statement).to.deep.equal(sampleStatements[0]);
      // Editing again starts from the saved statement.
      await startEditing(el);
      expect($<HTMLTextAreaElement>(el, '#f-i')!.value).to.not.equal('Changed');
    });

    it('the Cancel button asks the same question', async () => {
      const el = await editableCard(clone(sampleStatements[0]));
      await startEditing(el);
      await check(el, '#f-score-4');
      $<HTMLButtonElement>(el, '#cancel')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '.confirm')).to.not.equal(null);
      $<HTMLButtonElement>(el, '#keep-editing')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.editing).to.equal(true);
      expect($<HTMLInputElement>(el, '#f-score-4')!.checked).to.equal(true);
    });
  });
});
