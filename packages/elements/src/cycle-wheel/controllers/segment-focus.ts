import type { ReactiveControllerHost } from 'lit';
import type { QmsWheelSegment } from '../../internal/events/qms-segment-select.js';
import { SEGMENTS, isSegment } from '../view.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The ring's one tab stop: arrow keys move round the segments (Home and End to the ends), Enter
 * or Space selects, and focus follows into whichever view (ring or list) is showing.
 */
export class SegmentFocusController {
  private current = 0;

  constructor(
    private readonly host: Host,
    private readonly activate: (segment: QmsWheelSegment) => void,
  ) {}

  /** Index in `SEGMENTS` of the segment that takes the tab stop. */
  get index(): number {
    return Math.min(this.current, SEGMENTS.length - 1);
  }

  set index(value: number) {
    if (value === this.current) return;
    this.current = value;
    this.host.requestUpdate();
  }

  /** The segment took focus (by click, Tab or a key): it keeps the tab stop. */
  focused(segment: QmsWheelSegment): void {
    this.index = SEGMENTS.indexOf(segment);
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const target = (e.target as Element | null)?.closest('[data-segment]');
    const current = target?.getAttribute('data-segment');
    if (!isSegment(current)) return;
    const index = SEGMENTS.indexOf(current);
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (index + 1) % SEGMENTS.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (index - 1 + SEGMENTS.length) % SEGMENTS.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = SEGMENTS.length - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.activate(current);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.index = next;
    void this.host.updateComplete.then(() => this.focus(SEGMENTS[next] ?? 'planning'));
  };

  /** Focuses a segment in whichever view (ring or list) is showing. */
  focus(segment: QmsWheelSegment): void {
    const candidates = [
      ...this.host.renderRoot.querySelectorAll<HTMLElement | SVGElement>(
        `[data-segment="${segment}"]`,
      ),
    ].filter((el) => el.matches('[role="button"], button') && el.getClientRects().length > 0);
    candidates[0]?.focus();
  }
}
