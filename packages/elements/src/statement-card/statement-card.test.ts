import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { cy, en, evidenceCategories } from '@qms-kit/sdk';
import { sampleDataset, sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import type { QmsErrorEvent } from '../internal/events/qms-error.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { afterLangChange } from '../test/lang.js';
import { QmsStatementCard } from './statement-card.js';
import { TODAY, squash, $, $$, textOf, english, card } from '../test/statement-card.js';

const fixtureUrl = (name: string) => new URL(`../test/fixtures/${name}`, import.meta.url).href;

describe('<qms-statement-card>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is registered by the define entry, with <qms-spc-icon>', () => {
    expect(customElements.get('qms-statement-card')).to.equal(QmsStatementCard);
    expect(customElements.get('qms-spc-icon')).to.not.equal(undefined);
  });

  describe('each sample statement', () => {
    for (const statement of sampleStatements) {
      it(`${statement.id}: title, I and We text, evidence per category, score`, async () => {
        const el = await card(statement);
        const article = $(el, 'article')!;
        expect(article.getAttribute('aria-labelledby')).to.equal('title');
        expect(textOf(el, '#title')).to.equal(english(statement.title));

        if (statement.iStatement) {
          expect(textOf(el, '.voice--i blockquote')).to.equal(english(statement.iStatement));
        } else {
          expect(textOf(el, '.voice--i .missing')).to.equal(en['statementCard.noIStatement']);
        }
        if (statement.weStatement) {
          expect(textOf(el, '.voice--we .commitment')).to.equal(english(statement.weStatement));
        } else {
          expect(textOf(el, '.voice--we .missing')).to.equal(en['statementCard.noWeStatement']);
        }

        const chips = $$(el, '.chip');
        expect(chips.map((c) => c.getAttribute('data-category'))).to.deep.equal([
          ...evidenceCategories,
        ]);
        for (const chip of chips) {
          const category = chip.getAttribute('data-category');
          const count = statement.evidence.filter((e) => e.category === category).length;
          const countText = squash(chip.querySelector('.chip-count')?.textContent);
          expect(countText, category!).to.equal(
            count === 0
              ? en['statementCard.evidence.none']
              : `${count} item${count === 1 ? '' : 's'}`,
          );
          expect(squash(chip.querySelector('.chip-name')?.textContent)).to.equal(
            en[`statement.category.${category as (typeof evidenceCategories)[number]}`],
          );
        }

        const score = statement.score!;
        expect(textOf(el, '.score .score-value')).to.equal(`Score ${score.value} of 4:`);
        expect(textOf(el, '.score .score-label')).to.equal(en[`statement.score.${score.value}`]);
        expect(textOf(el, '.score .score-source')).to.contain(en['statement.scoreSource.self']);
        expect($(el, '[role="alert"]')).to.equal(null);
      });
    }
  });

  it('names the framework, version and key question from the SDK presets', async () => {
    const cqc = await card(sampleStatements[0]);
    expect(textOf(cqc, '.context .framework')).to.equal('CQC single assessment framework (2024)');
    expect(textOf(cqc, '.context .key-question')).to.equal('Safe');

    const wales = await card(sampleStatements[4]);
    expect(textOf(wales, '.context .framework')).to.equal('Health and Care Quality Standards 2023');
    expect(textOf(wales, '.context .key-question')).to.equal('Person-centred');

    const local = await card({
      ...sampleStatements[2],
      framework: 'icb-themes',
      version: '3',
      keyQuestion: 'working-together',
    });
    expect(textOf(local, '.context .framework')).to.equal('icb-themes 3');
    expect(textOf(local, '.context .key-question')).to.equal('working-together');
  });

  it('says who gave the score in words, with the score date', async () => {
    const el = await card({
      ...sampleStatements[1],
      score: { value: 4, source: 'regulator', date: '2025-02-14' },
    });
    expect(textOf(el, '.score-label')).to.equal('Exceptional standard');
    expect(textOf(el, '.score-source')).to.equal('Regulator, 14 Feb 2025');
    const unscored = await card({ ...sampleStatements[1], score: undefined });
    expect(textOf(unscored, '.score .missing')).to.equal(en['statementCard.score.none']);
  });

  it('shows evidence dates and the pre-December-2024 category scores', async () => {
    const el = await card(sampleStatements[0]);
    const people = $(el, '.chip[data-category="people-experience"]')!;
    expect(squash(people.querySelector('.chip-date')?.textContent)).to.equal(
      'Last updated 31 Jan 2025',
    );
    expect(squash(people.querySelector('.chip-score')?.textContent)).to.equal(
      'Category score 2: Some shortfalls',
    );
    const empty = $(el, '.chip[data-category="observation"]')!;
    expect(empty.classList.contains('chip--empty')).to.equal(true);
    expect(empty.querySelector('.chip-date')).to.equal(null);
    expect($$(el, '.items li')).to.have.length(3);
  });

  it('owner, review date and an "overdue for review" note computed from today', async () => {
    const onTime = await card(sampleStatements[0], { today: '2025-06-30' });
    expect(textOf(onTime, '.meta')).to.contain('Deputy Director of Nursing');
    expect(textOf(onTime, '.meta')).to.contain('30 Jun 2025');
    expect($(onTime, '.overdue')).to.equal(null);
    const late = await card(sampleStatements[0], { today: '2025-07-01' });
    expect(textOf(late, '.overdue')).to.equal(en['statementCard.review.overdue']);
  });

  describe('variants', () => {
    it('full: voices, evidence strip, score, owner and actions', async () => {
      const el = await card(sampleStatements[0]);
      expect(el.variant).to.equal('full');
      expect($$(el, '.chip')).to.have.length(6);
      expect($(el, '.voice--we')).to.not.equal(null);
      expect($(el, '.meta')).to.not.equal(null);
      expect($(el, '.actions')).to.not.equal(null);
      expect($(el, '.counts')).to.equal(null);
    });

    it('compact: title, I statement, score and evidence counts only', async () => {
      const el = await card(sampleStatements[0], { variant: 'compact' });
      expect($(el, 'article')!.classList.contains('card--compact')).to.equal(true);
      expect(textOf(el, '#title')).to.equal('Safe systems, pathways and transitions');
      expect($(el, '.voice--i blockquote')).to.not.equal(null);
      expect($(el, '.voice--we')).to.equal(null);
      expect(textOf(el, '.score-line')).to.contain('Score 2 of 4: Some shortfalls');
      expect(textOf(el, '.score-line')).to.contain('Self-assessed');
      expect($(el, '.chips')).to.equal(null);
      expect($(el, '.meta')).to.equal(null);
      const counts = $$(el, '.count').map((li) => [
        li.getAttribute('data-category'),
        squash(li.querySelector('.count-value')?.textContent),
      ]);
      expect(counts).to.deep.equal([
        ['people-experience', '1'],
        ['staff-feedback', '0'],
        ['partner-feedback', '0'],
        ['observation', '0'],
        ['processes', '1'],
        ['outcomes', '1'],
      ]);
      await expectNoAxeViolations(el);
    });

    it('compact shows the We statement when a card has no I statement yet', async () => {
      const el = await card(sampleStatements[4], { variant: 'compact' });
      expect($(el, '.voice--i')).to.equal(null);
      expect($(el, '.voice--we .commitment')).to.not.equal(null);
    });

    it('an unknown variant falls back to full, with a readable problem and qms-error', async () => {
      const el = document.createElement('qms-statement-card');
      el.statement = sampleStatements[0];
      el.setAttribute('variant', 'tiny');
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('attribute');
      expect(detail.problems[0]!.message).to.contain('"tiny"');
      expect($$(el, '.chip')).to.have.length(6);
      expect(squash($(el, '[role="alert"]')?.textContent)).to.contain('tiny');
      el.remove();
    });

    it('the heading level follows heading-level, with sections one below', async () => {
      const el = await card(sampleStatements[0]);
      expect($(el, '#title')!.localName).to.equal('h3');
      expect($(el, '#i-label')!.localName).to.equal('h4');
      el.headingLevel = 2;
      await el.updateComplete;
      expect($(el, '#title')!.localName).to.equal('h2');
      expect($(el, '#i-label')!.localName).to.equal('h3');
    });
  });

  describe('languages', () => {
    it('Welsh page: a statement without Welsh text shows it in English, noted and marked', async () => {
      document.documentElement.setAttribute('lang', 'cy');
      const el = await card(sampleStatements[4]);
      // The Welsh title exists: shown without a lang switch.
      expect(textOf(el, '#title')).to.equal('Person-ganolog');
      expect($(el, '#title span')!.hasAttribute('lang')).to.equal(false);
      // The We statement has English only.
      const we = $(el, '.voice--we .commitment')!;
      expect(we.getAttribute('lang')).to.equal('en');
      const note = textOf(el, '.voice--we .language-note');
      expect(note).to.equal('Dangosir yn Saesneg: ni roddwyd testun Cymraeg.');
      expect(note).to.equal(
        cy['common.inOtherLanguage']
          .replace('{language}', cy['common.languageName.en'])
          .replace('{current}', cy['common.languageName.cy']),
      );
      // Welsh labels.
      expect(textOf(el, '#i-label')).to.equal(cy['statement.iStatement']);
      expect(textOf(el, '.score-label')).to.equal(cy['statement.score.2']);
      await expectNoAxeViolations(el);
    });

    it('a CQC card on a Welsh page: English title, I and We marked lang="en"', async () => {
      const el = await card(sampleStatements[0], { lang: 'cy' });
      expect($(el, '#title span')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.voice--i blockquote')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.context .framework')!.getAttribute('lang')).to.equal('en');
      expect($(el, '.context .key-question')!.hasAttribute('lang')).to.equal(false);
      expect(textOf(el, '.context .key-question')).to.equal('Diogel');
      expect($$(el, '.language-note')).to.have.length(2);
      await expectNoAxeViolations(el);
    });

    it('English page with Welsh-only text: the note names Welsh', async () => {
      const el = await card({
        ...sampleStatements[1],
        iStatement: { cy: 'Rwy’n teimlo’n ddiogel.' },
      });
      expect($(el, '.voice--i blockquote')!.getAttribute('lang')).to.equal('cy');
      expect(textOf(el, '.voice--i .language-note')).to.equal(
        'Shown in Welsh: no English text was supplied.',
      );
    });

    it('follows a change of the page language', async () => {
      const el = await card(sampleStatements[4]);
      expect($(el, '.language-note')).to.equal(null);
      document.documentElement.setAttribute('lang', 'cy');
      await afterLangChange(el);
      expect(textOf(el, '#title')).to.equal('Person-ganolog');
      expect($(el, '.language-note')).to.not.equal(null);
    });
  });

  describe('data in', () => {
    it('reads a slotted JSON script', async () => {
      const el = await fixture<QmsStatementCard>(
        html`<qms-statement-card today=${TODAY}>
          <script type="application/json">
            ${JSON.stringify(sampleStatements[3])}
          </script>
        </qms-statement-card>`,
      );
      await el.updateComplete;
      expect(textOf(el, '#title')).to.equal('Person-centred care');
    });

    it('fetches src', async () => {
      const el = await fixture<QmsStatementCard>(
        html`<qms-statement-card src=${fixtureUrl('statement-valid.json')}></qms-statement-card>`,
      );
      await el.settled;
      await el.updateComplete;
      expect(textOf(el, '#title')).to.equal('Moving between services');
      expect(textOf(el, '.context .framework')).to.equal('icb-themes 1');
      expect(textOf(el, '.score-source')).to.contain('Regulator');
    });
  });

  describe('bad input', () => {
    const expectAlert = async (el: QmsStatementCard, text: string) => {
      const alert = $(el, '[role="alert"]');
      expect(alert, 'alert').to.not.equal(null);
      expect(squash(alert!.textContent)).to.contain(text);
      expect($(el, 'article')).to.equal(null);
      await expectNoAxeViolations(el);
    };

    it('an invalid statement object: alert naming the field, and qms-error', async () => {
      const el = document.createElement('qms-statement-card');
      el.statement = { ...sampleStatements[0], score: { value: 7, source: 'self' } } as never;
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('data');
      expect(detail.problems.map((p) => p.where)).to.deep.equal(['score.value']);
      await el.updateComplete;
      await expectAlert(el, 'score.value');
      el.remove();
    });

    it('bad JSON in the slot: alert and qms-error with source "slot"', async () => {
      const el = document.createElement('qms-statement-card');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "id": "x", ';
      el.append(script);
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('slot');
      await el.updateComplete;
      await expectAlert(el, 'is not valid JSON');
      el.remove();
    });

    it('a 404 src: alert with the status, and qms-error with source "src"', async () => {
      const url = fixtureUrl('statement-missing.json');
      const el = document.createElement('qms-statement-card');
      el.src = url;
      const event = oneEvent(el, 'qms-error') as Promise<QmsErrorEvent>;
      document.body.append(el);
      const { detail } = await event;
      expect(detail.source).to.equal('src');
      await el.updateComplete;
      await expectAlert(el, 'status 404');
      el.remove();
    });

    it('a src of the wrong shape lists its problems', async () => {
      const el = await fixture<QmsStatementCard>(
        html`<qms-statement-card
          src=${fixtureUrl('statement-wrong-shape.json')}
        ></qms-statement-card>`,
      );
      await el.settled;
      await waitUntil(() => $(el, '[role="alert"]'));
      const text = squash($(el, '[role="alert"]')!.textContent);
      expect(text).to.contain('version');
      expect(text).to.contain('score.value');
    });

    it('nothing supplied shows the empty state, not a blank box', async () => {
      const el = await fixture<QmsStatementCard>(html`<qms-statement-card></qms-statement-card>`);
      expect(textOf(el, '[part="status"]')).to.equal(en['common.empty']);
    });

    it('the error follows the language', async () => {
      const el = await card({ id: 'x' }, { lang: 'cy' });
      expect(textOf(el, '.qms-error__title')).to.equal(cy['common.error.title']);
    });
  });

  describe('accessibility', () => {
    it('axe: every sample card, full', async () => {
      for (const statement of sampleStatements) {
        const el = await card(statement, {
          measures: sampleDataset.measures,
          actions: sampleDataset.actions,
        });
        await expectNoAxeViolations(el);
      }
    });

    it('an article labelled by its title, with no landmarks inside', async () => {
      const el = await card(sampleStatements[0]);
      expect($$(el, 'main, nav, aside, section, [role="region"], [role="main"]')).to.have.length(0);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('title');
    });

    it('fits 320px without horizontal overflow', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px">
          <qms-statement-card
            .statement=${sampleStatements[0]}
            .measures=${sampleDataset.measures}
            today=${TODAY}
          ></qms-statement-card>
        </div>`,
      );
      const el = wrapper.querySelector('qms-statement-card')!;
      await el.updateComplete;
      const article = $(el, 'article') as HTMLElement;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
