import { expect, fixture, html } from '@open-wc/testing';
import { rulesForMeasure, spcForMeasure, type Measure, type Statement } from '@qms-kit/sdk';
import { sampleDataset, sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import '../define/steeep-scorecard.js';
import type { QmsStatementCard } from './statement-card.js';

const wales = sampleStatements[4] as Statement;
const measures = sampleDataset.measures;

type Scorecard = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens every tile of the scorecard, so its measure rows are drawn. */
async function openAll(scorecard: Scorecard): Promise<void> {
  await scorecard.updateComplete;
  for (const button of scorecard.shadowRoot!.querySelectorAll<HTMLButtonElement>(
    'button.disclosure',
  )) {
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
  }
  await scorecard.updateComplete;
}

/** The variation icon each measure shows in the card and in the scorecard, by measure id. */
function icons(root: ShadowRoot, rows: string): Record<string, string | null> {
  return Object.fromEntries(
    [...root.querySelectorAll<HTMLElement>(rows)].map((row) => [
      row.dataset.measure,
      row.querySelector('qms-spc-icon')?.getAttribute('value') ?? null,
    ]),
  );
}

describe('<qms-statement-card> beside <qms-steeep-scorecard>', () => {
  for (const rules of [undefined, 'qic', 'anhoej'] as const) {
    it(`shows each measure with the scorecard's variation icon (rules ${rules ?? 'unset'})`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <qms-steeep-scorecard .measures=${measures} rules=${rules ?? ''}></qms-steeep-scorecard>
          <qms-statement-card
            .statement=${wales}
            .measures=${measures}
            rules=${rules ?? ''}
          ></qms-statement-card>
        </div>`,
      );
      const card = page.querySelector<QmsStatementCard>('qms-statement-card')!;
      const scorecard = page.querySelector<Scorecard>('qms-steeep-scorecard')!;
      await card.updateComplete;
      await openAll(scorecard);
      const inCard = icons(card.shadowRoot!, '.measure[data-measure]');
      const inScorecard = icons(scorecard.shadowRoot!, 'tr[data-measure]');
      expect(Object.keys(inCard)).to.deep.equal(['px', 'active']);
      for (const id of Object.keys(inCard)) {
        expect(inCard[id], id).to.equal(inScorecard[id]);
        const measure = measures.find((m) => m.id === id) as Measure;
        expect(inCard[id], id).to.equal(
          spcForMeasure(measure, { rules: rulesForMeasure(measure, rules) }).variation,
        );
      }
    });
  }

  it('a measure that sets its own rules keeps them over the attribute', async () => {
    const own = measures.map((m) => (m.id === 'active' ? { ...m, rules: 'mdc' as const } : m));
    const page = await fixture<HTMLElement>(
      html`<div>
        <qms-steeep-scorecard .measures=${own} rules="qic"></qms-steeep-scorecard>
        <qms-statement-card .statement=${wales} .measures=${own} rules="qic"></qms-statement-card>
      </div>`,
    );
    const card = page.querySelector<QmsStatementCard>('qms-statement-card')!;
    const scorecard = page.querySelector<Scorecard>('qms-steeep-scorecard')!;
    await card.updateComplete;
    await openAll(scorecard);
    const inCard = icons(card.shadowRoot!, '.measure[data-measure]');
    expect(inCard.active).to.equal('concern-low');
    expect(icons(scorecard.shadowRoot!, 'tr[data-measure]').active).to.equal('concern-low');
  });

  it('reports a rules attribute that is not a preset', async () => {
    const card = await fixture<QmsStatementCard>(
      html`<qms-statement-card .statement=${wales} rules="strict"></qms-statement-card>`,
    );
    expect(card.shadowRoot!.textContent).to.contain('rules');
  });
});
