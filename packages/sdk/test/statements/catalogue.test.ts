import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statementCardCy, statementCardEn } from '../../src/i18n/messages/statement-card.js';
import { evidenceCategories, translate, translatePlural } from '../../src/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('statement card messages', () => {
  test('English and Welsh have the same keys, none empty, every placeholder kept', () => {
    assert.deepEqual(Object.keys(statementCardCy).sort(), Object.keys(statementCardEn).sort());
    for (const key of Object.keys(statementCardEn) as (keyof typeof statementCardEn)[]) {
      assert.match(key, /^statementCard\./);
      assert.ok(statementCardEn[key].trim() !== '', `${key} (en) is empty`);
      assert.ok(statementCardCy[key].trim() !== '', `${key} (cy) is empty`);
      assert.deepEqual(placeholders(statementCardCy[key]), placeholders(statementCardEn[key]), key);
    }
  });

  test('every evidence category has a short label', () => {
    for (const c of evidenceCategories) {
      assert.ok(`statementCard.category.short.${c}` in statementCardEn, c);
    }
  });

  test('item counts: English plural, Welsh singular noun after a number', () => {
    assert.equal(translatePlural('en', 'statementCard.evidence.count', 1), '1 item');
    assert.equal(translatePlural('en', 'statementCard.evidence.count', 3), '3 items');
    assert.equal(translatePlural('cy', 'statementCard.evidence.count', 2), '2 eitem');
    assert.equal(translatePlural('cy', 'statementCard.evidence.count', 6), '6 eitem');
  });

  test('the language note reads naturally in both languages', () => {
    const note = (locale: string, shown: 'en' | 'cy', current: 'en' | 'cy') =>
      translate(locale, 'common.inOtherLanguage', {
        language: translate(locale, `common.languageName.${shown}`),
        current: translate(locale, `common.languageName.${current}`),
      });
    assert.equal(note('en', 'en', 'cy'), 'Shown in English: no Welsh text was supplied.');
    assert.equal(note('cy', 'en', 'cy'), 'Dangosir yn Saesneg: ni roddwyd testun Cymraeg.');
  });
});
