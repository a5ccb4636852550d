import { html, nothing, type TemplateResult } from 'lit';
import type { TrackerContext } from './context.js';

/**
 * "Show n more": one more page of the `remaining` rows or cards. Nothing when all are shown, or
 * when printing (print shows them all).
 */
export function renderPager(
  ctx: TrackerContext,
  remaining: number,
  onMore: () => void,
  small = false,
): TemplateResult | typeof nothing {
  if (remaining <= 0 || ctx.printing) return nothing;
  return html`<button
    class="button button--secondary ${small ? 'button--small ' : ''}more"
    type="button"
    data-command="more"
    @click=${onMore}
  >
    ${ctx.i18n.plural('actionTracker.more', Math.min(remaining, ctx.pageStep))}
  </button>`;
}
