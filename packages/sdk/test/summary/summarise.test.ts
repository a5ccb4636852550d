import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  concernFirst,
  frameworkPresets,
  mapDomainId,
  summariseByDomain,
  type DomainSummary,
  type Framework,
  type Measure,
} from '../../src/index.js';
import { sampleMeasures } from '../../src/sample/index.js';

/** A tile's counts with the zero entries left out, for short expectations. */
function counts(tile: DomainSummary | undefined) {
  assert.ok(tile);
  const nonZero = (r: Record<string, number>) =>
    Object.fromEntries(Object.entries(r).filter(([, n]) => n > 0));
  return {
    ids: tile.rows.map((r) => r.id),
    variation: nonZero(tile.variation),
    assurance: nonZero(tile.assurance),
    flags: [tile.concern ? 'concern' : '', tile.failing ? 'failing' : ''].filter(Boolean),
  };
}

const byId = (tiles: readonly DomainSummary[], id: string) => tiles.find((t) => t.id === id);

// Expected icons: DOMAIN.md §9.1 (falls CC/HoM, pu Imp-low/HoM, ed4h CC/fail, sepsis Imp-high/HoM,
// px CC/pass, sick Concern-high/fail, meds Concern-high/no target, readm CC/HoM,
// active Concern-low/HoM, emadm Neither-high/no target).
describe('summariseByDomain: the sample under STEEEP', () => {
  const card = summariseByDomain(sampleMeasures, 'steeep');

  test('six domains in framework order, no enablers', () => {
    assert.deepEqual(
      card.domains.map((d) => d.id),
      ['safe', 'timely', 'effective', 'efficient', 'equitable', 'person-centred'],
    );
    assert.deepEqual(card.enablers, []);
  });

  test('Safe: falls, pu, meds', () => {
    assert.deepEqual(counts(byId(card.domains, 'safe')), {
      ids: ['falls', 'pu', 'meds'],
      variation: { concern: 1, improvement: 1, 'common-cause': 1 },
      assurance: { 'hit-or-miss': 2, 'no-target': 1 },
      flags: ['concern'],
    });
  });

  test('Timely: ed4h fails its target', () => {
    assert.deepEqual(counts(byId(card.domains, 'timely')), {
      ids: ['ed4h'],
      variation: { 'common-cause': 1 },
      assurance: { fail: 1 },
      flags: ['failing'],
    });
  });

  test('Effective, Efficient, Person-centred', () => {
    assert.deepEqual(counts(byId(card.domains, 'effective')), {
      ids: ['sepsis', 'readm'],
      variation: { improvement: 1, 'common-cause': 1 },
      assurance: { 'hit-or-miss': 2 },
      flags: [],
    });
    assert.deepEqual(counts(byId(card.domains, 'efficient')), {
      ids: ['emadm'],
      variation: { neither: 1 },
      assurance: { 'no-target': 1 },
      flags: [],
    });
    assert.deepEqual(counts(byId(card.domains, 'person-centred')), {
      ids: ['px', 'active'],
      variation: { concern: 1, 'common-cause': 1 },
      assurance: { pass: 1, 'hit-or-miss': 1 },
      flags: ['concern'],
    });
  });

  test('a secondary domain lists the measure without counting it', () => {
    const equitable = byId(card.domains, 'equitable');
    assert.deepEqual(counts(equitable), { ids: [], variation: {}, assurance: {}, flags: [] });
    assert.deepEqual(
      equitable?.tagged.map((r) => r.id),
      ['active'],
    );
  });

  test('the Workforce measure has no home in STEEEP: unassigned, not dropped', () => {
    assert.deepEqual(counts(card.unassigned), {
      ids: ['sick'],
      variation: { concern: 1 },
      assurance: { fail: 1 },
      flags: ['concern', 'failing'],
    });
    assert.equal(card.unassigned.rows[0]?.givenDomainId, 'workforce');
    assert.equal(card.unassigned.rows[0]?.mapping, 'none');
  });

  test('every measure is counted exactly once', () => {
    const all = [...card.domains, ...card.enablers, card.unassigned].flatMap((t) => t.rows);
    assert.equal(all.length, sampleMeasures.length);
    assert.equal(new Set(all.map((r) => r.id)).size, sampleMeasures.length);
  });

  test('concern-first: flagged tiles first, each part in framework order', () => {
    assert.deepEqual(
      concernFirst(card.domains).map((d) => d.id),
      ['safe', 'timely', 'person-centred', 'effective', 'efficient', 'equitable'],
    );
  });
});

