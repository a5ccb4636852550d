import type { Action } from '../schema/action.js';
import type { Measure } from '../schema/measure.js';
import type { AssuranceIcon, Rules, VariationIcon } from '../schema/options.js';
import type { QmsAssessment } from '../schema/qms.js';
import { qmsAspects, type QmsAspect } from '../schema/qms-aspect.js';
import { actionDueState, type ActionDueState } from '../actions/due-state.js';
import { spcForMeasure } from '../spc/measure.js';
import { variationGroupOf } from '../summary/groups.js';
import { qmsEnablerSets } from './enablers.js';

/** A measure linked to a wheel segment, with its latest icons. */
export interface LinkedMeasure {
  id: string;
  /** `undefined` when no measure with this id was supplied. */
  measure: Measure | undefined;
  variation: VariationIcon;
  assurance: AssuranceIcon | null;
  /** Special cause of a concerning nature at the latest point. */
  concern: boolean;
  /** Will consistently fail its target. */
  failing: boolean;
}

/** An action linked to a wheel segment, with where it stands against its due date. */
export interface LinkedAction {
  id: string;
  /** `undefined` when no action with this id was supplied. */
  action: Action | undefined;
  /** `undefined` for an unknown action. */
  dueState: ActionDueState | undefined;
  /** Not complete or closed. */
  open: boolean;
  overdue: boolean;
}

/** What a segment's badges count. */
export interface SegmentLinks {
  measures: LinkedMeasure[];
  actions: LinkedAction[];
  /** Linked measures showing concern or failing their target (each counted once). */
  flaggedMeasures: number;
  openActions: number;
  overdueActions: number;
}

export interface QmsLinks {
  aspects: Record<QmsAspect, SegmentLinks>;
  /** By enabler id, for the enabler set the assessment uses. */
  enablers: Record<string, SegmentLinks>;
}

export interface QmsLinkOptions {
  measures?: readonly Measure[];
  actions?: readonly Action[];
  /** The day due states are worked out from (ISO date or a `Date`'s UTC day). */
  today: string | Date;
  /** Rules for measures that do not set their own. */
  rules?: Rules;
}

function linkMeasure(id: string, measures: readonly Measure[], rules?: Rules): LinkedMeasure {
  const measure = measures.find((m) => m.id === id);
  if (!measure) {
    return { id, measure, variation: 'none', assurance: null, concern: false, failing: false };
  }
  const result = spcForMeasure(measure, rules !== undefined && !measure.rules ? { rules } : {});
  return {
    id,
    measure,
    variation: result.variation,
    assurance: result.assurance,
    concern: variationGroupOf(result.variation) === 'concern',
    failing: result.assurance === 'fail',
  };
}

function linkAction(id: string, actions: readonly Action[], today: string | Date): LinkedAction {
  const action = actions.find((a) => a.id === id);
  if (!action) return { id, action, dueState: undefined, open: false, overdue: false };
  const dueState = actionDueState(action, today);
  return { id, action, dueState, open: dueState !== 'done', overdue: dueState === 'overdue' };
}

function segment(
  measureIds: readonly string[],
  actionIds: readonly string[],
  options: QmsLinkOptions,
): SegmentLinks {
  const measures = [...new Set(measureIds)].map((id) =>
    linkMeasure(id, options.measures ?? [], options.rules),
  );
  const actions = [...new Set(actionIds)].map((id) =>
    linkAction(id, options.actions ?? [], options.today),
  );
  return {
    measures,
    actions,
    flaggedMeasures: measures.filter((m) => m.concern || m.failing).length,
    openActions: actions.filter((a) => a.open).length,
    overdueActions: actions.filter((a) => a.overdue).length,
  };
}

/**
 * The measures and actions behind each wheel segment's badges. A segment's actions are those the
 * assessment lists for it plus any action whose `aspect` is that aspect; an enabler's are those
 * listed for it plus any action whose `domain` is the enabler's id. Measures are the ones listed.
 */
export function qmsLinks(assessment: QmsAssessment, options: QmsLinkOptions): QmsLinks {
  const actions = options.actions ?? [];
  const aspects = Object.fromEntries(
    qmsAspects.map((aspect) => {
      const state = assessment.aspects[aspect];
      const tagged = actions.filter((a) => a.aspect === aspect).map((a) => a.id);
      return [aspect, segment(state.measureIds, [...state.actionIds, ...tagged], options)];
    }),
  ) as Record<QmsAspect, SegmentLinks>;
  const enablers = Object.fromEntries(
    qmsEnablerSets[assessment.enablers.set].map((enabler) => {
      const item = assessment.enablers.items.find((i) => i.id === enabler.id);
      const tagged = actions.filter((a) => a.domain === enabler.id).map((a) => a.id);
      return [
        enabler.id,
        segment(item?.measureIds ?? [], [...(item?.actionIds ?? []), ...tagged], options),
      ];
    }),
  );
  return { aspects, enablers };
}
