import type { ReactiveControllerHost } from 'lit';
import type { DomainSummary, MeasureSummaryRow, SummarySortKey } from '@qms-kit/sdk';
import { QmsMeasureSelectEvent } from '../../internal/events/qms-measure-select.js';
import { nextSort, type ScorecardDetailMode, type SortState } from '../view.js';

/** Each open table's sort and which measures' charts are open inline; the host redraws on change. */
export class SummaryTables {
  sorts: ReadonlyMap<string, SortState> = new Map();
  openCharts: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  toggleSort(tileId: string, key: SummarySortKey): void {
    const next = new Map(this.sorts);
    next.set(tileId, nextSort(this.sorts.get(tileId), key));
    this.sorts = next;
    this.host.requestUpdate();
  }

  /** Asks the host to open a measure (cancelable); with `inline` detail, toggles its chart too. */
  selectMeasure(row: MeasureSummaryRow, tile: DomainSummary, detail: ScorecardDetailMode): void {
    const event = new QmsMeasureSelectEvent({
      measureId: row.id,
      measure: row.measure,
      domainId: tile.id,
    });
    const proceed = this.host.dispatchEvent(event);
    if (detail !== 'inline') return;
    const key = `${tile.id}/${row.id}`;
    const next = new Set(this.openCharts);
    if (next.has(key)) next.delete(key);
    else if (proceed) next.add(key);
    else return;
    this.openCharts = next;
    this.host.requestUpdate();
  }
}
