/** Waits for the localisation controller's MutationObserver and the re-render it asks for. */
export async function afterLangChange(el: Element & { updateComplete: Promise<boolean> }) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}
