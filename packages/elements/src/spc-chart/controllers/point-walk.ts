import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Layout } from '../layout.js';
import { navigablePosition, nearestNavigable, type ChartModel } from '../model.js';

/** Points the keyboard jumps with Page Up and Page Down. */
const PAGE_JUMP = 10;

export interface PointWalkOptions {
  /** The drawing model, or undefined while none is drawn. */
  model(): ChartModel | undefined;
  /** The layout last drawn, for hit-testing the pointer. */
  layout(): Layout | undefined;
  /** True when a result is ready to be described. */
  ready(): boolean;
  /** Point `index` in words, for the live region. */
  describe(index: number): string;
  /** Point `index` was chosen (click, Enter or Space). */
  select(index: number): void;
  /** The element's render root, to tell the plot from the tooltip. */
  root(): ParentNode;
}

/**
 * Which point is shown and why: one tab stop with arrow keys between the points, hovering, and
 * a tooltip that can be hovered and dismissed with Escape (WCAG 1.4.13).
 */
export class PointWalk implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: PointWalkOptions;
  private activeIndex = -1;
  private tooltipShown = false;
  private text = '';
  private keyboardIndex = -1;
  private focused = false;
  private hovering = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PointWalkOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The point whose details are shown (-1: none). */
  get active(): number {
    return this.activeIndex;
  }

  get shown(): boolean {
    return this.tooltipShown;
  }

  /** What the live region says. */
  get announcement(): string {
    return this.text;
  }

  /** The point shown with its ring and tooltip, or -1. */
  get shownPoint(): number {
    return this.tooltipShown ? this.activeIndex : -1;
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  /** A new series: nothing is focused or shown. */
  reset(): void {
    this.set(-1, false, this.text);
    this.keyboardIndex = -1;
  }

  private set(active: number, shown: boolean, text: string): void {
    if (active === this.activeIndex && shown === this.tooltipShown && text === this.text) return;
    this.activeIndex = active;
    this.tooltipShown = shown;
    this.text = text;
    this.host.requestUpdate();
  }

  private show(index: number, announce: boolean): void {
    if (!this.options.ready() || !this.options.model() || index < 0) return;
    this.set(index, true, announce ? this.options.describe(index) : this.text);
  }

  private hide(): void {
    this.set(this.activeIndex, false, this.text);
  }

  readonly onFocus = (): void => {
    const model = this.options.model();
    this.focused = true;
    if (!model || model.navigable.length === 0) return;
    if (this.keyboardIndex < 0) {
      this.keyboardIndex = model.navigable[model.navigable.length - 1] ?? -1;
    }
    this.show(this.keyboardIndex, true);
  };

  readonly onBlur = (): void => {
    this.focused = false;
    if (!this.hovering) this.hide();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const model = this.options.model();
    if (!model || model.navigable.length === 0) return;
    const nav = model.navigable;
    const current = this.keyboardIndex < 0 ? (nav[nav.length - 1] ?? 0) : this.keyboardIndex;
    const position = Math.max(0, navigablePosition(model, current));
    let next = -1;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(nav.length - 1, position + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, position - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = nav.length - 1;
        break;
      case 'PageDown':
        next = Math.min(nav.length - 1, position + PAGE_JUMP);
        break;
      case 'PageUp':
        next = Math.max(0, position - PAGE_JUMP);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.show(current, false);
        this.options.select(current);
        return;
      case 'Escape':
        if (this.tooltipShown) {
          event.preventDefault();
          this.hide();
        } else {
          (event.currentTarget as SVGElement).blur();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    this.keyboardIndex = nav[next] ?? current;
    this.show(this.keyboardIndex, true);
  };

  /** Escape hides a tooltip opened by hovering while focus is elsewhere (WCAG 1.4.13). */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tooltipShown) return;
    if (event.composedPath().includes(this.host)) return;
    this.hide();
  };

  /** The point nearest the pointer along the time axis, or -1 outside the plot area. */
  private pointAt(event: MouseEvent): number {
    const model = this.options.model();
    const layout = this.options.layout();
    const svgEl = event.currentTarget as SVGSVGElement | null;
    if (!model || !layout || !svgEl) return -1;
    const box = svgEl.getBoundingClientRect();
    if (box.width === 0) return -1;
    const x = ((event.clientX - box.left) * layout.width) / box.width;
    const y = ((event.clientY - box.top) * layout.height) / box.height;
    const { plot } = layout;
    if (x < plot.x - 8 || x > plot.x + plot.width + 8 || y < plot.y - 8) return -1;
    if (y > plot.y + plot.height + 8) return -1;
    return nearestNavigable(model, layout.x.invert(x).getTime());
  }

  readonly onPointerMove = (event: PointerEvent): void => {
    const index = this.pointAt(event);
    if (index < 0) return;
    this.hovering = true;
    if (index !== this.activeIndex || !this.tooltipShown) this.show(index, false);
  };

  readonly onPointerLeave = (event: PointerEvent): void => {
    const into = event.relatedTarget as Node | null;
    if (into && this.options.root().querySelector('.tooltip')?.contains(into)) return;
    this.hovering = false;
    if (this.focused) this.show(this.keyboardIndex, false);
    else this.hide();
  };

  readonly onTooltipLeave = (event: PointerEvent): void => {
    const into = event.relatedTarget as Node | null;
    if (into && this.options.root().querySelector('svg.chart')?.contains(into)) return;
    this.hovering = false;
    if (!this.focused) this.hide();
  };

  readonly onClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    const marked = target?.closest?.('[data-index]')?.getAttribute('data-index');
    const index = marked !== null && marked !== undefined ? Number(marked) : this.pointAt(event);
    if (!(index >= 0)) return;
    this.keyboardIndex = index;
    this.show(index, true);
    this.options.select(index);
  };
}
