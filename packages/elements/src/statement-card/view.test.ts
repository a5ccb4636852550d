import { expect } from '@open-wc/testing';
import { spcForMeasure, type Action, type Statement } from '@qms-kit/sdk';
import { sampleDataset, sampleStatements } from '@qms-kit/sdk/sample';
import { draftFromStatement } from './draft.js';
import { fieldIdOf } from './form-view.js';
import {
  LinkReader,
  actionRows,
  compactVoice,
  evidenceView,
  headerView,
  headingLevelOf,
  linkProblems,
  linkedActions,
  linkedMeasures,
  metaView,
  scoreView,
  variantOf,
  voiceView,
  within,
} from './view.js';

const statement = (i: number): Statement => sampleStatements[i] as Statement;
const wales = statement(4);

describe('statement card view', () => {
  it('reads heading level and variant as the card draws them', () => {
    expect([
      headingLevelOf(4),
      headingLevelOf('5'),
      headingLevelOf(9),
      headingLevelOf(1),
    ]).to.deep.equal([4, 5, 6, 2]);
    expect(headingLevelOf('x')).to.equal(3);
    expect([variantOf('compact'), variantOf('full'), variantOf('wide')]).to.deep.equal([
      'compact',
      'full',
      'full',
    ]);
  });

  it('shows I and We text in the page language, marking the other language as a fallback', () => {
    const s: Statement = {
      ...wales,
      iStatement: { en: 'I am heard.' },
      weStatement: { cy: 'Rydym ni.', en: 'We do.' },
    };
    const i = voiceView(s, 'i', 'cy');
    expect(i.text).to.deep.equal({ text: 'I am heard.', lang: 'en', fallback: true });
    expect(i.fallbackLang).to.equal('en');
    const we = voiceView(s, 'we', 'cy');
    expect(we.text?.text).to.equal('Rydym ni.');
    expect(we.fallbackLang).to.equal(undefined);
    expect(voiceView({ ...s, iStatement: undefined }, 'i', 'en').text).to.equal(undefined);
  });

  it('the compact card shows the I statement unless only a We statement has text', () => {
    const both: Statement = { ...wales, iStatement: { en: 'I am heard.' } };
    expect(compactVoice(both, 'en')).to.equal('i');
    expect(compactVoice(wales, 'en')).to.equal('we');
    expect(compactVoice({ ...wales, weStatement: undefined }, 'en')).to.equal('i');
  });

  it('adds the framework version only when the name does not say it', () => {
    const view = headerView(statement(0), 'en');
    expect(view.frameworkName).to.contain(statement(0).version);
    expect(view.version).to.equal(undefined);
    const local = headerView({ ...statement(0), framework: 'local', version: 'v9' }, 'en');
    expect(local.frameworkName).to.equal('local');
    expect(local.version).to.equal('v9');
    expect(local.keyQuestionId).to.equal(statement(0).keyQuestion);
  });

  it('gives the score band, its pips and who gave it', () => {
    const s: Statement = { ...wales, score: { value: 2, source: 'regulator', date: '2025-01-02' } };
    expect(scoreView(s)).to.deep.equal({
      value: 2,
      source: 'regulator',
      date: '2025-01-02',
      pips: [true, true, false, false],
    });
    expect(scoreView({ ...wales, score: undefined })).to.equal(undefined);
  });

  it('lists evidence by category and item, and flags an overdue review', () => {
    const s = statement(0);
    const view = evidenceView(s, 'en');
    expect(view.categories).to.have.length(6);
    expect(view.categories.reduce((n, c) => n + c.count, 0)).to.equal(s.evidence.length);
    expect(view.items.map((i) => i.category)).to.deep.equal(s.evidence.map((e) => e.category));
    expect(metaView({ ...s, reviewDate: '2025-01-01' }, 'en', '2025-06-01').overdue).to.equal(true);
    expect(metaView({ ...s, reviewDate: '2025-01-01' }, 'en', '2024-06-01').overdue).to.equal(
      false,
    );
    expect(metaView({ ...s, reviewDate: undefined }, 'en', '2025-06-01').overdue).to.equal(false);
  });

  it('resolves linked measures in the statement order with their SPC verdicts', () => {
    const reader = new LinkReader();
    const measures = linkedMeasures(wales, sampleDataset.measures, reader);
    expect(measures.map((m) => m.id)).to.deep.equal(['px', 'active']);
    for (const m of measures) {
      expect(m.variation).to.equal(spcForMeasure(m.measure!).variation);
    }
    // Unreadable and missing entries are told apart.
    const broken = linkedMeasures(wales, [{ id: 'px', data: 'no' }], reader);
    expect(broken).to.deep.equal([{ id: 'px', unreadable: true }, { id: 'active' }]);
    expect(linkedMeasures(wales, undefined, reader)).to.deep.equal([
      { id: 'px' },
      { id: 'active' },
    ]);
  });

  it('names problems of linked entries only, from the property', () => {
    const reader = new LinkReader();
    const problems = linkProblems(
      wales,
      [
        { id: 'other', data: 'no' },
        { id: 'px', data: 'no' },
      ],
      [],
      reader,
    );
    expect(problems.length).to.be.greaterThan(0);
    expect(problems.every((p) => p.where.startsWith('measures[1]'))).to.equal(true);
    expect(
      within('actions', 2, [{ where: '[0].due', message: 'm', path: [0, 'due'] }]),
    ).to.deep.equal([{ where: 'actions[2].due', message: 'm', path: [0, 'due'] }]);
  });

  it('gives action rows with due state, or the bare ids when there is nothing to resolve', () => {
    const s: Statement = { ...wales, actionIds: ['a1', 'a2'] };
    expect(actionRows(s, undefined, 'en', '2025-01-01')).to.deep.equal([
      { id: 'a1', note: undefined },
      { id: 'a2', note: undefined },
    ]);
    const action = {
      id: 'a1',
      title: 'Fix it',
      owner: 'Ward manager',
      status: 'not-started',
      due: '2025-01-10',
    } as unknown as Action;
    const linked = linkedActions(s, [action], new LinkReader());
    const rows = actionRows(s, linked, 'en', '2025-01-01');
    expect(rows[0]?.resolved?.dueState).to.equal('due-soon');
    expect(rows[0]?.resolved?.due).to.equal('2025-01-10');
    expect(rows[1]).to.deep.equal({ id: 'a2', note: 'notFound' });
  });

  it('ties a form problem to its input', () => {
    let key = 0;
    const draft = draftFromStatement(statement(0), () => ++key);
    const problem = { where: 'w', message: 'm' };
    expect(fieldIdOf({ field: 'iStatement', code: 'required', problem }, draft)).to.equal('f-i');
    expect(fieldIdOf({ field: 'evidenceDate', code: 'invalid', key: 7, problem }, draft)).to.equal(
      'f-ev-7-date',
    );
    expect(fieldIdOf({ field: 'evidenceDate', code: 'invalid', problem }, draft)).to.equal(
      undefined,
    );
    expect(fieldIdOf({ field: 'scoreSource', code: 'invalid', problem }, draft)).to.equal(
      `f-source-${draft.source}`,
    );
  });
});
