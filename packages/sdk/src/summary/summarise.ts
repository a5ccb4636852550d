import type { Problem } from '../problems.js';
import type { Framework, FrameworkDomain, FrameworkPresetId } from '../schema/framework.js';
import type { Measure } from '../schema/measure.js';
import type { AssuranceIcon, Rules, VariationIcon } from '../schema/options.js';
import { frameworkDomains, getFramework } from '../frameworks/get-framework.js';
import { rulesForMeasure, spcForMeasure } from '../spc/measure.js';
import type { SpcResult, SpcWarning, SpcX } from '../spc/types.js';
import { mapDomainId, type DomainMapping } from './map-domain.js';
import {
  assuranceGroupOf,
  assuranceGroups,
  emptyCounts,
  variationGroupOf,
  variationGroups,
  type AssuranceGroup,
  type VariationGroup,
} from './groups.js';

/** The values behind a row's sparkline, with what a text alternative needs. */
export interface Sparkline {
  /** Every plotted value in order (`null` for a missing one). */
  values: (number | null)[];
  min: number | null;
  max: number | null;
  /** The first and last plotted x, as given (ISO dates for measures). */
  first: string | null;
  last: string | null;
}

/** One line of the IQPR-style summary table (DOMAIN.md §1.6). */
export interface MeasureSummaryRow {
  id: string;
  measure: Measure;
  /** The measure's own primary domain id, as written in the data. */
  givenDomainId: string | undefined;
  /** Where it is counted in the framework; `undefined` for the unassigned group. */
  domainId: string | undefined;
  mapping: DomainMapping;
  /** The framework domains it is also tagged with (mapped likewise; shown, not counted). */
  secondaryDomainIds: string[];
  /** The x of the latest point with a value: the period the row reports. */
  period: string | null;
  latest: number | null;
  target: number | null;
  variation: VariationIcon;
  assurance: AssuranceIcon | null;
  variationGroup: VariationGroup;
  assuranceGroup: AssuranceGroup;
  /** Centre line and process limits at the latest point. */
  mean: number | null;
  lower: number | null;
  upper: number | null;
  sparkline: Sparkline;
  /** Why the measure could not be analysed (then the icons are `none`). */
  problems: Problem[];
  warnings: SpcWarning[];
}

export type DomainSummaryKind = 'domain' | 'enabler' | 'unassigned';

/** One tile of the scorecard. */
export interface DomainSummary {
  /** The domain's id, or `unassigned`. */
  id: string;
  /** The framework's domain; `undefined` for the unassigned group. */
  domain: FrameworkDomain | undefined;
  kind: DomainSummaryKind;
  /** Measures whose primary domain this is: these are counted. */
  rows: MeasureSummaryRow[];
  /** Measures tagged with this domain as a secondary domain: listed, not counted. */
  tagged: MeasureSummaryRow[];
  variation: Record<VariationGroup, number>;
  assurance: Record<AssuranceGroup, number>;
  /** Headline flags: at least one measure shows concerning variation / will consistently fail. */
  concern: boolean;
  failing: boolean;
}

/**
 * A framework's domains with the measures counted under each. Deliberately no averaged score or
 * RAG: Making Data Count replaces RAG, so tiles show counts by icon (DOMAIN.md §2.5).
 */
export interface DomainScorecard {
  framework: Framework;
  /** Domains in framework order. */
  domains: DomainSummary[];
  /** Enablers (e.g. Wales's six) in framework order: drawn as a second band. */
  enablers: DomainSummary[];
  /** Measures with no domain, or one that has no home in this framework (never dropped). */
  unassigned: DomainSummary;
  /** Every row, in the order the measures were given. */
  rows: MeasureSummaryRow[];
}

function xText(x: SpcX): string {
  if (typeof x === 'string') return x;
  if (x instanceof Date) return x.toISOString();
  return String(x);
}

function sparklineOf(result: SpcResult): Sparkline {
  const values = result.points.map((p) => p.y);
  const present = values.filter((v): v is number => v !== null);
  const first = result.points[0];
  const last = result.points[result.points.length - 1];
  return {
    values,
    min: present.length > 0 ? Math.min(...present) : null,
    max: present.length > 0 ? Math.max(...present) : null,
    first: first ? xText(first.x) : null,
    last: last ? xText(last.x) : null,
  };
}

