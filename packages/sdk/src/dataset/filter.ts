import type { Action } from '../schema/action.js';
import type { Dataset } from '../schema/dataset.js';
import type { Framework } from '../schema/framework.js';
import type { Measure } from '../schema/measure.js';
import type { Statement } from '../schema/statement.js';
import { getFramework } from '../frameworks/get-framework.js';
import { mapDomainId } from '../summary/map-domain.js';
import { statementMeasureIds } from '../statements/links.js';
import { normaliseSelection, type QmsSelection } from './selection.js';

/** The records of a dataset that a selection picks, each list in the dataset's order. */
export interface SelectedRecords {
  measures: Measure[];
  statements: Statement[];
  actions: Action[];
}

/** The scorecard's id for the group of measures with no home in the framework. */
export const UNASSIGNED_DOMAIN = 'unassigned';

/** Which records one part of a selection (domain, measure or aspect) picks. */
interface Picker {
  measure(m: Measure): boolean;
  statement(s: Statement): boolean;
  action(a: Action): boolean;
}

function frameworkOf(dataset: Dataset, selection: QmsSelection): Framework {
  const own = getFramework(dataset.framework);
  if (selection.framework === undefined || selection.framework === own.id) return own;
  return getFramework(selection.framework) ?? own;
}

const actionMeasureIds = (a: Action): string[] => [
  ...a.measureIds,
  ...a.pdsaCycles.flatMap((c) => (c.plan.measureId === undefined ? [] : [c.plan.measureId])),
];

function byDomain(dataset: Dataset, domain: string, framework: Framework): Picker {
  const homes = new Map<string | undefined, string | undefined>();
  const home = (id: string | undefined): string | undefined => {
    if (!homes.has(id)) homes.set(id, mapDomainId(id, framework).domainId);
    return homes.get(id);
  };
  // "unassigned" is the scorecard's group of homeless measures, unless the framework has a
  // domain of that name.
  const unassigned =
    domain === UNASSIGNED_DOMAIN && !framework.domains.some((d) => d.id === UNASSIGNED_DOMAIN);
  const inDomain = (id: string | undefined) =>
    unassigned ? home(id) === undefined : home(id) === domain;
  const measure = (m: Measure) =>
    inDomain(m.domain) || (!unassigned && (m.secondaryDomains ?? []).some((d) => inDomain(d)));
  const measureIds = new Set(dataset.measures.filter(measure).map((m) => m.id));
  return {
    measure,
    statement: (s) => inDomain(s.keyQuestion),
    action: (a) => inDomain(a.domain) || actionMeasureIds(a).some((id) => measureIds.has(id)),
  };
}

function byMeasure(id: string): Picker {
  return {
    measure: (m) => m.id === id,
    statement: (s) => statementMeasureIds(s).includes(id),
    action: (a) => actionMeasureIds(a).includes(id),
  };
}

function byAspect(dataset: Dataset, aspect: NonNullable<QmsSelection['aspect']>): Picker {
  const state = dataset.assessment?.aspects[aspect];
  const listedActions = new Set(state?.actionIds ?? []);
  const action = (a: Action) => a.aspect === aspect || listedActions.has(a.id);
  const actions = dataset.actions.filter(action);
  const actionIds = new Set(actions.map((a) => a.id));
  const measureIds = new Set([...(state?.measureIds ?? []), ...actions.flatMap(actionMeasureIds)]);
  const statementIds = new Set(actions.flatMap((a) => a.statementIds));
  return {
    measure: (m) => measureIds.has(m.id),
    statement: (s) => statementIds.has(s.id) || s.actionIds.some((id) => actionIds.has(id)),
    action,
  };
}

/**
 * The measures, statements and actions relevant to a selection; each selected part narrows
 * the result (a domain and an aspect give what is relevant to both). An empty selection gives
 * every record. New arrays; the records themselves are the dataset's.
 *
 * - **Domain**: measures whose primary or secondary domain is the domain; statements whose key
 *   question (or domain) is the domain; actions tagged with the domain or linked to one of its
 *   measures. Ids from another framework are placed through the crosswalk as the scorecard
 *   does (`mapDomainId`), in `selection.framework` when given, else the dataset's framework.
 *   `unassigned` picks the records with no home in the framework.
 * - **Measure**: that measure; statements linking it (directly or through evidence); actions
 *   linking it (directly or through a PDSA cycle).
 * - **Aspect**: actions tagged with the aspect or listed for it in the assessment; measures
 *   listed for it or linked to those actions; statements linked to those actions (either way).
 */
export function filterDatasetBySelection(
  dataset: Dataset,
  selection: QmsSelection | null | undefined,
): SelectedRecords {
  const s = normaliseSelection(selection);
  const picks: Picker[] = [];
  if (s.domain !== undefined) picks.push(byDomain(dataset, s.domain, frameworkOf(dataset, s)));
  if (s.measure !== undefined) picks.push(byMeasure(s.measure));
  if (s.aspect !== undefined) picks.push(byAspect(dataset, s.aspect));
  return {
    measures: dataset.measures.filter((m) => picks.every((p) => p.measure(m))),
    statements: dataset.statements.filter((st) => picks.every((p) => p.statement(st))),
    actions: dataset.actions.filter((a) => picks.every((p) => p.action(a))),
  };
}
