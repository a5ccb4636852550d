import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { domainCy, domainEn } from '../../src/i18n/messages/domain.js';
import {
  actionStatusSchema,
  evidenceCategories,
  feedbackSourceSchema,
  progressScoreKey,
  progressScores,
  qmsAspects,
  translate,
} from '../../src/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('domain message catalogues', () => {
  test('English and Welsh have the same keys and no empty strings', () => {
    assert.deepEqual(Object.keys(domainCy).sort(), Object.keys(domainEn).sort());
    for (const [key, text] of [...Object.entries(domainEn), ...Object.entries(domainCy)]) {
      assert.ok(text.trim().length > 0, `${key} is empty`);
    }
  });

  test('keys use the domain prefixes and Welsh keeps every placeholder', () => {
    for (const key of Object.keys(domainEn) as (keyof typeof domainEn)[]) {
      assert.match(key, /^(domain|framework|qms|statement|action|io)\./);
      assert.deepEqual(placeholders(domainCy[key]), placeholders(domainEn[key]), key);
    }
  });

  test('every enumerated value has a label', () => {
    const keys = [
      ...qmsAspects.map((a) => `qms.aspect.${a}`),
      ...qmsAspects.map((a) => `qms.aspect.${a}.definition`),
      ...feedbackSourceSchema.options.map((s) => `qms.feedbackSource.${s}`),
      ...evidenceCategories.map((c) => `statement.category.${c}`),
      ...actionStatusSchema.options.map((s) => `action.status.${s}`),
      ...progressScores.map(progressScoreKey),
    ];
    for (const key of keys) assert.ok(key in domainEn, key);
  });

  test('translate finds domain labels in both languages', () => {
    assert.equal(translate('cy', 'qms.aspect.planning'), 'Cynllunio Ansawdd');
    assert.equal(translate('en-GB', progressScoreKey(3.5)), 'Improvement');
    assert.equal(
      translate('cy', 'qms.tools.inPlace', { inPlace: 6, total: 9 }),
      '6 o 9 offeryn ar waith',
    );
  });
});
