import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QmsAspect } from '@qms-kit/sdk';
import { renderLocalised } from '../../internal/render-localised.js';
import { answersText, stageOptions, toolsText, toolsView } from '../view.js';
import { panelHeadingLevel, type WheelContext } from './context.js';
import { linkedActionsPart, linkedMeasuresPart } from './linked.js';
import { notesPart } from './notes.js';
import { questionsPart } from './questions.js';

/** An aspect's self-assessment: stage, guiding questions, tools, notes, linked measures and actions. */
export function assessmentPart(
  ctx: WheelContext,
  aspect: QmsAspect,
  level: number,
): TemplateResult {
  const { i18n, settings } = ctx;
  const state = ctx.draft.aspects[aspect];
  const r = ctx.rollup.aspects[aspect];
  const links = ctx.links.aspects[aspect];
  const heading = (text: string) =>
    html`<div class="panel-heading" role="heading" aria-level=${panelHeadingLevel(level)}>
      ${text}
    </div>`;
  return html`<p class="definition">${i18n.t(`qms.aspect.${aspect}.definition`)}</p>
    <div class="stage-field">
      <label for="stage">${i18n.t('wheel.stage.label')}</label>
      <select
        id="stage"
        .value=${live(String(state.stage))}
        @change=${(e: Event) =>
          ctx.on.edit.stage(aspect, e.target as HTMLSelectElement, state.stage)}
      >
        ${stageOptions(i18n, ctx.draft).map(
          (option) =>
            html`<option value=${option.stage} ?selected=${option.stage === state.stage}>
              ${option.text}
            </option>`,
        )}
      </select>
    </div>
    <p class="rollup" role="status">${answersText(i18n, r)}. ${toolsText(i18n, r)}.</p>
    ${heading(i18n.t(`wheel.questions.${settings.scope}`))} ${questionsPart(ctx, aspect)}
    ${heading(i18n.t(`wheel.tools.${settings.scope}`))} ${toolsPart(ctx, aspect)}
    ${notesPart(ctx, aspect, undefined, state.notes, { labelKey: 'wheel.notes.aspect' })}
    ${heading(i18n.t('wheel.measures'))} ${linkedMeasuresPart(i18n, links)}
    ${heading(i18n.t('wheel.actions'))} ${linkedActionsPart(i18n, links)}`;
}

/** The example-tools checklist (and local tools) of an aspect. */
function toolsPart(ctx: WheelContext, aspect: QmsAspect): TemplateResult {
  const { i18n } = ctx;
  return html`<fieldset class="tools">
    <legend class="visually-hidden">${i18n.t('qms.tools')}</legend>
    ${toolsView(ctx.draft, aspect).map(
      (tool) =>
        html`<label class="choice" data-tool=${tool.id}>
          <input
            type="checkbox"
            .checked=${live(tool.inPlace)}
            @change=${(e: Event) =>
              ctx.on.edit.tool(aspect, tool.id, (e.target as HTMLInputElement).checked)}
          />
          ${renderLocalised(i18n, tool.label)}
        </label>`,
    )}
  </fieldset>`;
}
