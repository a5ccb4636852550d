import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** `h2`…`h6`: tag names cannot be bound, so each level is its own template. */
export function heading(
  level: number,
  content: unknown,
  id?: string,
  cls?: string,
  part?: string,
): TemplateResult {
  const c = ifDefined(cls);
  const i = ifDefined(id);
  const p = ifDefined(part);
  switch (level) {
    case 2:
      return html`<h2 id=${i} class=${c} part=${p}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i} class=${c} part=${p}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${c} part=${p}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${c} part=${p}>${content}</h5>`;
    default:
      return html`<h6 id=${i} class=${c} part=${p}>${content}</h6>`;
  }
}
