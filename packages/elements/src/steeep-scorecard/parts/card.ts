import { html, nothing, type TemplateResult } from 'lit';
import type { ScorecardInput } from '@qms-kit/sdk';
import { localisedString, renderLocalised } from '../../internal/render-localised.js';
import type { BandView } from '../view.js';
import { renderBand } from './band.js';
import type { PartContext } from './context.js';

/** The whole card: the framework's name, a synthetic-data note and the bands of tiles. */
export function renderCard(
  ctx: PartContext,
  input: ScorecardInput,
  bands: readonly BandView[],
): TemplateResult {
  const { i18n, card } = ctx;
  const frameworkName = localisedString(i18n, card.framework.name);
  return html`<section
    class="scorecard"
    part="scorecard"
    aria-label=${i18n.t('scorecard.label', { framework: frameworkName })}
    data-framework=${card.framework.id}
  >
    <p class="framework-name">${renderLocalised(i18n, card.framework.name)}</p>
    ${input.synthetic ? html`<p class="synthetic">${i18n.t('common.synthetic')}</p>` : nothing}
    ${bands.map((band) => renderBand(ctx, band))}
  </section>`;
}
