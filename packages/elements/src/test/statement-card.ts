// Shared set-up for the statement card's tests: mounting a card, reading its shadow root, and
// driving its edit form the way a user does.
import { fixture, html } from '@open-wc/testing';
import type { Statement } from '@qms-kit/sdk';
import { sampleStatements } from '@qms-kit/sdk/sample';
import '../define/statement-card.js';
import type { QmsStatementBeforeChangeEvent } from '../internal/events/qms-statement-before-change.js';
import type { QmsStatementChangeEvent } from '../internal/events/qms-statement-change.js';
import type { QmsStatementCard } from '../statement-card/statement-card.js';

export const TODAY = '2025-04-01';
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const $ = <T extends Element = HTMLElement>(el: QmsStatementCard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = (el: QmsStatementCard, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const textOf = (el: QmsStatementCard, selector: string) =>
  squash($(el, selector)?.textContent);
export const active = (el: QmsStatementCard) => el.shadowRoot!.activeElement as HTMLElement | null;
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
export const english = (text: Statement['title'] | undefined): string =>
  typeof text === 'string' ? text : (text?.en ?? '');

/** A read-only card. */
export async function card(
  statement: unknown,
  options: {
    variant?: string;
    measures?: unknown[];
    actions?: unknown[];
    lang?: string;
    today?: string;
  } = {},
) {
  const el = await fixture<QmsStatementCard>(
    html`<qms-statement-card
      .statement=${statement}
      .measures=${options.measures}
      .actions=${options.actions}
      variant=${options.variant ?? 'full'}
      today=${options.today ?? TODAY}
      lang=${options.lang ?? ''}
    ></qms-statement-card>`,
  );
  await el.updateComplete;
  return el;
}

/** An editable card. */
export async function editableCard(statement: unknown = sampleStatements[0], lang = '') {
  const el = await fixture<QmsStatementCard>(
    html`<qms-statement-card
      editable
      .statement=${statement}
      today=${TODAY}
      lang=${lang}
    ></qms-statement-card>`,
  );
  await el.updateComplete;
  return el;
}

export async function startEditing(el: QmsStatementCard) {
  $<HTMLButtonElement>(el, '#edit')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

export async function type(el: QmsStatementCard, selector: string, value: string) {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

export async function check(el: QmsStatementCard, selector: string) {
  const input = $<HTMLInputElement>(el, selector)!;
  input.click();
  await el.updateComplete;
}

export async function save(el: QmsStatementCard) {
  $<HTMLButtonElement>(el, '#save')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

export async function escape(el: QmsStatementCard, from: HTMLElement | null = active(el)) {
  (from ?? $(el, 'form')!).dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
  );
  await el.updateComplete;
  await el.updateComplete;
}

/** Every before-change and change event the card fires, in order. */
export function recordEvents(el: QmsStatementCard) {
  const seen: (QmsStatementBeforeChangeEvent | QmsStatementChangeEvent)[] = [];
  el.addEventListener('qms-statement-before-change', (e) => seen.push(e));
  el.addEventListener('qms-statement-change', (e) => seen.push(e));
  return seen;
}
