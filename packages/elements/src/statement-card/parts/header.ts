import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../heading.js';
import type { HeaderView } from '../view.js';
import { textSpan, type PartContext } from './context.js';

export interface HeaderOptions {
  level: number;
  /** The statement's id, shown when it has no title. */
  id: string;
  /** Whether to show the Edit button. */
  showEdit: boolean;
  onEdit(): void;
}

/** Key question and framework, the title, and the Edit button. */
export function headerPart(ctx: PartContext, view: HeaderView, o: HeaderOptions): TemplateResult {
  const { i18n } = ctx;
  const framework =
    view.version === undefined
      ? view.frameworkName
      : i18n.t('statementCard.frameworkVersion', {
          name: view.frameworkName,
          version: view.version,
        });
  const title = view.title;
  return html`<header class="header" part="header">
    <p class="context" part="context">
      <span class="visually-hidden">${i18n.t('statementCard.keyQuestion')}: </span>
      <span class="key-question" lang=${ifDefined(view.keyQuestion?.lang)}
        >${view.keyQuestion?.text ?? view.keyQuestionId}</span
      ><span class="separator" aria-hidden="true"> · </span>
      <span class="visually-hidden">${i18n.t('statementCard.framework')}: </span>
      <span class="framework" lang=${ifDefined(view.frameworkLang)}>${framework}</span>
    </p>
    <div class="title-row">
      ${heading(o.level, textSpan(title, o.id), 'title', 'title', 'title')}
      ${
        o.showEdit
          ? html`<button
              id="edit"
              type="button"
              class="button button--secondary edit"
              part="button edit-button"
              @click=${o.onEdit}
            >
              ${i18n.t('statementCard.edit')}<span class="visually-hidden">
                ${i18n.t('statementCard.edit.what', { title: title?.text ?? o.id })}</span
              >
            </button>`
          : nothing
      }
    </div>
  </header>`;
}
