/**
 * Registers a qms-kit element unless its tag is already taken.
 * Two copies of qms-kit on one intranet page must not break it: the same class is a no-op,
 * another class (another copy or version) keeps the first registration and warns once.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const theirs = (existing as { version?: string }).version ?? 'unknown';
  const ours = (ctor as { version?: string }).version ?? 'unknown';
  console.warn(
    `qms-kit: <${tag}> is already defined by another copy (version ${theirs}); ` +
      `this copy (version ${ours}) will not redefine it. Load qms-kit once per page to avoid this.`,
  );
}