/** Summarises one measure: its latest point, icons, limits and sparkline. Never throws. */
export function summariseMeasure(
  measure: Measure,
  framework: Framework,
  rules?: Rules,
): MeasureSummaryRow {
  const result = spcForMeasure(measure, { rules: rulesForMeasure(measure, rules) });
  const latest = [...result.points].reverse().find((p) => p.y !== null && !p.ghost);
  const primary = mapDomainId(measure.domain, framework);
  const secondary = new Set<string>();
  for (const tag of measure.secondaryDomains ?? []) {
    const mapped = mapDomainId(tag, framework).domainId;
    if (mapped !== undefined && mapped !== primary.domainId) secondary.add(mapped);
  }
  const target = measure.target ?? null;
  return {
    id: measure.id,
    measure,
    givenDomainId: measure.domain,
    domainId: primary.domainId,
    mapping: primary.mapping,
    secondaryDomainIds: [...secondary],
    period: latest ? xText(latest.x) : null,
    latest: latest?.y ?? null,
    target,
    variation: result.variation,
    assurance: result.assurance,
    variationGroup: variationGroupOf(result.variation),
    assuranceGroup: assuranceGroupOf(result.assurance, target),
    mean: latest?.centre ?? null,
    lower: latest?.lower ?? null,
    upper: latest?.upper ?? null,
    sparkline: sparklineOf(result),
    problems: result.problems,
    warnings: result.warnings,
  };
}

function tile(
  id: string,
  domain: FrameworkDomain | undefined,
  kind: DomainSummaryKind,
  rows: MeasureSummaryRow[],
  tagged: MeasureSummaryRow[],
): DomainSummary {
  const variation = emptyCounts(variationGroups);
  const assurance = emptyCounts(assuranceGroups);
  for (const row of rows) {
    variation[row.variationGroup] += 1;
    assurance[row.assuranceGroup] += 1;
  }
  return {
    id,
    domain,
    kind,
    rows,
    tagged,
    variation,
    assurance,
    concern: variation.concern > 0,
    failing: assurance.fail > 0,
  };
}

/**
 * Groups measures by their primary domain in `framework` (domains, then enablers as a second
 * band, each in framework order) and counts their latest variation and assurance icons.
 *
 * - A measure is counted once, under its primary `domain`; `secondaryDomains` list it on other
 *   tiles (`tagged`) without counting it.
 * - A domain id from another framework is placed through the crosswalk where it can be
 *   (`mapDomainId`, approximate by design); otherwise, and for measures with no domain, the
 *   measure goes to `unassigned`.
 * - `rules` (a preset or options) applies to measures that do not set their own.
 */
export function summariseByDomain(
  measures: readonly Measure[],
  framework: Framework | FrameworkPresetId,
  rules?: Rules,
): DomainScorecard {
  const resolved = getFramework(framework);
  const rows = measures.map((m) => summariseMeasure(m, resolved, rules));
  const band = (kind: 'domain' | 'enabler') =>
    frameworkDomains(resolved, kind).map((domain) =>
      tile(
        domain.id,
        domain,
        kind,
        rows.filter((r) => r.domainId === domain.id),
        rows.filter((r) => r.secondaryDomainIds.includes(domain.id)),
      ),
    );
  return {
    framework: resolved,
    domains: band('domain'),
    enablers: band('enabler'),
    unassigned: tile(
      'unassigned',
      undefined,
      'unassigned',
      rows.filter((r) => r.domainId === undefined),
      [],
    ),
    rows,
  };
}

/**
 * Concern-first order (DOMAIN.md §2.5: "sort concern-first instead" of a RAG score): tiles with
 * a concern or a failing target come first, the rest after; within each part the given
 * (framework) order is kept. Returns a new array.
 */
export function concernFirst<T extends Pick<DomainSummary, 'concern' | 'failing'>>(
  tiles: readonly T[],
): T[] {
  const flagged = tiles.filter((t) => t.concern || t.failing);
  return [...flagged, ...tiles.filter((t) => !(t.concern || t.failing))];
}
