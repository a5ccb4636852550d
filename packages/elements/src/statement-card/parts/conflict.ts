import { html, nothing, type TemplateResult } from 'lit';
import { localisedString, valueAtPath, type LocalisedText, type MessageKey } from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { StatementConflict } from '../form-view.js';

export interface ConflictOptions {
  i18n: LocalizeController;
  /** The base language being shown. */
  lang: string;
  conflict: StatementConflict | undefined;
  languageName(tag: string): string;
  keepMine(): void;
  keepTheirs(): void;
}

/** Each field both sides changed, with both values, and the two ways out. */
export function conflictPart(o: ConflictOptions): TemplateResult | typeof nothing {
  const conflict = o.conflict;
  if (!conflict) return nothing;
  const i18n = o.i18n;
  // One line per field: two languages of one text are one field to the user.
  const fields = [...new Set(conflict.paths.map((p) => String(p[0])))];
  return html`<div class="vetoed conflict" id="conflict" part="conflict" role="alert" tabindex="-1">
    <p>${i18n.t('statementCard.conflict.changed')}</p>
    <ul>
      ${fields.map(
        (field) =>
          html`<li data-field=${field}>
            ${i18n.t('statementCard.conflict.field', {
              field: conflictLabel(o, field),
              mine: conflictValue(o, valueAtPath(conflict.mine, [field])),
              theirs: conflictValue(o, valueAtPath(conflict.theirs, [field])),
            })}
          </li>`,
      )}
    </ul>
    <div class="buttons">
      <button
        id="keep-mine"
        type="button"
        class="button button--primary"
        part="button"
        @click=${() => o.keepMine()}
      >
        ${i18n.t('statementCard.conflict.keepMine')}
      </button>
      <button
        id="keep-theirs"
        type="button"
        class="button button--secondary"
        part="button"
        @click=${() => o.keepTheirs()}
      >
        ${i18n.t('statementCard.conflict.keepTheirs')}
      </button>
    </div>
  </div>`;
}

function conflictLabel(o: ConflictOptions, field: string): string {
  const language = o.languageName(o.lang);
  const keys: Partial<Record<string, MessageKey>> = {
    iStatement: 'statementCard.form.iStatement',
    weStatement: 'statementCard.form.weStatement',
    score: 'statementCard.form.score',
    evidence: 'statementCard.form.evidence',
  };
  const key = keys[field];
  return key ? o.i18n.t(key, { language }) : field;
}

function conflictValue(o: ConflictOptions, value: unknown): string {
  const none = o.i18n.t('statementCard.conflict.none');
  if (value === undefined || value === null) return none;
  if (Array.isArray(value)) {
    const titles = value.map((item) =>
      localisedString((item as { title?: LocalisedText }).title, o.lang),
    );
    return titles.filter(Boolean).join('; ') || none;
  }
  if (typeof value === 'object' && 'value' in value) return String(value.value);
  if (typeof value === 'object' || typeof value === 'string') {
    return localisedString(value as LocalisedText, o.lang) || none;
  }
  return String(value);
}
