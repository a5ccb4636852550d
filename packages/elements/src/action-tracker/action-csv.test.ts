import { expect, fixture, html } from '@open-wc/testing';
import { parseActionsCsv } from '@qms-kit/sdk';
import type { QmsActionChangeDetail } from '../internal/events/qms-action-change.js';
import { expectNoAxeViolations } from '../test/axe.js';
import {
  $,
  TODAY,
  choose,
  fixtureText,
  press,
  rowIds,
  sampleTracker,
} from '../test/fixtures/action-helpers.js';
import type { QmsActionTracker } from './action-tracker.js';

/** Picks `text` as a file in the tracker's file input, as a user would. */
async function importFile(el: QmsActionTracker, text: string, name = 'actions.csv') {
  const input = $<HTMLInputElement>(el, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Reading the file is asynchronous.
  for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('.import-report'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

function items(root: Element, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

function recordChanges(el: QmsActionTracker) {
  const changes: QmsActionChangeDetail[] = [];
  el.addEventListener('qms-action-change', (e) => changes.push(e.detail));
  return changes;
}

describe('<qms-action-tracker> CSV', () => {
  describe('export', () => {
    it('exports the filtered view, in the order shown, with a BOM for Excel', async () => {
      const el = await sampleTracker();
      await choose(el, '#filter-status', 'complete');
      await press(el, 'button[data-sort="due"]');
      await press(el, 'button[data-sort="due"]');
      const csv = el.toCsv();
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      const lines = csv.slice(1).split('\n');
      expect(lines[0]).to.match(/^id,title,description,owner,/);
      expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(['A2', 'A3', 'A15', 'A1']);
      expect(lines[1]).to.contain('Review and update the Health and Care Standards');
      const parsed = parseActionsCsv(csv);
      expect(parsed.ok && parsed.value.map((a) => a.status)).to.deep.equal([
        'complete',
        'complete',
        'complete',
        'complete',
      ]);
    });

    it('"Download CSV" downloads that text as a file', async () => {
      const el = await sampleTracker();
      el.exportFilename = 'qsf-actions.csv';
      await choose(el, '#filter-aspect', 'improvement');
      const blobs: Blob[] = [];
      const names: string[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        await press(el, '[data-command="export"]');
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(names).to.deep.equal(['qsf-actions.csv']);
      expect(blobs[0]!.type).to.contain('text/csv');
      const text = await blobs[0]!.text();
      // Blob.text() decodes UTF-8 and drops the BOM.
      expect(text).to.equal(el.toCsv().slice(1));
      expect(text.split('\n')).to.have.length(4);
    });

    it('an exported file imports back into an empty tracker', async () => {
      const full = await sampleTracker();
      const csv = full.toCsv();
      const empty = await fixture<QmsActionTracker>(
        html`<qms-action-tracker today=${TODAY} .actions=${[]}></qms-action-tracker>`,
      );
      const outcome = empty.importCsv(csv);
      await empty.updateComplete;
      expect(outcome.problems).to.deep.equal([]);
      expect(rowIds(empty)).to.have.length(17);
    });
  });

  describe('import', () => {
    it('adds each action of a good file through the change events (kind add)', async () => {
      const el = await sampleTracker();
      const changes = recordChanges(el);
      await importFile(el, await fixtureText('action-import-good.csv'));
      expect(changes.map((c) => [c.kind, c.before, c.after?.id])).to.deep.equal([
        ['add', null, 'N1'],
        ['add', null, 'N2'],
      ]);
      expect(changes[0]!.after!.title).to.deep.equal({
        en: 'Falls huddle on Ward 9',
        cy: 'Cyfarfod cwympiadau ar Ward 9',
      });
      expect(changes[1]!.after!.revisedDue).to.deep.equal({
        date: '2025-06-30',
        reason: 'Audit tool delayed',
      });
      expect(rowIds(el).slice(-2)).to.deep.equal(['N1', 'N2']);
      expect($(el, '.import-report').textContent).to.contain('2 actions imported.');
      // The input is cleared, so the same file can be picked again.
      expect($<HTMLInputElement>(el, '#import-file').value).to.equal('');
      await expectNoAxeViolations(el);
    });

    it('imports nothing from a file with problems and lists them by row (axe clean)', async () => {
      const el = await sampleTracker();
      const changes = recordChanges(el);
      await importFile(el, await fixtureText('action-import-bad.csv'));
      expect(changes).to.deep.equal([]);
      expect(rowIds(el)).to.have.length(17);
      const report = $(el, '.import-report');
      expect(report.getAttribute('role')).to.equal('alert');
      expect(report.textContent).to.contain('Nothing was imported');
      const rows = items(report, 'li').map((li) => li.dataset['row']);
      expect(rows).to.deep.equal(['3', '4', '5', '6']);
      const text = items(report, 'li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(text[0]).to.match(/^Row 3, column title:/);
      expect(text[1]).to.match(/^Row 4, column due: .*real calendar date/);
      expect(text[2]).to.match(/^Row 5, column id: .*"A3"/);
      expect(text[3]).to.match(/^Row 6, column status: .*"finished"/);
      await expectNoAxeViolations(el);
      await press(el, '.import-report button');
      expect(el.shadowRoot!.querySelector('.import-report')).to.equal(null);
    });

    it('names row problems in Welsh', async () => {
      const el = await sampleTracker({ lang: 'cy' });
      await importFile(el, await fixtureText('action-import-bad.csv'));
      const first = $(el, '.import-report li').textContent!.replace(/\s+/g, ' ').trim();
      expect(first).to.match(/^Rhes 3, colofn title:/);
      expect($(el, '.import-report').textContent).to.contain('Ni fewnforiwyd dim');
    });

    it('a host can refuse some imported actions; the others are added', async () => {
      const el = await sampleTracker();
      el.addEventListener('qms-action-before-change', (e) => {
        if (e.detail.after?.id === 'N2') e.veto('Audit actions are added by the audit team.');
      });
      await importFile(el, await fixtureText('action-import-good.csv'));
      expect(rowIds(el)).to.include('N1');
      expect(rowIds(el)).to.not.include('N2');
      const report = $(el, '.import-report').textContent!.replace(/\s+/g, ' ');
      expect(report).to.contain('1 action imported.');
      expect(report).to.contain(
        '“Discharge letters audit” was not imported: Audit actions are added by the audit team.',
      );
    });
  });
});
