import {
  actionSchema,
  qmsAspectSchema,
  qmsAssessmentSchema,
  statementSchema,
  type DatasetActionChange,
  type DatasetAssessmentChange,
  type DatasetStatementChange,
  type QmsSelectionChange,
} from '@qms-kit/sdk';

// Children may come from another copy or version of qms-kit: read their event details
// defensively, and only let records that pass the SDK's schemas into the shared dataset.

type Loose = Record<string, unknown>;

const asRecord = (value: unknown): Loose | undefined =>
  typeof value === 'object' && value !== null ? (value as Loose) : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const ACTION_KINDS = ['add', 'edit', 'delete', 'status'] as const;

/** `null` stays `null`; anything else must be a valid action. */
function actionOrNull(value: unknown) {
  if (value === null || value === undefined) return { ok: true as const, value: null };
  const parsed = actionSchema.safeParse(value);
  return parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const };
}

/** The detail of `qms-action-change`, or `undefined` when it is not one. */
export function readActionChange(detail: unknown): DatasetActionChange | undefined {
  const d = asRecord(detail);
  const kind = ACTION_KINDS.find((k) => k === d?.kind);
  if (!d || !kind) return undefined;
  const before = actionOrNull(d.before);
  const after = actionOrNull(d.after);
  if (!before.ok || !after.ok) return undefined;
  return { kind, before: before.value, after: after.value };
}

/** The detail of `qms-statement-change`, or `undefined` when it is not one. */
export function readStatementChange(detail: unknown): DatasetStatementChange | undefined {
  const d = asRecord(detail);
  const before = statementSchema.safeParse(d?.before);
  const after = statementSchema.safeParse(d?.after);
  return before.success && after.success ? { before: before.data, after: after.data } : undefined;
}

/** The detail of `qms-assessment-change`, or `undefined` when it is not one. */
export function readAssessmentChange(detail: unknown): DatasetAssessmentChange | undefined {
  const parsed = qmsAssessmentSchema.safeParse(asRecord(detail)?.assessment);
  return parsed.success ? { assessment: parsed.data } : undefined;
}

/** `qms-domain-select` { domainId, frameworkId, expanded } as a selection change. */
export function readDomainSelect(detail: unknown): QmsSelectionChange | undefined {
  const d = asRecord(detail);
  const domain = text(d?.domainId);
  if (!d || !domain) return undefined;
  const framework = text(d.frameworkId);
  // Without `expanded` (an older or other sender), choosing a domain means selecting it.
  const selected = d.expanded !== false;
  return framework === undefined
    ? { type: 'domain', domain, selected }
    : { type: 'domain', domain, framework, selected };
}

/** `qms-measure-select` { measureId, measure, domainId } as a selection change. */
export function readMeasureSelect(detail: unknown): QmsSelectionChange | undefined {
  const d = asRecord(detail);
  const measure = text(d?.measureId) ?? text(asRecord(d?.measure)?.id);
  if (!d || !measure) return undefined;
  const domain = text(d.domainId);
  return domain === undefined ? { type: 'measure', measure } : { type: 'measure', measure, domain };
}

/**
 * `qms-segment-select` { segment, selected } as a selection change. The wheel's centre (or any
 * segment that is not an aspect) clears the aspect when selected, and changes nothing when not.
 */
export function readSegmentSelect(detail: unknown): QmsSelectionChange | undefined {
  const d = asRecord(detail);
  if (!d) return undefined;
  const selected = d.selected !== false;
  const aspect = qmsAspectSchema.safeParse(d.segment ?? d.aspect);
  if (aspect.success) return { type: 'aspect', aspect: aspect.data, selected };
  return selected ? { type: 'aspect', aspect: null } : undefined;
}
