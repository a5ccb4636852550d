import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  localisedTextIn,
  type ActionDueState,
  type DeliveryConfidence,
  type LocalisedText,
  type SortDirection,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';

/**
 * Small pieces of the tracker's markup. Every signal pairs a shape with words: due states and
 * delivery confidence never rely on colour.
 */

/** Text in the page's language; text shown in another language is marked with its `lang`. */
export function localText(
  i18n: LocalizeController,
  value: LocalisedText | undefined,
): TemplateResult | typeof nothing {
  const picked = localisedTextIn(value, i18n.lang);
  if (!picked) return nothing;
  return picked.fallback && picked.lang
    ? html`<span lang=${picked.lang}>${picked.text}</span>`
    : html`${picked.text}`;
}

/** A dash for an empty cell, read out as "None". */
export function none(i18n: LocalizeController): TemplateResult {
  return html`<span aria-hidden="true">–</span
    ><span class="visually-hidden">${i18n.t('common.none')}</span>`;
}

const DUE_ICONS: Partial<Record<ActionDueState, ReturnType<typeof svg>>> = {
  // A warning triangle with an exclamation mark.
  overdue: svg`<path class="shape" d="M8 1.5L15 14.5H1Z"></path><path class="mark" d="M8 6V10M8 11.6V12.4"></path>`,
  // A clock face.
  'due-soon': svg`<circle class="shape" cx="8" cy="8" r="6.5"></circle><path class="mark" d="M8 4.5V8.5L10.5 10"></path>`,
};

/** "Overdue" or "Due soon" with its icon; nothing for other states (the date says enough). */
export function dueBadge(
  i18n: LocalizeController,
  state: ActionDueState,
): TemplateResult | typeof nothing {
  const icon = DUE_ICONS[state];
  if (!icon) return nothing;
  return html`<span class="badge due due--${state}" part="due-badge" data-due=${state}
    ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${icon}</svg
    >${i18n.t(`action.dueState.${state}`)}</span
  >`;
}

const CONFIDENCE_SHAPES: Record<DeliveryConfidence, ReturnType<typeof svg>> = {
  // High: a full circle; medium: a diamond; low: a downward triangle.
  high: svg`<circle class="shape" cx="8" cy="8" r="6"></circle>`,
  medium: svg`<path class="shape" d="M8 1.5L14.5 8L8 14.5L1.5 8Z"></path>`,
  low: svg`<path class="shape" d="M1.5 3H14.5L8 14Z"></path>`,
};

/** Delivery confidence as a shape and words ("Low confidence"), never as a colour alone. */
export function confidenceBadge(
  i18n: LocalizeController,
  confidence: DeliveryConfidence | undefined,
): TemplateResult {
  if (!confidence) {
    return html`<span class="confidence confidence--none"
      >${i18n.t('actionTracker.confidence.none')}</span
    >`;
  }
  return html`<span
    class="confidence confidence--${confidence}"
    part="confidence"
    data-confidence=${confidence}
    ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      ${CONFIDENCE_SHAPES[confidence]}</svg
    >${i18n.t(`actionTracker.confidence.${confidence}`)}</span
  >`;
}

/** Up and down arrows on a sort button; the active direction is drawn solid. */
export function sortIcon(direction: SortDirection | undefined): TemplateResult {
  return html`<svg
    class="icon sort-icon ${direction ?? 'unsorted'}"
    viewBox="0 0 16 16"
    aria-hidden="true"
    focusable="false"
  >
    <path class="up" d="M4 7L8 2.5L12 7Z"></path>
    <path class="down" d="M4 9L8 13.5L12 9Z"></path>
  </svg>`;
}

/** A DOM id for an action id, safe in attributes and `#fragment` links. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

/** A date in the page's language, or a dash read out as "None". */
export function dateOrNone(i18n: LocalizeController, value: string | undefined): TemplateResult {
  return value ? html`${i18n.date(value)}` : none(i18n);
}
