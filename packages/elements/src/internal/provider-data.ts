/**
 * Whether an element has data of its own besides its rich property: a `src` URL or a child
 * `<script type="application/json">`. The provider's data applies only when it has none of
 * these (precedence: property > src > slot > provider).
 */
export function hasOwnSource(host: Element, src: string | null | undefined): boolean {
  if (src !== undefined && src !== null && src.trim() !== '') return true;
  return host.querySelector(':scope > script[type="application/json"]') !== null;
}
