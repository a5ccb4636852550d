import type {
  DomainScorecard,
  DomainSummary,
  MeasureSummaryRow,
  SummarySortKey,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { Settings } from '../view.js';

/** What every part needs from the element: its words, heading level and what the user can do. */
export interface PartContext {
  i18n: LocalizeController;
  /** Heading level of the band headings; tiles are one deeper. */
  level: number;
  card: DomainScorecard;
  settings: Settings;
  toggleTile(tile: DomainSummary): void;
  toggleSort(tileId: string, key: SummarySortKey): void;
  selectMeasure(row: MeasureSummaryRow, tile: DomainSummary): void;
}
