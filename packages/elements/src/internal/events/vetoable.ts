/**
 * Base of the cancelable "before change" events: a host refuses a change by calling
 * `preventDefault()`, or `veto(reason)` to also give the user a reason. Handlers decide synchronously.
 */
export abstract class QmsVetoableEvent<D extends { reason?: string }> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true, cancelable: true });
  }

  /** Refuses the change, with a reason to show the user (same as setting `detail.reason` then `preventDefault()`). */
  veto(reason?: string): void {
    if (reason !== undefined) this.detail.reason = reason;
    this.preventDefault();
  }
}
