import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { actionDueState, getFramework } from '../../src/index.js';
import { sampleDataset, sampleMonths } from '../../src/sample/index.js';

describe('sample dataset', () => {
  test('synthetic, Welsh framework, bilingual organisation name', () => {
    assert.equal(sampleDataset.synthetic, true);
    assert.equal(sampleDataset.framework, 'wales-hcqs-2023');
    assert.deepEqual(sampleDataset.organisation, {
      en: 'Example University Health Board',
      cy: 'Bwrdd Iechyd Prifysgol Enghraifft',
    });
  });

  test('10 measures × 36 monthly points, April 2022 to March 2025', () => {
    assert.deepEqual(
      sampleDataset.measures.map((m) => m.id),
      ['falls', 'pu', 'ed4h', 'sepsis', 'px', 'sick', 'meds', 'readm', 'active', 'emadm'],
    );
    assert.equal(sampleMonths[0], '2022-04-01');
    assert.equal(sampleMonths[35], '2025-03-01');
    for (const m of sampleDataset.measures) {
      assert.deepEqual(
        m.data.map((p) => p.x),
        sampleMonths,
        m.id,
      );
      assert.ok(
        m.data.every((p) => typeof p.y === 'number'),
        m.id,
      );
      assert.ok(
        typeof m.name === 'object' && !('cy' in m.name),
        `${m.id}: no machine-translated name`,
      );
    }
  });

  test('values, targets, directions and domains as DOMAIN.md §9.1', () => {
    const byId = new Map(sampleDataset.measures.map((m) => [m.id, m]));
    const summary = (id: string) => {
      const m = byId.get(id);
      return [m?.improvement, m?.target, m?.domain, m?.data[0]?.y, m?.data[35]?.y];
    };
    assert.deepEqual(summary('falls'), ['decrease', 5.5, 'safe', 5.5, 6.1]);
    assert.deepEqual(summary('pu'), ['decrease', 0.6, 'safe', 0.92, 0.54]);
    assert.deepEqual(summary('ed4h'), ['increase', 95, 'timely', 71.0, 70.3]);
    assert.deepEqual(summary('sepsis'), ['increase', 90, 'effective', 86.7, 91.0]);
    assert.deepEqual(summary('px'), ['increase', 85, 'person-centred', 92.7, 91.3]);
    assert.deepEqual(summary('sick'), ['decrease', 4.5, 'workforce', 5.51, 6.7]);
    assert.deepEqual(summary('meds'), ['decrease', undefined, 'safe', 0.39, 0.67]);
    assert.deepEqual(summary('readm'), ['decrease', 10, 'effective', 10.6, 9.9]);
    assert.deepEqual(summary('active'), ['increase', 80, 'person-centred', 78.9, 76.0]);
    assert.deepEqual(summary('emadm'), ['neutral', undefined, 'efficient', 3188, 3383]);
    assert.deepEqual(byId.get('active')?.secondaryDomains, ['equitable']);
    const framework = getFramework(sampleDataset.framework);
    assert.equal(framework?.domains.find((d) => d.id === 'workforce')?.kind, 'enabler');
    const sum = (id: string) => byId.get(id)?.data.reduce((t, p) => t + (p.y ?? 0), 0) ?? 0;
    // Means from DOMAIN.md's reference statistics pin every value, not just the ends.
    assert.equal((sum('falls') / 36).toFixed(3), '5.933');
    assert.equal((sum('pu') / 36).toFixed(3), '0.851');
    assert.equal((sum('emadm') / 36).toFixed(1), '3126.2');
  });

  test('15 framework actions and two improvement projects, linked per §9.2', () => {
    const actions = sampleDataset.actions;
    assert.equal(actions.length, 17);
    const byId = new Map(actions.map((a) => [a.id, a]));
    assert.deepEqual(
      ['A1', 'A2', 'A3', 'A15'].map((id) => byId.get(id)?.status),
      ['complete', 'complete', 'complete', 'complete'],
    );
    assert.equal(byId.get('A3')?.due, '2023-04-01');
    assert.equal(byId.get('A8')?.aspect, 'planning');
    assert.deepEqual(byId.get('A8')?.measureIds, ['px']);
    assert.equal(byId.get('A9')?.aspect, 'improvement');
    assert.equal(byId.get('A10')?.aspect, 'assurance');
    assert.equal(byId.get('A11')?.domain, 'information');
    assert.equal(byId.get('A14')?.domain, 'workforce');
    assert.deepEqual(byId.get('A7')?.measureIds, ['meds']);
    const pu = byId.get('QI-PU');
    assert.equal(pu?.pdsaCycles.length, 3);
    assert.equal(pu?.pdsaCycles[2]?.act, 'adopt');
    assert.equal(pu?.progressScore, 3.5);
    const sepsis = byId.get('QI-SEPSIS');
    assert.equal(sepsis?.pdsaCycles.length, 4);
    assert.equal(sepsis?.progressScore, 3);
    assert.ok((pu?.driverDiagram?.primaryDrivers.length ?? 0) >= 2);
    // Fixed dates make due states stable for a fixed "today".
    assert.equal(actionDueState(byId.get('A12') ?? { status: 'closed' }, '2025-04-01'), 'overdue');
    assert.equal(actionDueState(byId.get('A14') ?? { status: 'closed' }, '2025-04-01'), 'no-date');
    assert.equal(actionDueState(byId.get('A4') ?? { status: 'closed' }, '2025-04-01'), 'on-track');
  });

  test('five statement cards and the wheel state of §9.3–9.4', () => {
    assert.deepEqual(
      sampleDataset.statements.map((s) => [
        s.framework,
        s.keyQuestion,
        s.score?.value,
        s.score?.source,
      ]),
      [
        ['cqc-saf', 'safe', 2, 'self'],
        ['cqc-saf', 'safe', 3, 'self'],
        ['cqc-saf', 'effective', 3, 'self'],
        ['cqc-saf', 'responsive', 3, 'self'],
        ['wales-hcqs-2023', 'person-centred', 2, 'self'],
      ],
    );
    const assessment = sampleDataset.assessment;
    assert.equal(assessment?.feedback.length, 3);
    assert.deepEqual(assessment?.aspects.control.measureIds, ['sick', 'meds']);
    assert.deepEqual(assessment?.aspects.assurance.measureIds, ['ed4h']);
  });
});
