import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate,
  formatNumber,
  intlLocale,
  translate,
  translatePlural,
  registerCatalogue,
} from '../../src/i18n/index.js';

describe('i18n formatting', () => {
  test('a tag Intl refuses falls back to British English, warned once per tag', (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    for (const tag of ['pl_PL', 'x', 'en_GB_bad_', '12', 'pl_PL']) {
      assert.equal(intlLocale(tag), 'en-GB', tag);
      assert.equal(formatNumber(tag, 1234.5), '1,234.5', tag);
      assert.equal(formatDate(tag, '2024-03-01', { month: 'long', year: 'numeric' }), 'March 2024');
      assert.equal(translatePlural(tag, 'no.such.key', 2), 'no.such.key');
    }
    const warned = warn.mock.calls.map((c) => String(c.arguments[0]));
    assert.equal(warned.filter((m) => m.includes('"pl_PL"')).length, 1);
    assert.equal(warned.filter((m) => m.includes('"x"')).length, 1);
    // Valid tags pass through untouched and are not warned about.
    assert.equal(intlLocale('pl-PL'), 'pl-PL');
    assert.equal(intlLocale('cy_GB'), 'cy-GB');
    assert.equal(
      warned.some((m) => m.includes('"pl-PL"')),
      false,
    );
  });

  test('Welsh dates have Welsh month names', () => {
    assert.equal(formatDate('cy', '2024-03-01', { month: 'long', year: 'numeric' }), 'Mawrth 2024');
    assert.equal(
      formatDate('cy-GB', '2025-01-15', { day: 'numeric', month: 'long', year: 'numeric' }),
      '15 Ionawr 2025',
    );
    assert.equal(
      formatDate('en', '2025-01-15', { day: 'numeric', month: 'long', year: 'numeric' }),
      '15 January 2025',
    );
  });

  test('ISO dates are calendar dates, not shifted by time zone', () => {
    assert.equal(formatDate('en', '2024-04-01', { month: 'short', year: 'numeric' }), 'Apr 2024');
  });

  test('unreadable dates are returned as given', () => {
    assert.equal(formatDate('en', 'not a date'), 'not a date');
  });

  test('numbers use the locale', () => {
    assert.equal(formatNumber('cy', 12345.6), '12,345.6');
    assert.equal(formatNumber('en', 0.5, { style: 'percent' }), '50%');
  });

  test('messages fall back to English and fill placeholders', () => {
    assert.equal(translate('cy', 'common.loading'), 'Wrthi’n llwytho…');
    assert.equal(translate('fr', 'common.loading'), 'Loading…');
    assert.equal(
      translate('en', 'common.inOtherLanguage', { language: 'English', current: 'Welsh' }),
      'Shown in English: no Welsh text was supplied.',
    );
  });

  test('hosts can add a catalogue for another language', () => {
    registerCatalogue('ga', { 'common.loading': 'Ag lódáil…' });
    assert.equal(translate('ga-IE', 'common.loading'), 'Ag lódáil…');
    assert.equal(translate('ga', 'common.close'), 'Close');
  });

  test('plural categories follow the locale (Welsh has six)', () => {
    registerCatalogue('cy', { 'common.none': 'Dim' });
    // Unknown plural keys fall back to the key itself rather than throwing.
    assert.equal(translatePlural('cy', 'no.such.key', 2), 'no.such.key');
  });
});
