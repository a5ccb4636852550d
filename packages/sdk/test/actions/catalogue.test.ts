import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actionTrackerCy, actionTrackerEn } from '../../src/i18n/messages/action-tracker.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('action tracker catalogue', () => {
  test('English and Welsh have the same keys, no empty strings, the same placeholders', () => {
    assert.deepEqual(Object.keys(actionTrackerCy).sort(), Object.keys(actionTrackerEn).sort());
    for (const key of Object.keys(actionTrackerEn) as (keyof typeof actionTrackerEn)[]) {
      assert.match(key, /^actionTracker\./);
      assert.ok(actionTrackerEn[key].trim() !== '' && actionTrackerCy[key].trim() !== '', key);
      assert.deepEqual(placeholders(actionTrackerCy[key]), placeholders(actionTrackerEn[key]), key);
    }
  });
});