describe('summariseByDomain: the sample under Wales HCQS 2023', () => {
  const card = summariseByDomain(sampleMeasures, frameworkPresets['wales-hcqs-2023']);

  test('six domains, six enablers as a second band, nothing unassigned', () => {
    assert.equal(card.domains.length, 6);
    assert.deepEqual(
      card.enablers.map((d) => d.id),
      [
        'leadership',
        'workforce',
        'culture-valuing-people',
        'information',
        'learning-improvement-research',
        'whole-systems-approach',
      ],
    );
    assert.ok(card.enablers.every((e) => e.kind === 'enabler'));
    assert.deepEqual(card.unassigned.rows, []);
  });

  test('Workforce: sick, concern and failing', () => {
    assert.deepEqual(counts(byId(card.enablers, 'workforce')), {
      ids: ['sick'],
      variation: { concern: 1 },
      assurance: { fail: 1 },
      flags: ['concern', 'failing'],
    });
    assert.deepEqual(concernFirst(card.enablers)[0]?.id, 'workforce');
  });

  test('totals across the scorecard match the ten expected icons', () => {
    const tiles = [...card.domains, ...card.enablers];
    const sum = (pick: (t: DomainSummary) => number) => tiles.reduce((n, t) => n + pick(t), 0);
    assert.equal(
      sum((t) => t.variation.concern),
      3,
    ); // sick, meds, active
    assert.equal(
      sum((t) => t.variation.improvement),
      2,
    ); // pu, sepsis
    assert.equal(
      sum((t) => t.variation.neither),
      1,
    ); // emadm
    assert.equal(
      sum((t) => t.variation['common-cause']),
      4,
    ); // falls, ed4h, px, readm
    assert.equal(
      sum((t) => t.variation['not-enough-data']),
      0,
    );
    assert.equal(
      sum((t) => t.assurance.fail),
      2,
    ); // ed4h, sick
    assert.equal(
      sum((t) => t.assurance.pass),
      1,
    ); // px
    assert.equal(
      sum((t) => t.assurance['hit-or-miss']),
      5,
    );
    assert.equal(
      sum((t) => t.assurance['no-target']),
      2,
    ); // meds, emadm
  });
});

describe('summariseByDomain: the sample under CQC and NHS England (through the crosswalk)', () => {
  test('CQC five key questions', () => {
    const card = summariseByDomain(sampleMeasures, 'cqc-5kq');
    assert.deepEqual(
      card.domains.map((d) => [d.id, d.rows.map((r) => r.id)]),
      [
        ['safe', ['falls', 'pu', 'meds']],
        ['effective', ['sepsis', 'readm']],
        // person-centred → Caring (the crosswalk's nearest); timely → Responsive
        ['caring', ['px', 'active']],
        ['responsive', ['ed4h']],
        // workforce and efficient → Well-led
        ['well-led', ['sick', 'emadm']],
      ],
    );
    assert.deepEqual(counts(byId(card.domains, 'well-led')), {
      ids: ['sick', 'emadm'],
      variation: { concern: 1, neither: 1 },
      assurance: { fail: 1, 'no-target': 1 },
      flags: ['concern', 'failing'],
    });
    assert.deepEqual(
      byId(card.domains, 'responsive')?.tagged.map((r) => r.id),
      ['active'], // secondary: equitable → Responsive
    );
    const px = card.rows.find((r) => r.id === 'px');
    assert.equal(px?.mapping, 'crosswalk');
    assert.equal(px?.givenDomainId, 'person-centred');
    assert.deepEqual(card.unassigned.rows, []);
  });

  test('NHS England three-part: access, value and workforce measures are unassigned', () => {
    const card = summariseByDomain(sampleMeasures, 'nhse-3part');
    assert.deepEqual(
      card.domains.map((d) => [d.id, d.rows.map((r) => r.id)]),
      [
        ['safe', ['falls', 'pu', 'meds']],
        ['effective', ['sepsis', 'readm']],
        ['positive-experience', ['px', 'active']],
      ],
    );
    assert.deepEqual(
      card.unassigned.rows.map((r) => r.id),
      ['ed4h', 'sick', 'emadm'],
    );
  });
});

describe('rows of the summary table', () => {
  const card = summariseByDomain(sampleMeasures, 'wales-hcqs-2023');
  const row = (id: string) => card.rows.find((r) => r.id === id);

  test('pu: period, latest value, target, icons, mean and limits of the last point, sparkline', () => {
    const pu = row('pu');
    assert.ok(pu);
    assert.equal(pu.period, '2025-03-01');
    assert.equal(pu.latest, 0.54);
    assert.equal(pu.target, 0.6);
    assert.equal(pu.variation, 'improvement-low');
    assert.equal(pu.assurance, 'hit-or-miss');
    assert.equal(pu.mean?.toFixed(3), '0.851');
    assert.equal(pu.lower?.toFixed(3), '0.588');
    assert.equal(pu.upper?.toFixed(3), '1.114');
    assert.equal(pu.sparkline.values.length, 36);
    assert.equal(pu.sparkline.min, 0.41);
    assert.equal(pu.sparkline.max, 1.16);
    assert.equal(pu.sparkline.first, '2022-04-01');
    assert.equal(pu.sparkline.last, '2025-03-01');
    assert.deepEqual(pu.problems, []);
  });

  test('meds has no target: assurance null, counted as "no target"', () => {
    assert.equal(row('meds')?.target, null);
    assert.equal(row('meds')?.assurance, null);
    assert.equal(row('meds')?.assuranceGroup, 'no-target');
  });

  test('the latest point skips trailing missing and ghosted values', () => {
    const m: Measure = {
      ...sampleMeasures[0]!,
      data: [
        ...sampleMeasures[0]!.data.slice(0, 34),
        { x: '2025-02-01', y: 9, ghost: true },
        { x: '2025-03-01', y: null },
      ],
    };
    const r = summariseByDomain([m], 'steeep').rows[0];
    assert.equal(r?.period, '2025-01-01');
    assert.equal(r?.latest, 5.5);
    assert.equal(r?.sparkline.values.at(-1), null);
  });
});

