import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows the element's width, in whole CSS pixels, redrawing in the next frame. */
export class ChartResize implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onWidth: (width: number) => void;
  private readonly width: () => number;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    width: () => number,
    onWidth: (width: number) => void,
  ) {
    this.host = host;
    this.width = width;
    this.onWidth = onWidth;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (width <= 0 || width === this.width()) return;
      // Redraw in the next frame: changing size inside the observer's callback loops.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.onWidth(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
