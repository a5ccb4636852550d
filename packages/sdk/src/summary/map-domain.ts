import type { Framework } from '../schema/framework.js';
import { domainCrosswalk, type CrosswalkEntry } from '../frameworks/crosswalk.js';

/** How a measure's domain id was placed in a framework. */
export type DomainMapping =
  /** The id is a domain (or enabler) of the framework. */
  | 'direct'
  /** Placed through `domainCrosswalk` (approximate by design, DOMAIN.md §2.4). */
  | 'crosswalk'
  /** No home in the framework: the measure goes to the "unassigned" group. */
  | 'none';

export interface MappedDomain {
  /** The framework domain the id lands in, or `undefined` when it has none. */
  domainId: string | undefined;
  mapping: DomainMapping;
}

type CrosswalkColumn = 'nhse-3part' | 'cqc-5kq';
const columns: readonly CrosswalkColumn[] = ['nhse-3part', 'cqc-5kq'];

/**
 * Places a measure's domain id in `framework`:
 * 1. directly, when the framework has a domain or enabler with that id;
 * 2. forward through the crosswalk, when the id is a STEEEP/Wales domain or enabler and the
 *    framework's domains match one of the crosswalk's English columns (`nhse-3part`, `cqc-5kq`):
 *    the **first** (nearest) listed domain that the framework has, e.g. person-centred → Caring;
 * 3. backward through the crosswalk, when exactly one STEEEP/Wales domain of the framework lists
 *    the id in an English column, e.g. CQC Caring → Person-centred (Responsive, which four
 *    STEEEP domains list, stays unplaced);
 * otherwise nowhere (`mapping: 'none'`). The crosswalk is read by the framework's domain ids,
 * so a custom framework that reuses the preset ids maps the same way.
 */
export function mapDomainId(id: string | undefined, framework: Framework): MappedDomain {
  if (id === undefined || id === '') return { domainId: undefined, mapping: 'none' };
  const ids = new Set(framework.domains.map((d) => d.id));
  if (ids.has(id)) return { domainId: id, mapping: 'direct' };

  const column = crosswalkColumnOf(framework, ids);
  const entry = crosswalkRow(id);
  if (column && entry) {
    const hit = entry[column].find((candidate) => ids.has(candidate));
    if (hit !== undefined) return { domainId: hit, mapping: 'crosswalk' };
  }

  const back = new Set<string>();
  for (const domainId of ids) {
    const row = crosswalkRow(domainId);
    if (row && columns.some((c) => row[c].includes(id))) back.add(domainId);
  }
  if (back.size === 1) return { domainId: [...back][0], mapping: 'crosswalk' };
  return { domainId: undefined, mapping: 'none' };
}

function crosswalkRow(id: string): CrosswalkEntry | undefined {
  return Object.hasOwn(domainCrosswalk, id) ? domainCrosswalk[id] : undefined;
}

/**
 * The crosswalk column that describes `framework`: its own id, or (for a custom framework) the
 * column every one of whose ids is a domain of the framework.
 */
function crosswalkColumnOf(
  framework: Framework,
  ids: ReadonlySet<string>,
): CrosswalkColumn | undefined {
  const own = columns.find((c) => c === framework.id);
  if (own) return own;
  return columns.find((c) =>
    Object.values(domainCrosswalk).every((row) => row[c].every((id) => ids.has(id))),
  );
}
