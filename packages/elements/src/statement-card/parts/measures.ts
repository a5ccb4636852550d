import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../heading.js';
import type { LinkedMeasure } from '../view.js';
import { textSpan, type PartContext } from './context.js';
import { pickText } from '../../internal/localised-text.js';

function measureItem(ctx: PartContext, m: LinkedMeasure, haveMeasures: boolean): TemplateResult {
  const { i18n } = ctx;
  if (!m.measure) {
    const note = m.unreadable
      ? i18n.t('statementCard.measure.unreadable')
      : haveMeasures
        ? i18n.t('statementCard.measure.notFound')
        : undefined;
    return html`<li class="measure measure--unresolved" data-measure=${m.id}>
      <span class="measure-name">${m.id}</span>
      ${note ? html`<span class="note">(${note})</span>` : nothing}
    </li>`;
  }
  const name = pickText(m.measure.name, ctx.lang);
  return html`<li class="measure" data-measure=${m.id}>
    <qms-spc-icon kind="variation" value=${m.variation ?? 'none'} show-label></qms-spc-icon>
    <span class="measure-name">${textSpan(name, m.id)}</span>
  </li>`;
}

/**
 * The linked measures with their variation icons; `haveMeasures` says whether there was a list
 * to look them up in (else an unresolved id is not "not found").
 */
export function measuresPart(
  ctx: PartContext,
  measures: readonly LinkedMeasure[],
  haveMeasures: boolean,
  level: number,
): TemplateResult | typeof nothing {
  if (measures.length === 0) return nothing;
  return html`${heading(level, ctx.i18n.t('statementCard.measures'), undefined, 'label')}
    <ul class="measures" part="measures" role="list">
      ${measures.map((m) => measureItem(ctx, m, haveMeasures))}
    </ul>`;
}
