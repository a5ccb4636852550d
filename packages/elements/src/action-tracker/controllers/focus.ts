import type { ReactiveController, ReactiveElement } from 'lit';

/** A selector for an action's row (table) or card (board). */
export function rowSelector(id: string): string {
  return `[data-id="${CSS.escape(id)}"]`;
}

/** A selector inside an action's details row. */
export function detailsSelector(id: string, inner: string): string {
  return `[data-details="${CSS.escape(id)}"] ${inner}`;
}

/**
 * Where focus goes after the tracker changes, and what a screen reader hears: focus moves only
 * once the update that draws its target is done, and a form gives focus back to what opened it.
 */
export class TrackerFocus implements ReactiveController {
  #announcement = '';
  #returnTo: HTMLElement | undefined;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The words of the live region. */
  get announcement(): string {
    return this.#announcement;
  }

  announce(message: string): void {
    // Cleared first so the same words are announced again.
    this.#say('');
    void this.host.updateComplete.then(() => this.#say(message));
  }

  #say(value: string): void {
    if (value === this.#announcement) return;
    this.#announcement = value;
    this.host.requestUpdate();
  }

  async focusOn(selector: string): Promise<void> {
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus();
  }

  /** Remembers the control that opened a form, to give focus back to it. */
  rememberOpener(event: Event): void {
    this.#returnTo = event.currentTarget instanceof HTMLElement ? event.currentTarget : undefined;
  }

  /** After a form closes: its opener, else the action's row or card, else "Add" or the count. */
  returnFocus(id: string | undefined): void {
    const back = this.#returnTo;
    this.#returnTo = undefined;
    void this.host.updateComplete.then(() => {
      if (back?.isConnected) {
        back.focus();
        return;
      }
      const root = this.host.renderRoot;
      const row = id ? root.querySelector<HTMLElement>(rowSelector(id)) : null;
      const target =
        row?.querySelector<HTMLElement>('.details-toggle, [data-command="edit"]') ??
        root.querySelector<HTMLElement>('[data-command="add"], .count');
      target?.focus();
    });
  }

  /** Focuses the `index`th row's title once drawn, so keyboard users carry on where the list grew. */
  focusRow(index: number): void {
    void this.host.updateComplete.then(() => {
      const rows = this.host.renderRoot.querySelectorAll<HTMLElement>('tr.row .cell-title');
      rows[index]?.focus();
    });
  }

  /** Moves to the field an error summary's link names. */
  onErrorLink(event: Event): void {
    event.preventDefault();
    const id = (event.currentTarget as HTMLElement).dataset['target'];
    const field = id ? this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null;
    field?.scrollIntoView?.({ block: 'center' });
    field?.focus();
  }
}
