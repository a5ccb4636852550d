import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Keeps a custom state (`:state(name)`) on the host in step with `on()` after each update. */
export class CustomStateController implements ReactiveController {
  private readonly internals: ElementInternals | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly name: string,
    private readonly on: () => boolean,
  ) {
    host.addController(this);
    // Custom states are not in every browser this may run in: styling degrades, nothing breaks.
    try {
      this.internals = host.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  hostUpdated(): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (this.on()) states.add(this.name);
      else states.delete(this.name);
    } catch {
      // Older engines accept only `--name`: not worth a fallback for a styling hook.
    }
  }
}
