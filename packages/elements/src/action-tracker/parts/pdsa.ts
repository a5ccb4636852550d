import { html, nothing, type TemplateResult } from 'lit';
import type { Action, LocalisedText, MessageKey, PdsaCycle } from '@qms-kit/sdk';
import { domId, localText } from './badges.js';
import type { TrackerContext } from './context.js';

export function renderPdsaList(ctx: TrackerContext, action: Action): TemplateResult {
  const i18n = ctx.i18n;
  const t = (key: MessageKey) => i18n.t(key);
  const headingId = domId('pdsa', action.id);
  const fact = (label: string, value: LocalisedText | undefined) =>
    value === undefined
      ? nothing
      : html`<div class="fact">
          <dt>${label}</dt>
          <dd>${localText(i18n, value)}</dd>
        </div>`;
  return html`<section class="pdsa" aria-labelledby=${headingId}>
    <div class="pdsa-heading" role="heading" aria-level=${ctx.level(1)} id=${headingId}>
      ${t('action.pdsa')}
    </div>
    ${
      action.pdsaCycles.length === 0
        ? html`<p class="pdsa-none">${t('actionTracker.pdsa.none')}</p>`
        : html`<ol class="cycles">
            ${action.pdsaCycles.map(
              (cycle, index) =>
                html`<li class="cycle" data-cycle=${cycle.id}>
                  <p class="cycle-title">${cycleName(ctx, cycle, index)}</p>
                  <p class="cycle-dates">
                    ${
                      cycle.end
                        ? i18n.t('actionTracker.pdsa.range', {
                            start: i18n.date(cycle.start),
                            end: i18n.date(cycle.end),
                          })
                        : i18n.t('actionTracker.pdsa.from', { start: i18n.date(cycle.start) })
                    }
                  </p>
                  <dl class="facts facts--pdsa">
                    ${fact(t('actionTracker.pdsa.changeIdea'), cycle.plan.changeIdea)}
                    ${fact(t('actionTracker.pdsa.question'), cycle.plan.question)}
                    ${fact(t('actionTracker.pdsa.prediction'), cycle.plan.prediction)}
                    ${fact(t('actionTracker.pdsa.measure'), cycle.plan.measure)}
                    ${fact(t('action.pdsa.do'), cycle.do?.observations)}
                    ${fact(t('action.pdsa.study'), cycle.study?.learning)}
                    <div class="fact">
                      <dt>${t('action.pdsa.act')}</dt>
                      <dd data-act=${cycle.act ?? 'pending'}>
                        ${i18n.t(`action.pdsa.act.${cycle.act ?? 'pending'}`)}
                      </dd>
                    </div>
                  </dl>
                  ${
                    ctx.readonly
                      ? nothing
                      : html`<button
                          class="button button--secondary button--small"
                          type="button"
                          data-command="edit-cycle"
                          @click=${(e: Event) => ctx.session.openPdsa(e, action, cycle)}
                        >
                          ${t('actionTracker.pdsa.edit')}<span class="visually-hidden">
                            ${cycleName(ctx, cycle, index)}</span
                          >
                        </button>`
                  }
                </li>`,
            )}
          </ol>`
    }
    ${
      ctx.readonly
        ? nothing
        : html`<button
            class="button button--secondary button--small"
            type="button"
            data-command="add-cycle"
            @click=${(e: Event) => ctx.session.openPdsa(e, action, undefined)}
          >
            ${t('actionTracker.pdsa.add')}<span class="visually-hidden">
              ${i18n.t('actionTracker.details.of', { title: ctx.text(action.title) })}</span
            >
          </button>`
    }
  </section>`;
}

export function cycleName(ctx: TrackerContext, cycle: PdsaCycle, index: number): string {
  const n = ctx.i18n.t('actionTracker.pdsa.cycle', { n: index + 1 });
  const title = ctx.text(cycle.title);
  return title ? `${n}: ${title}` : n;
}
