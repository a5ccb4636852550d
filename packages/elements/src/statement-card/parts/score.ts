import { html, type TemplateResult } from 'lit';
import { heading } from '../heading.js';
import type { ScoreView } from '../view.js';
import { dateText, type PartContext } from './context.js';

/** "Score 2 of 4: Some shortfalls", with pips beside it that only repeat the number. */
function scoreValue(ctx: PartContext, score: ScoreView): TemplateResult {
  const { i18n } = ctx;
  return html`<span class="pips" aria-hidden="true"
      >${score.pips.map((on) => html`<span class="pip ${on ? 'pip--on' : ''}"></span>`)}</span
    >
    <span class="score-value"
      >${i18n.t('statementCard.score.value', { value: i18n.number(score.value) })}:</span
    >
    <strong class="score-label">${i18n.t(`statement.score.${score.value}`)}</strong>`;
}

/** The score on one line, for the compact card. */
export function scoreLinePart(ctx: PartContext, score: ScoreView | undefined): TemplateResult {
  const { i18n } = ctx;
  const text = score
    ? html`${scoreValue(ctx, score)}
        <span class="score-source">(${i18n.t(`statement.scoreSource.${score.source}`)})</span>`
    : html`<span class="missing">${i18n.t('statementCard.score.none')}</span>`;
  return html`<p class="score-line score--${score?.source ?? 'none'}" part="score">${text}</p>`;
}

/** The score, who gave it and when. */
export function scorePart(
  ctx: PartContext,
  score: ScoreView | undefined,
  level: number,
): TemplateResult {
  const { i18n } = ctx;
  const source = score ? i18n.t(`statement.scoreSource.${score.source}`) : '';
  return html`<div class="score score--${score?.source ?? 'none'}" part="score">
    ${heading(level, i18n.t('statement.score'), undefined, 'label')}
    ${
      score
        ? html`<p class="score-line">${scoreValue(ctx, score)}</p>
            <p class="score-source">
              ${
                score.date
                  ? i18n.t('statementCard.score.dated', { source, date: dateText(ctx, score.date) })
                  : source
              }
            </p>`
        : html`<p class="missing">${i18n.t('statementCard.score.none')}</p>`
    }
  </div>`;
}
