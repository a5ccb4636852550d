import { svg, type TemplateResult } from 'lit';
import { qmsAspects } from '@qms-kit/sdk';
import { segmentView, type SegmentView } from '../view.js';
import { badgesPart } from './badges.js';
import type { WheelContext } from './context.js';

/** The four aspects of the ring, each a `role="button"` with its stage band and text. */
export function segmentsPart(ctx: WheelContext): TemplateResult[] {
  return qmsAspects.map((aspect, i) =>
    segmentPart(
      ctx,
      segmentView(ctx.i18n, ctx.rollup.aspects[aspect], ctx.links.aspects[aspect]),
      i === ctx.focusIndex,
      ctx.selected === aspect,
    ),
  );
}

function segmentPart(
  ctx: WheelContext,
  view: SegmentView,
  tabbable: boolean,
  pressed: boolean,
): TemplateResult {
  const { aspect, density } = view;
  const text = view.lines.filter((line) => line.cls !== 'seg-badge');
  const badges = view.lines.filter((line) => line.cls === 'seg-badge');
  return svg`<g
      class="segment"
      part="segment"
      role="button"
      tabindex=${tabbable ? '0' : '-1'}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${view.label}
      data-segment=${aspect}
      data-stage=${view.stage}
      @click=${() => ctx.on.activate(aspect)}
      @focus=${() => ctx.on.focused(aspect)}
    >
      <path class="focus-ring" d=${view.shape}></path>
      <path class="segment-shape" d=${view.shape}></path>
      <path
        class="stage-band density-${density}"
        d=${view.band}
        fill=${density > 0 ? `url(#stage-${density})` : 'none'}
      ></path>
    </g>
    <text class="seg-text" text-anchor="middle" aria-hidden="true" data-label=${aspect}>
      ${text.map(
        (line) => svg`<tspan class=${line.cls} x=${line.x} y=${line.y}>${line.text} </tspan>`,
      )}${badgesPart(badges)}
    </text>`;
}
