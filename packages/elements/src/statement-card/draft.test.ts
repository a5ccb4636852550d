import { expect } from '@open-wc/testing';
import type { Statement } from '@qms-kit/sdk';
import { sampleStatements } from '@qms-kit/sdk/sample';
import {
  draftFromStatement,
  isDraftDirty,
  setTextInDraft,
  statementFromDraft,
  textDraft,
  textFromDraft,
  textInDraft,
} from './draft.js';

const TODAY = '2025-04-01';
let key = 0;
const next = () => ++key;

describe('statement card draft', () => {
  it('a fresh draft is not dirty and rebuilds the statement exactly', () => {
    for (const statement of sampleStatements) {
      const draft = draftFromStatement(statement, next);
      expect(isDraftDirty(draft, TODAY), statement.id).to.equal(false);
      expect(statementFromDraft(draft, statement, TODAY)).to.deep.equal(statement);
    }
  });

  it('saving merges three ways: the host’s Welsh and my English of one text are both kept', () => {
    const base: Statement = { ...sampleStatements[0]!, iStatement: { en: 'Old', cy: 'Hen' } };
    const draft = draftFromStatement(base, next);
    draft.iText = setTextInDraft(draft.iText, 'en', 'New');
    const current: Statement = { ...base, iStatement: { en: 'Old', cy: 'Newydd' }, owner: 'Host' };
    const saved = statementFromDraft(draft, current, TODAY);
    expect(saved['iStatement']).to.deep.equal({ en: 'New', cy: 'Newydd' });
    expect(saved['owner']).to.equal('Host');
  });

  it('text per language: each input edits its own language', () => {
    let draft = textDraft({ en: 'I feel safe.' });
    expect(textInDraft(draft, 'cy')).to.equal('');
    draft = setTextInDraft(draft, 'cy-GB', 'Rwy’n teimlo’n ddiogel.');
    expect(textInDraft(draft, 'en')).to.equal('I feel safe.');
    expect(textFromDraft(draft)).to.deep.equal({
      en: 'I feel safe.',
      cy: 'Rwy’n teimlo’n ddiogel.',
    });
  });

  it('keeps the tag a text already uses (en-GB stays en-GB)', () => {
    const draft = setTextInDraft(textDraft({ 'en-GB': 'Old' }), 'en', 'New');
    expect(textFromDraft(draft)).to.deep.equal({ 'en-GB': 'New' });
  });

  it('a plain string shows in every language until one is typed into, then is replaced', () => {
    let draft = textDraft('Plain');
    expect(textInDraft(draft, 'en')).to.equal('Plain');
    expect(textInDraft(draft, 'cy')).to.equal('Plain');
    expect(textFromDraft(draft)).to.equal('Plain');
    draft = setTextInDraft(draft, 'en', 'English now');
    expect(textInDraft(draft, 'cy')).to.equal('');
    expect(textFromDraft(draft)).to.deep.equal({ en: 'English now' });
  });

  it('blank text is dropped; nothing left is undefined', () => {
    expect(textFromDraft({ en: '  ', cy: '' })).to.equal(undefined);
    expect(textFromDraft({ en: '  x ', cy: '' })).to.deep.equal({ en: 'x' });
    expect(textFromDraft({})).to.equal(undefined);
  });

  it('untouched fields keep the current statement’s values, even if the host changed them', () => {
    const base = sampleStatements[0]!;
    const draft = draftFromStatement(base, next);
    draft.iText = setTextInDraft(draft.iText, 'en', 'New I');
    const current: Statement = { ...base, weStatement: { en: 'Host’s new We' } };
    const out = statementFromDraft(draft, current, TODAY);
    expect(out.iStatement).to.deep.equal({ en: 'New I' });
    expect(out.weStatement).to.deep.equal({ en: 'Host’s new We' });
    expect(out.evidence).to.equal(current.evidence);
    expect(out.score).to.equal(current.score);
  });

  it('a changed score is dated today and keeps its category scores', () => {
    const base = sampleStatements[0]!;
    const draft = { ...draftFromStatement(base, next), source: 'regulator' as const };
    expect(isDraftDirty(draft, TODAY)).to.equal(true);
    expect(statementFromDraft(draft, base, TODAY).score).to.deep.equal({
      ...base.score,
      source: 'regulator',
      date: TODAY,
    });
    const cleared = { ...draftFromStatement(base, next), score: undefined };
    expect('score' in statementFromDraft(cleared, base, TODAY)).to.equal(false);
  });

  it('evidence keeps links and notes of items it started from; a date-time keeps its time', () => {
    const base: Statement = {
      ...sampleStatements[0]!,
      evidence: [
        {
          category: 'outcomes',
          title: { en: 'Readmissions' },
          date: '2025-03-01T09:30:00Z',
          measureId: 'readm',
          url: 'https://example.org/readm',
        },
      ],
    };
    const draft = draftFromStatement(base, next);
    expect(draft.evidence[0]!.date).to.equal('2025-03-01');
    draft.evidence = [{ ...draft.evidence[0]!, category: 'processes' }];
    const out = statementFromDraft(draft, base, TODAY);
    expect(out.evidence).to.deep.equal([{ ...base.evidence[0], category: 'processes' }]);
  });
});
