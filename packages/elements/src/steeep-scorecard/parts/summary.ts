import { html, nothing, type TemplateResult } from 'lit';
import type { DomainSummary, MessageKey } from '@qms-kit/sdk';
import { slug, type CountView, type TileView } from '../view.js';
import type { PartContext } from './context.js';

/** A tile's headline flags, each with a letter as well as colour. */
export function renderFlags(ctx: PartContext, tile: DomainSummary): TemplateResult {
  const { i18n } = ctx;
  return html`<p class="flags">
    ${
      tile.concern
        ? html`<span class="flag flag--concern" part="flag"
            ><span class="flag-mark" aria-hidden="true">!</span>${i18n.t(
              'scorecard.flag.concern',
            )}</span
          >`
        : nothing
    }
    ${
      tile.failing
        ? html`<span class="flag flag--failing" part="flag"
            ><span class="flag-mark" aria-hidden="true">F</span>${i18n.t(
              'scorecard.flag.failing',
            )}</span
          >`
        : nothing
    }
  </p>`;
}

/** A tile's counts by variation and by assurance icon. */
export function renderCounts(ctx: PartContext, view: TileView): TemplateResult {
  const vId = `v-${slug(view.tile.id)}`;
  const aId = `a-${slug(view.tile.id)}`;
  return html`<div class="counts" part="counts">
    <div class="count-group">
      <p class="count-title" id=${vId}>${ctx.i18n.t('scorecard.variation')}</p>
      <ul class="count-list" role="list" aria-labelledby=${vId}>
        ${view.variation.map((c) => renderCount(ctx, c))}
      </ul>
    </div>
    <div class="count-group">
      <p class="count-title" id=${aId}>${ctx.i18n.t('scorecard.assurance')}</p>
      <ul class="count-list" role="list" aria-labelledby=${aId}>
        ${view.assurance.map((c) => renderCount(ctx, c))}
      </ul>
    </div>
  </div>`;
}

/** One count: its icon and short words for sight, a full sentence for screen readers. */
export function renderCount(
  ctx: PartContext,
  { kind, group, icon, count }: CountView,
): TemplateResult {
  const { i18n } = ctx;
  const short = i18n.t(`scorecard.${kind}.${group}` as MessageKey, {
    count: i18n.number(count),
  });
  return html`<li class="count" data-group=${group}>
    <qms-spc-icon kind=${kind} value=${icon} aria-hidden="true"></qms-spc-icon>
    <span aria-hidden="true">${short}</span>
    <span class="visually-hidden">${i18n.plural(`scorecard.${kind}.${group}.sr`, count)}</span>
  </li>`;
}
