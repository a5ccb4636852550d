import type { LocalisedText } from '../schema/common.js';
import type { QmsAspect } from '../schema/qms-aspect.js';

/** A tool the NHS Wales QMS paper gives as an example for an aspect (DOMAIN.md §3.2). */
export interface ExampleTool {
  id: string;
  aspect: QmsAspect;
  /** English only: no verified Welsh wording exists yet, so Welsh falls back to English. */
  label: LocalisedText;
}

// Labels are English only on purpose: translator review: QMS example tools (TRANSLATOR-REVIEW.md).
/** The seed's checklist: 9 planning, 6 control, 5 improvement and 6 assurance tools. */
export const exampleTools: readonly ExampleTool[] = [
  { id: 'service-user-feedback', aspect: 'planning', label: 'Service-user feedback (surveys)' },
  { id: 'staff-feedback', aspect: 'planning', label: 'Staff feedback (surveys)' },
  { id: 'stakeholder-mapping', aspect: 'planning', label: 'Stakeholder mapping' },
  {
    id: 'measures-dashboard',
    aspect: 'planning',
    label: 'Dashboard of process, outcome and balancing measures',
  },
  {
    id: 'strategic-planning',
    aspect: 'planning',
    label: 'Strategic planning and resource allocation',
  },
  { id: 'improvement-priorities', aspect: 'planning', label: 'Strategic improvement priorities' },
  {
    id: 'service-models',
    aspect: 'planning',
    label: 'Pathway and service models and specifications',
  },
  { id: 'strategic-partnerships', aspect: 'planning', label: 'Strategic partnerships' },
  {
    id: 'commissioning-hosting',
    aspect: 'planning',
    label: 'Commissioning and hosting arrangements',
  },
  {
    id: 'visual-management',
    aspect: 'control',
    label: 'Data visualisation over time (visual management boards)',
  },
  { id: 'escalation', aspect: 'control', label: 'Escalation processes' },
  { id: 'communication', aspect: 'control', label: 'Communication (SBAR, huddles)' },
  {
    id: 'standard-operating-procedures',
    aspect: 'control',
    label: 'Standard operating procedures',
  },
  { id: 'real-time-feedback', aspect: 'control', label: 'Real-time feedback' },
  {
    id: 'simple-process-fixes',
    aspect: 'control',
    label: 'Simple process fixes (plan-do-check-adjust)',
  },
  {
    id: 'standard-method',
    aspect: 'improvement',
    label: 'A standard method for the problem (Lean, Model for Improvement)',
  },
  { id: 'theory-of-change', aspect: 'improvement', label: 'Theory of change' },
  { id: 'change-package', aspect: 'improvement', label: 'Change package' },
  {
    id: 'soft-and-hard-change',
    aspect: 'improvement',
    label: 'The “soft” and “hard” sides of change',
  },
  { id: 'data-over-time', aspect: 'improvement', label: 'Data over time (SPC charts)' },
  { id: 'outcome-measures', aspect: 'assurance', label: 'Outcome measures aligned to purpose' },
  { id: 'inspections-reviews', aspect: 'assurance', label: 'Inspections and reviews' },
  { id: 'audits', aspect: 'assurance', label: 'Audits' },
  {
    id: 'incident-risk-management',
    aspect: 'assurance',
    label: 'Incident and risk management (e.g. Datix)',
  },
  { id: 'guidelines', aspect: 'assurance', label: 'Guidelines (NICE, Royal Colleges)' },
  {
    id: 'legal-compliance',
    aspect: 'assurance',
    label: 'Compliance with legal requirements and the escalation framework',
  },
];

/** The example tools of one aspect, in seed order. */
export function exampleToolsFor(aspect: QmsAspect): readonly ExampleTool[] {
  return exampleTools.filter((t) => t.aspect === aspect);
}
