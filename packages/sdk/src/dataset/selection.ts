import type { QmsAspect } from '../schema/qms-aspect.js';

/**
 * What a user has chosen to look at across a page of elements: a quality domain (a scorecard
 * tile), a measure, a QMS aspect (a wheel segment), or any mix. Every field is optional; an
 * empty object selects everything. Named `QmsSelection` because the DOM already has a global
 * `Selection` (text selection) type.
 */
export interface QmsSelection {
  /** A domain or enabler id, or `unassigned` for measures with no home in the framework. */
  domain?: string;
  /**
   * The framework `domain` belongs to (a preset id or a custom framework's id), when the
   * domain was chosen on a scorecard showing another framework than the dataset's.
   */
  framework?: string;
  /** A measure id. */
  measure?: string;
  /** A QMS aspect (wheel segment). */
  aspect?: QmsAspect;
}

/** One thing a user did that changes the selection. */
export type QmsSelectionChange =
  /** A domain was opened (`selected: true`) or closed on a scorecard. */
  | { type: 'domain'; domain: string; framework?: string; selected: boolean }
  /** A measure was chosen, possibly within a domain (the scorecard tile it was chosen in). */
  | { type: 'measure'; measure: string; domain?: string }
  /**
   * A wheel segment was selected or unselected; `aspect: null` (e.g. the wheel's centre was
   * selected) clears the aspect.
   */
  | { type: 'aspect'; aspect: QmsAspect | null; selected?: boolean };

const KEYS = ['domain', 'framework', 'measure', 'aspect'] as const;

/** A copy of `selection` with only the fields that are set (no `undefined` or empty values). */
export function normaliseSelection(selection: QmsSelection | null | undefined): QmsSelection {
  const out: QmsSelection = {};
  if (!selection) return out;
  for (const key of KEYS) {
    const value = selection[key];
    if (typeof value === 'string' && value !== '') (out as Record<string, string>)[key] = value;
  }
  return out;
}

/** True when nothing is selected (everything is shown). */
export function isEmptySelection(selection: QmsSelection | null | undefined): boolean {
  return Object.keys(normaliseSelection(selection)).length === 0;
}

/** True when two selections choose the same things (unset and `undefined` fields are equal). */
export function sameSelection(
  a: QmsSelection | null | undefined,
  b: QmsSelection | null | undefined,
): boolean {
  const x = normaliseSelection(a);
  const y = normaliseSelection(b);
  return KEYS.every((key) => x[key] === y[key]);
}

/**
 * The selection after one user action (a new object; the input is not changed):
 * - opening a domain selects it (with its framework); the measure is kept only when the domain
 *   stays the same, as a measure chosen in one tile does not belong to another;
 * - closing the selected domain clears the domain, its framework and the measure; closing
 *   another domain changes nothing;
 * - choosing a measure selects it, and the domain it was chosen in when one is given;
 * - selecting a wheel segment sets the aspect; unselecting the selected one, or `null`, clears
 *   it. The aspect is independent of the domain and measure: each is kept when the other changes.
 */
export function nextSelection(selection: QmsSelection, change: QmsSelectionChange): QmsSelection {
  const current = normaliseSelection(selection);
  switch (change.type) {
    case 'domain': {
      if (!change.selected) {
        if (current.domain !== change.domain) return current;
        return normaliseSelection({ aspect: current.aspect });
      }
      const sameDomain =
        current.domain === change.domain && (current.framework ?? '') === (change.framework ?? '');
      return normaliseSelection({
        domain: change.domain,
        framework: change.framework,
        measure: sameDomain ? current.measure : undefined,
        aspect: current.aspect,
      });
    }
    case 'measure':
      return normaliseSelection({
        ...current,
        measure: change.measure,
        domain: change.domain ?? current.domain,
      });
    case 'aspect':
      if (change.selected === false) {
        // Unselecting a segment that is not the selected one changes nothing.
        return change.aspect === null || change.aspect === current.aspect
          ? normaliseSelection({ ...current, aspect: undefined })
          : current;
      }
      return normaliseSelection({ ...current, aspect: change.aspect ?? undefined });
  }
}
