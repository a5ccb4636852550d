import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  filterDatasetBySelection,
  qmsAspects,
  type QmsAspect,
  type QmsSelection,
} from '../../src/index.js';
import { sampleDataset } from '../../src/sample/index.js';
import { frozenCopy, ids } from './helpers.js';

const dataset = frozenCopy(sampleDataset);
const original = structuredClone(dataset);

function picked(selection: QmsSelection | undefined) {
  const r = filterDatasetBySelection(dataset, selection);
  return { measures: ids(r.measures), statements: ids(r.statements), actions: ids(r.actions) };
}

describe('filterDatasetBySelection', () => {
  test('an empty selection picks every record, in new arrays', () => {
    for (const selection of [undefined, {}, { domain: '', measure: undefined }]) {
      const r = filterDatasetBySelection(dataset, selection);
      assert.deepEqual(r.measures, dataset.measures);
      assert.deepEqual(r.statements, dataset.statements);
      assert.deepEqual(r.actions, dataset.actions);
      assert.notEqual(r.actions, dataset.actions);
    }
  });

  test('domain safe: its measures, the statements under it, actions tagged or linked', () => {
    assert.deepEqual(picked({ domain: 'safe' }), {
      measures: ['falls', 'pu', 'meds'],
      statements: ['cqc-safe-systems', 'cqc-managing-risks'],
      actions: ['A1', 'A4', 'A5', 'A6', 'A7', 'QI-PU'],
    });
  });

  test('a domain picks measures tagged with it as a secondary domain', () => {
    assert.deepEqual(picked({ domain: 'equitable' }).measures, ['active']);
  });

  test('an enabler picks its measures and actions', () => {
    assert.deepEqual(picked({ domain: 'workforce' }), {
      measures: ['sick'],
      statements: [],
      actions: ['A14'],
    });
  });

  test('an action linked to a domain’s measure counts even when tagged with another domain', () => {
    // A9 is tagged learning-improvement-research but links the sepsis measure (effective).
    assert.ok(picked({ domain: 'effective' }).actions.includes('A9'));
  });

  test('aspect improvement: actions with that aspect or listed for it, and their measures', () => {
    assert.deepEqual(picked({ aspect: 'improvement' }), {
      measures: ['pu', 'sepsis'],
      statements: [],
      actions: ['A9', 'QI-PU', 'QI-SEPSIS'],
    });
  });

  test('aspect planning picks the statement its action is linked to', () => {
    assert.deepEqual(picked({ aspect: 'planning' }), {
      measures: ['px'],
      statements: ['wales-person-centred'],
      actions: ['A8'],
    });
  });

  test('a measure: that measure, the statements and actions linking it', () => {
    assert.deepEqual(picked({ measure: 'falls' }), {
      measures: ['falls'],
      statements: ['cqc-managing-risks'],
      actions: ['A5'],
    });
  });

  test('a measure linked only through a PDSA cycle or statement evidence is still picked', () => {
    const pdsa = picked({ measure: 'pu' }).actions;
    assert.ok(pdsa.includes('QI-PU'));
    const withEvidence = structuredClone(sampleDataset);
    withEvidence.statements[2]!.evidence.push({
      category: 'outcomes',
      title: 'Sickness',
      date: '2025-01-01',
      measureId: 'sick',
    });
    assert.deepEqual(ids(filterDatasetBySelection(withEvidence, { measure: 'sick' }).statements), [
      'cqc-working-together',
    ]);
  });

  test('parts of a selection narrow each other', () => {
    assert.deepEqual(picked({ domain: 'safe', aspect: 'improvement' }), {
      measures: ['pu'],
      statements: [],
      actions: ['QI-PU'],
    });
    assert.deepEqual(picked({ domain: 'safe', measure: 'px' }).measures, []);
  });

  test('a domain of another framework is placed through the crosswalk', () => {
    assert.deepEqual(picked({ domain: 'caring', framework: 'cqc-5kq' }), {
      measures: ['px', 'active'],
      statements: ['wales-person-centred'],
      actions: ['A8'],
    });
  });

  test('the dataset’s own framework id (or an unknown one) means the dataset’s framework', () => {
    assert.deepEqual(
      picked({ domain: 'safe', framework: 'wales-hcqs-2023' }),
      picked({ domain: 'safe' }),
    );
    assert.deepEqual(
      picked({ domain: 'safe', framework: 'local-thing' }),
      picked({ domain: 'safe' }),
    );
  });

  test('unassigned picks the records with no home in the framework', () => {
    const withHomeless = structuredClone(sampleDataset);
    delete withHomeless.measures[9]!.domain;
    const r = filterDatasetBySelection(withHomeless, { domain: 'unassigned' });
    assert.deepEqual(ids(r.measures), ['emadm']);
    // responsive (a CQC key question) has no single home among the Welsh domains.
    assert.deepEqual(ids(r.statements), ['cqc-person-centred-care']);
    assert.ok(ids(r.actions).every((id) => ['A2', 'A3', 'A10', 'A12', 'A13', 'A15'].includes(id)));
  });

  test('an unknown domain, measure or aspect picks nothing', () => {
    const nothing = { measures: [], statements: [], actions: [] };
    assert.deepEqual(picked({ domain: 'nope' }), nothing);
    assert.deepEqual(picked({ measure: 'nope' }), nothing);
    assert.deepEqual(picked({ aspect: 'nope' as QmsAspect }), nothing);
  });

  test('a dataset without an assessment still filters by aspect tag', () => {
    const { assessment: _omit, ...rest } = structuredClone(sampleDataset);
    const r = filterDatasetBySelection(rest, { aspect: 'assurance' });
    assert.deepEqual(ids(r.actions), ['A10']);
    assert.deepEqual(ids(r.measures), []);
  });

  test('a combined selection picks exactly what every part picks on its own', () => {
    const domains = ['safe', 'timely', 'effective', 'person-centred', 'workforce', 'unassigned'];
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...domains), { nil: undefined }),
        fc.option(fc.constantFrom(...ids(dataset.measures)), { nil: undefined }),
        fc.option(fc.constantFrom(...qmsAspects), { nil: undefined }),
        (domain, measure, aspect) => {
          const all = picked({ domain, measure, aspect });
          const parts = [{ domain }, { measure }, { aspect }].map(picked);
          for (const kind of ['measures', 'statements', 'actions'] as const) {
            const both = all[kind];
            const expected = picked({})[kind].filter((id) =>
              parts.every((p) => p[kind].includes(id)),
            );
            assert.deepEqual(both, expected);
          }
        },
      ),
    );
  });

  test('the input is not changed', () => {
    picked({ domain: 'safe', aspect: 'improvement', measure: 'pu' });
    assert.deepEqual(dataset, original);
  });
});
