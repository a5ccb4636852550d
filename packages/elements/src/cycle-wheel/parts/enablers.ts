import { svg, type TemplateResult } from 'lit';
import { enablerBand } from '../view.js';
import type { WheelContext } from './context.js';

/** The outer band of numbered enablers (named in the legend beside the ring). */
export function enablerBandPart(ctx: WheelContext): TemplateResult {
  return svg`<g class="enablers" aria-hidden="true">
      ${enablerBand(ctx.i18n, ctx.draft).map(
        (e) => svg`<path class="enabler" d=${e.shape}></path>
          <text class="enabler-number" x=${e.x} y=${e.y} text-anchor="middle">${e.number}</text>`,
      )}
    </g>`;
}
