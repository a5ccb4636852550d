import { expect } from '@open-wc/testing';
import { pickText } from './localised-text.js';

describe('pickText', () => {
  it('finds the language by its base tag', () => {
    expect(pickText({ en: 'Safe', cy: 'Diogel' }, 'cy-GB')).to.deep.equal({
      text: 'Diogel',
      lang: undefined,
      fallback: false,
    });
    expect(pickText({ 'en-GB': 'Safe' }, 'en')?.text).to.equal('Safe');
  });

  it('falls back to English for Welsh, Welsh for English, else the first with text', () => {
    expect(pickText({ en: 'Safe' }, 'cy')).to.deep.equal({
      text: 'Safe',
      lang: 'en',
      fallback: true,
    });
    expect(pickText({ cy: 'Diogel', fr: 'Sûr' }, 'en')).to.deep.equal({
      text: 'Diogel',
      lang: 'cy',
      fallback: true,
    });
    expect(pickText({ fr: 'Sûr', de: 'Sicher' }, 'en')?.lang).to.equal('fr');
    expect(pickText({ fr: 'Sûr', en: 'Safe' }, 'de')?.lang).to.equal('en');
  });

  it('skips blank languages and gives undefined when there is no text', () => {
    expect(pickText({ cy: ' ', en: 'Safe' }, 'cy')?.lang).to.equal('en');
    expect(pickText({ cy: '' }, 'cy')).to.equal(undefined);
    expect(pickText('  ', 'en')).to.equal(undefined);
    expect(pickText(undefined, 'en')).to.equal(undefined);
  });

  it('a plain string is shown in every language without a fallback', () => {
    expect(pickText('Safe', 'cy')).to.deep.equal({
      text: 'Safe',
      lang: undefined,
      fallback: false,
    });
  });
});
