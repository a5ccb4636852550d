import type { ReactiveController, ReactiveElement } from 'lit';

/** Whether the page is being printed: print shows every row and card, with no "Show more". */
export class PrintMedia implements ReactiveController {
  printing = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private readonly onBeforePrint = () => this.set(true);
  private readonly onAfterPrint = () => this.set(false);

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }
}
