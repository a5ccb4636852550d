import { html, type TemplateResult } from 'lit';
import type { QmsWheelSegment } from '../../internal/events/qms-segment-select.js';
import { densityOf } from '../geometry.js';
import {
  SEGMENTS,
  actionsText,
  aspectName,
  centreName,
  flaggedText,
  stageText,
  toolsText,
} from '../view.js';
import type { WheelContext } from './context.js';

/** The list of segment buttons shown instead of the ring in narrow containers. */
export function listPart(ctx: WheelContext): TemplateResult {
  return html`<ul
    class="list-view"
    part="list"
    role="list"
    aria-label=${ctx.i18n.t('wheel.segments')}
  >
    ${SEGMENTS.map((segment) => listItem(ctx, segment))}
  </ul>`;
}

function listItem(ctx: WheelContext, segment: QmsWheelSegment): TemplateResult {
  const { i18n } = ctx;
  const pressed = ctx.selected === segment;
  if (segment === 'centre') {
    return html`<li>
      <button
        type="button"
        class="list-button"
        aria-pressed=${pressed ? 'true' : 'false'}
        data-segment="centre"
        @click=${() => ctx.on.activate('centre')}
      >
        <span class="list-name">${centreName(i18n, ctx.settings)}</span>
      </button>
    </li>`;
  }
  const r = ctx.rollup.aspects[segment];
  const l = ctx.links.aspects[segment];
  return html`<li>
    <button
      type="button"
      class="list-button"
      aria-pressed=${pressed ? 'true' : 'false'}
      data-segment=${segment}
      data-stage=${r.stage}
      @click=${() => ctx.on.activate(segment)}
    >
      <span class="list-name">${aspectName(i18n, segment)}</span>
      <span class="list-stage"
        ><span
          class="stage-swatch density-${densityOf(r.stage, r.topStage)}"
          aria-hidden="true"
        ></span
        >${stageText(i18n, r)}</span
      >
      <span class="list-detail">${toolsText(i18n, r)}</span>
      <span class="list-detail">${flaggedText(i18n, l)}</span>
      <span class="list-detail">${actionsText(i18n, l)}</span>
    </button>
  </li>`;
}
