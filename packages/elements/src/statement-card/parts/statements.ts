import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../heading.js';
import type { VoiceView } from '../view.js';
import type { PartContext } from './context.js';

/** "Shown in English: no Welsh text was supplied." */
function languageNote(ctx: PartContext, view: VoiceView): TemplateResult | typeof nothing {
  if (view.fallbackLang === undefined) return nothing;
  return html`<p class="language-note" part="language-note">
    ${ctx.i18n.t('common.inOtherLanguage', {
      language: ctx.languageName(view.fallbackLang),
      current: ctx.languageName(ctx.lang),
    })}
  </p>`;
}

/** The I statement (a quote: the person's voice) or the We statement (the commitment). */
export function voicePart(ctx: PartContext, view: VoiceView, level: number): TemplateResult {
  const { i18n } = ctx;
  const { kind, text: picked } = view;
  const label = i18n.t(kind === 'i' ? 'statement.iStatement' : 'statement.weStatement');
  const missing = i18n.t(
    kind === 'i' ? 'statementCard.noIStatement' : 'statementCard.noWeStatement',
  );
  const body = picked
    ? kind === 'i'
      ? html`<blockquote class="quote" lang=${ifDefined(picked.lang)}>
          <p>${picked.text}</p>
        </blockquote>`
      : html`<p class="commitment" lang=${ifDefined(picked.lang)}>${picked.text}</p>`
    : html`<p class="missing">${missing}</p>`;
  return html`<div class="voice voice--${kind}" part="${kind}-statement">
    ${heading(level, label, `${kind}-label`, 'label')} ${body} ${languageNote(ctx, view)}
  </div>`;
}
