import type { ReactiveController, ReactiveElement } from 'lit';
import type { ActionSort, ActionSortKey, ActionStatus } from '@qms-kit/sdk';
import { NO_FILTER, nextSort, type FilterState } from '../view.js';
import type { TrackerFocus } from './focus.js';

/**
 * What the user set on the list: filters, sort, how many rows and cards are shown, and which
 * details are open. Kept by the element, not the host: none of it is a change to the actions.
 */
export class ListState implements ReactiveController {
  filter: FilterState = NO_FILTER;
  sort: ActionSort | undefined;
  /** Rows shown in the table; unset = one page. */
  shown: number | undefined;
  /** Cards shown per board column; unset = one page. */
  boardShown = new Map<string, number>();
  expanded = new Set<string>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly focus: TrackerFocus,
    private readonly pageStep: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  onFilterInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.filter = { ...this.filter, [target.name]: target.value };
    this.shown = undefined;
    this.boardShown = new Map();
    this.host.requestUpdate();
  }

  clearFilters(): void {
    this.filter = NO_FILTER;
    this.shown = undefined;
    this.boardShown = new Map();
    this.host.requestUpdate();
    void this.focus.focusOn('#filter-query');
  }

  toggleSort(key: ActionSortKey): void {
    this.sort = nextSort(this.sort, key);
    this.host.requestUpdate();
  }

  toggleDetails(id: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(id)) expanded.delete(id);
    else expanded.add(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  }

  /** Forgets an action's open details (it was deleted). */
  forget(id: string): void {
    const expanded = new Set(this.expanded);
    expanded.delete(id);
    this.expanded = expanded;
    this.host.requestUpdate();
  }

  showMore(rendered: number): void {
    this.shown = rendered + this.pageStep();
    this.host.requestUpdate();
    // Focus the first newly shown row, so keyboard users carry on where the list grew.
    this.focus.focusRow(rendered);
  }

  showMoreInColumn(status: ActionStatus, shown: number): void {
    const next = new Map(this.boardShown);
    next.set(status, shown + this.pageStep());
    this.boardShown = next;
    this.host.requestUpdate();
  }
}