describe('edge cases', () => {
  test('too few points: "not enough data", target not assessed', () => {
    const m: Measure = {
      ...sampleMeasures[0]!,
      data: sampleMeasures[0]!.data.slice(0, 5),
    };
    const tile = summariseByDomain([m], 'steeep').domains[0];
    assert.equal(tile?.variation['not-enough-data'], 1);
    assert.equal(tile?.assurance['not-assessed'], 1);
    assert.equal(tile?.concern, false);
  });

  test('no data at all never throws and counts as not enough data', () => {
    const m: Measure = { ...sampleMeasures[0]!, data: [] };
    const card = summariseByDomain([m], 'steeep');
    const r = card.rows[0];
    assert.equal(r?.variation, 'none');
    assert.equal(r?.period, null);
    assert.equal(r?.latest, null);
    assert.equal(r?.sparkline.min, null);
  });

  test('a measure without a domain, or with an unknown one, is unassigned', () => {
    const { domain: _drop, ...noDomain } = sampleMeasures[0]!;
    const unknown: Measure = { ...sampleMeasures[1]!, domain: 'no-such-domain' };
    const card = summariseByDomain([noDomain as Measure, unknown], 'steeep');
    assert.deepEqual(
      card.unassigned.rows.map((r) => r.id),
      ['falls', 'pu'],
    );
  });

  test('rules apply to measures without their own; a measure’s own rules win', () => {
    const m = sampleMeasures.find((s) => s.id === 'meds')!;
    // Under Anhøj run-chart rules there are no icons.
    const runChart = summariseByDomain([m], 'steeep', 'anhoej').rows[0];
    assert.equal(runChart?.variation, 'none');
    const own = summariseByDomain([{ ...m, rules: 'mdc' }], 'steeep', 'anhoej').rows[0];
    assert.equal(own?.variation, 'concern-high');
  });

  test('a custom framework with its own ids: direct only, the rest unassigned', () => {
    const custom: Framework = {
      id: 'icb-themes',
      version: '1',
      name: 'ICB themes',
      domains: [
        { id: 'patient-safety', label: 'Patient safety', order: 1, kind: 'domain' },
        { id: 'culture', label: 'Culture and climate', order: 2, kind: 'enabler' },
      ],
    };
    const tagged: Measure = { ...sampleMeasures[0]!, domain: 'patient-safety' };
    const card = summariseByDomain([tagged, sampleMeasures[1]!], custom);
    assert.deepEqual(
      card.domains[0]?.rows.map((r) => r.id),
      ['falls'],
    );
    assert.deepEqual(
      card.enablers.map((e) => e.id),
      ['culture'],
    );
    assert.deepEqual(
      card.unassigned.rows.map((r) => r.id),
      ['pu'],
    );
  });
});

describe('mapDomainId', () => {
  const { steeep, 'cqc-5kq': cqc, 'nhse-3part': nhse } = frameworkPresets;
  test('direct, forward and backward through the crosswalk', () => {
    assert.deepEqual(mapDomainId('safe', steeep), { domainId: 'safe', mapping: 'direct' });
    assert.deepEqual(mapDomainId('equitable', cqc), {
      domainId: 'responsive',
      mapping: 'crosswalk',
    });
    assert.deepEqual(mapDomainId('equitable', nhse), {
      domainId: 'effective',
      mapping: 'crosswalk',
    });
    // Only Person-centred lists CQC Caring.
    assert.deepEqual(mapDomainId('caring', steeep), {
      domainId: 'person-centred',
      mapping: 'crosswalk',
    });
    // Responsive is listed by several STEEEP domains: ambiguous, so unplaced.
    assert.deepEqual(mapDomainId('responsive', steeep), { domainId: undefined, mapping: 'none' });
    assert.deepEqual(mapDomainId('timely', nhse), { domainId: undefined, mapping: 'none' });
    assert.deepEqual(mapDomainId(undefined, steeep), { domainId: undefined, mapping: 'none' });
    // Inherited object keys are not crosswalk rows.
    assert.deepEqual(mapDomainId('constructor', cqc), { domainId: undefined, mapping: 'none' });
  });
});

describe('mapDomainId with a custom framework that reuses CQC ids', () => {
  test('reads the crosswalk column whose ids it has', () => {
    const custom: Framework = {
      ...frameworkPresets['cqc-5kq'],
      id: 'my-cqc',
      domains: frameworkPresets['cqc-5kq'].domains.map((d) => ({ ...d })),
    };
    assert.deepEqual(mapDomainId('timely', custom), {
      domainId: 'responsive',
      mapping: 'crosswalk',
    });
  });
});
