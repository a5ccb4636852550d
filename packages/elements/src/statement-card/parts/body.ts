import { html, type TemplateResult } from 'lit';
import type { CompactView, FullView } from '../view.js';
import { actionsPart } from './actions.js';
import type { PartContext } from './context.js';
import { evidenceCountsPart, evidencePart } from './evidence.js';
import { measuresPart } from './measures.js';
import { metaPart } from './meta.js';
import { scoreLinePart, scorePart } from './score.js';
import { voicePart } from './statements.js';

/** The full card below its header; `level` is the title's, sections use the next. */
export function fullBodyPart(ctx: PartContext, view: FullView, level: number): TemplateResult {
  const sub = Math.min(6, level + 1);
  const measures = measuresPart(ctx, view.measures, view.haveMeasures, Math.min(6, sub + 1));
  return html`<div class="body">
    <div class="voices">${voicePart(ctx, view.i, sub)} ${voicePart(ctx, view.we, sub)}</div>
    ${evidencePart(ctx, view.evidence, sub, measures)} ${scorePart(ctx, view.score, sub)}
    ${metaPart(ctx, view.meta)} ${actionsPart(ctx, view.actions, sub)}
  </div>`;
}

/** The compact card below its header (for grids). */
export function compactBodyPart(
  ctx: PartContext,
  view: CompactView,
  level: number,
): TemplateResult {
  const sub = Math.min(6, level + 1);
  return html`<div class="body">
    ${voicePart(ctx, view.voice, sub)} ${scoreLinePart(ctx, view.score)}
    ${evidenceCountsPart(ctx, view.evidence)}
  </div>`;
}
