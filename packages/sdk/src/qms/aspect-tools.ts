import type { LocalisedText } from '../schema/common.js';
import type { QmsAssessment } from '../schema/qms.js';
import type { QmsAspect } from '../schema/qms-aspect.js';
import { exampleToolsFor } from './example-tools.js';

/** One line of an aspect's tools checklist. */
export interface AspectTool {
  id: string;
  /** The example tool's label; a local tool's own label, else its id. */
  label: LocalisedText;
  inPlace: boolean;
}

/**
 * An aspect's tools checklist: the example tools for the aspect, then any local tools the
 * assessment lists, each with whether it is in place (the tools `ToolCounts.total` counts).
 */
export function aspectTools(assessment: QmsAssessment, aspect: QmsAspect): AspectTool[] {
  const state = assessment.aspects[aspect];
  const catalogue = exampleToolsFor(aspect);
  const local = state.tools.filter((t) => !catalogue.some((c) => c.id === t.id));
  const tools = [
    ...catalogue.map((t) => ({ id: t.id, label: t.label })),
    ...local.map((t) => ({ id: t.id, label: t.label ?? t.id })),
  ];
  return tools.map((tool) => ({
    ...tool,
    inPlace: state.tools.find((t) => t.id === tool.id)?.inPlace ?? false,
  }));
}
