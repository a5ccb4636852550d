import { expect, oneEvent } from '@open-wc/testing';
import { en, spcForMeasure, type Measure } from '@qms-kit/sdk';
import { sampleDataset, sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { TODAY, squash, $, $$, textOf, english, card } from '../test/statement-card.js';

describe('<qms-statement-card>', () => {
  describe('linked measures and actions', () => {
    it('shows each linked measure by name with its SDK-computed variation icon', async () => {
      const el = await card(sampleStatements[4], { measures: sampleDataset.measures });
      const rows = $$(el, '.measure');
      expect(rows.map((r) => r.getAttribute('data-measure'))).to.deep.equal(['px', 'active']);
      for (const row of rows) {
        const measure = sampleDataset.measures.find(
          (m) => m.id === row.getAttribute('data-measure'),
        ) as Measure;
        const icon = row.querySelector('qms-spc-icon')!;
        expect(icon.getAttribute('kind')).to.equal('variation');
        expect(icon.getAttribute('value')).to.equal(spcForMeasure(measure).variation);
        expect(squash(row.querySelector('.measure-name')?.textContent)).to.equal(
          english(measure.name),
        );
      }
      await expectNoAxeViolations(el);
    });

    it('every sample measure link resolves', async () => {
      for (const statement of sampleStatements) {
        const el = await card(statement, { measures: sampleDataset.measures });
        expect($$(el, '.measure--unresolved'), statement.id).to.have.length(0);
        expect($$(el, '.measure qms-spc-icon')).to.have.length(
          new Set([
            ...statement.measureIds,
            ...statement.evidence.flatMap((e) => (e.measureId ? [e.measureId] : [])),
          ]).size,
        );
      }
    });

    it('without measures, ids are listed plainly; with measures, unknown ids are noted', async () => {
      const plain = await card(sampleStatements[0]);
      expect(textOf(plain, '.measure')).to.equal('readm');
      expect($(plain, '.measure qms-spc-icon')).to.equal(null);
      const missing = await card(sampleStatements[0], { measures: [] });
      expect(textOf(missing, '.measure')).to.equal(
        `readm (${en['statementCard.measure.notFound']})`,
      );
    });

    it('a linked measure that cannot be read is noted and reported with qms-error', async () => {
      const el = document.createElement('qms-statement-card');
      el.today = TODAY;
      el.statement = sampleStatements[0];
      el.measures = [{ id: 'readm', name: 'Readmissions', data: 'lots' } as never];
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('data');
      expect(detail.problems[0]!.where).to.equal('measures[0].data');
      expect(textOf(el, '.measure')).to.contain(en['statementCard.measure.unreadable']);
      el.remove();
    });

    it('shows linked actions with title and due state computed by the SDK', async () => {
      const el = await card(sampleStatements[1], { actions: sampleDataset.actions });
      const a5 = $(el, '.action[data-action="A5"]')!;
      expect(squash(a5.querySelector('.action-title')?.textContent)).to.contain(
        'learning-from-deaths framework',
      );
      // Due 31 Dec 2025, judged on 1 Apr 2025.
      expect(squash(a5.querySelector('.due-state')?.textContent)).to.equal('On track');
      expect(squash(a5.textContent)).to.contain('Due 31 Dec 2025');

      const late = await card(sampleStatements[1], {
        actions: sampleDataset.actions,
        today: '2026-01-05',
      });
      expect(textOf(late, '.action[data-action="A5"] .due-state')).to.equal('Overdue');
    });

    it('actions naming the card are linked too; unknown action ids are noted', async () => {
      const el = await card(
        { ...sampleStatements[2], actionIds: ['NOPE'] },
        {
          actions: [
            {
              id: 'X1',
              title: 'Joint discharge huddles',
              owner: 'Ward manager',
              statementIds: ['cqc-working-together'],
            },
          ],
        },
      );
      expect($$(el, '.action').map((a) => a.getAttribute('data-action'))).to.deep.equal([
        'X1',
        'NOPE',
      ]);
      expect(textOf(el, '.action[data-action="NOPE"]')).to.contain(
        en['statementCard.action.notFound'],
      );
      expect(textOf(el, '.action[data-action="X1"] .due-state')).to.equal('No due date');
    });

    it('a linked action that cannot be read is noted and reported with qms-error', async () => {
      const el = document.createElement('qms-statement-card');
      el.today = TODAY;
      el.statement = sampleStatements[1];
      el.actions = [
        { id: 'OTHER', title: 'Not linked, and broken', owner: 1 } as never,
        { id: 'A5', title: 'Learning from deaths', owner: 'National work', due: 'soon' } as never,
      ];
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('data');
      // Only the linked action's problem: the card does not police the whole list.
      expect(detail.problems.map((p) => p.where)).to.deep.equal(['actions[1].due']);
      expect(textOf(el, '.action[data-action="A5"]')).to.contain(
        en['statementCard.action.unreadable'],
      );
      el.remove();
    });

    it('no linked actions says so', async () => {
      const el = await card(sampleStatements[2], { actions: sampleDataset.actions });
      expect(textOf(el, '.actions .missing')).to.equal(en['common.none']);
    });
  });
});
