import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BandView } from '../view.js';
import type { PartContext } from './context.js';
import { renderTile } from './tile.js';

/** One band of tiles (domains, enablers or measures not in this framework) under its heading. */
export function renderBand(ctx: PartContext, band: BandView): TemplateResult {
  return html`<section class="band" part="band" aria-labelledby=${band.id} data-kind=${band.kind}>
    <div class="band-heading" role="heading" aria-level=${ctx.level} id=${band.id}>
      ${ctx.i18n.t(band.title)}
    </div>
    <ul class="tiles" role="list">
      ${repeat(
        band.tiles,
        (t) => t.tile.id,
        (t) => renderTile(ctx, t),
      )}
    </ul>
  </section>`;
}
