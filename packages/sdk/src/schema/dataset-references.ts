import type * as z from 'zod/mini';
import type { Framework } from './framework.js';
import type { Measure } from './measure.js';
import type { QmsAssessment } from './qms.js';
import type { Statement } from './statement.js';
import type { Action } from './action.js';
import { qmsAspects } from './qms-aspect.js';
import { suggestId } from './suggest.js';
import { getFramework } from '../frameworks/get-framework.js';
import { findQualityStatementSet } from '../statements/statement-sets.js';
import { quoteText } from '../quote-text.js';

type Path = (string | number)[];

interface DatasetParts {
  framework: string | Framework;
  measures: Measure[];
  assessment?: QmsAssessment | undefined;
  statements: Statement[];
  actions: Action[];
}

/** A lookup of one kind of id that reports unknown ones as issues at their path. */
function idChecker(kind: string, ids: readonly string[], ctx: z.core.$RefinementCtx<unknown>) {
  const known = new Set(ids);
  return (id: string | undefined, path: Path): void => {
    if (id === undefined || known.has(id)) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `no ${kind} has the id ${quoteText(id)}${suggestId(id, ids)}`,
      input: id,
    });
  };
}

/**
 * Checks that every id a dataset refers to exists: measure domains in the framework, and linked
 * measures, actions and statements. Each broken link is one issue at its JSON path.
 */
export function checkDatasetReferences(
  dataset: DatasetParts,
  ctx: z.core.$RefinementCtx<DatasetParts>,
): void {
  const framework = getFramework(dataset.framework);
  if (!framework) return;
  const frameworkName = framework.id;
  const domain = idChecker(
    `domain or enabler of the framework "${frameworkName}"`,
    framework.domains.map((d) => d.id),
    ctx,
  );
  const measure = idChecker(
    'measure',
    dataset.measures.map((m) => m.id),
    ctx,
  );
  const action = idChecker(
    'action',
    dataset.actions.map((a) => a.id),
    ctx,
  );
  const statement = idChecker(
    'statement',
    dataset.statements.map((s) => s.id),
    ctx,
  );
  const each = (ids: readonly string[], check: typeof measure, path: Path) =>
    ids.forEach((id, i) => check(id, [...path, i]));

  dataset.measures.forEach((m, i) => {
    domain(m.domain, ['measures', i, 'domain']);
    each(m.secondaryDomains ?? [], domain, ['measures', i, 'secondaryDomains']);
  });

  dataset.statements.forEach((s, i) => {
    const at = ['statements', i];
    each(s.measureIds, measure, [...at, 'measureIds']);
    each(s.actionIds, action, [...at, 'actionIds']);
    s.evidence.forEach((e, j) => measure(e.measureId, [...at, 'evidence', j, 'measureId']));
    checkStatementFramework(s, framework, at, ctx);
  });

  dataset.actions.forEach((a, i) => {
    const at = ['actions', i];
    domain(a.domain, [...at, 'domain']);
    each(a.measureIds, measure, [...at, 'measureIds']);
    each(a.statementIds, statement, [...at, 'statementIds']);
    a.pdsaCycles.forEach((c, j) =>
      measure(c.plan.measureId, [...at, 'pdsaCycles', j, 'plan', 'measureId']),
    );
  });

  const assessment = dataset.assessment;
  if (assessment) {
    for (const aspect of qmsAspects) {
      const at = ['assessment', 'aspects', aspect];
      each(assessment.aspects[aspect].measureIds, measure, [...at, 'measureIds']);
      each(assessment.aspects[aspect].actionIds, action, [...at, 'actionIds']);
    }
    assessment.enablers.items.forEach((item, i) => {
      const at = ['assessment', 'enablers', 'items', i];
      each(item.measureIds, measure, [...at, 'measureIds']);
      each(item.actionIds, action, [...at, 'actionIds']);
    });
  }
}

/**
 * A card's key question must exist in its framework: a shipped statement set's key-question
 * framework, the dataset's framework, or a preset. Cards of unknown (local) frameworks pass.
 */
function checkStatementFramework(
  statement: Statement,
  datasetFramework: Framework,
  at: Path,
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const set = findQualityStatementSet(statement.framework, statement.version);
  const framework = set
    ? getFramework(set.keyQuestionFramework)
    : statement.framework === datasetFramework.id
      ? datasetFramework
      : getFramework(statement.framework);
  if (framework) {
    idChecker(
      `key question or domain of "${framework.id}"`,
      framework.domains.map((d) => d.id),
      ctx,
    )(statement.keyQuestion, [...at, 'keyQuestion']);
  }
  if (!set || statement.qualityStatementId === undefined) return;
  const definition = set.statements.find((d) => d.id === statement.qualityStatementId);
  if (!definition) {
    idChecker(
      `quality statement of ${set.framework} ${set.version}`,
      set.statements.map((d) => d.id),
      ctx,
    )(statement.qualityStatementId, [...at, 'qualityStatementId']);
  } else if (definition.keyQuestion !== statement.keyQuestion) {
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'keyQuestion'],
      message: `must be "${definition.keyQuestion}": the quality statement "${definition.id}" sits under that key question`,
      input: statement.keyQuestion,
    });
  }
}
