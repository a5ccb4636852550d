// What the scorecard draws, as plain data from the SDK's results and the element's settings.
// No Lit and no DOM here: the templates in parts/ turn this into markup.
import {
  concernFirst,
  findDomain,
  frameworkPresets,
  rulesForMeasure,
  sortSummaryRows,
  type AssuranceGroup,
  type DomainScorecard,
  type DomainSummary,
  type DomainSummaryKind,
  type Framework,
  type FrameworkDomain,
  type MeasureSummaryRow,
  type MessageKey,
  type RulePreset,
  type Rules,
  type SummarySortDirection,
  type SummarySortKey,
  type VariationGroup,
} from '@qms-kit/sdk';

/** How the tiles are ordered within each band. */
export type ScorecardOrder = 'concern-first' | 'framework';
/** Where a chosen measure's SPC chart opens: left to the host, or inline below its row. */
export type ScorecardDetailMode = 'host' | 'inline';

export interface SortState {
  key: SummarySortKey;
  direction: SummarySortDirection;
}

/** The settings to draw with, after the attributes are checked. */
export interface Settings {
  framework: Framework;
  rules: RulePreset | undefined;
  order: ScorecardOrder;
  detail: ScorecardDetailMode;
}

/** The summary table's sortable columns, in order (the trend column follows, unsortable). */
export const COLUMNS: readonly SummarySortKey[] = [
  'name',
  'period',
  'latest',
  'target',
  'variation',
  'assurance',
  'mean',
  'lower',
  'upper',
];

/** Icons shown beside each count: the group's own icon where the group has one. */
export const ASSURANCE_ICON: Record<AssuranceGroup, string> = {
  fail: 'fail',
  'hit-or-miss': 'hit-or-miss',
  pass: 'pass',
  'no-target': 'none',
  'not-assessed': 'none',
};

/** An id made safe for use inside an element id. */
export const slug = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');

/** One count beside a tile: how many measures show an icon group (and the icon to show). */
export interface CountView {
  kind: 'variation' | 'assurance';
  group: VariationGroup | AssuranceGroup;
  icon: string;
  count: number;
}

/** A note under a measure's name: its unit, how its domain was placed, why it was not analysed. */
export type RowNote =
  | { kind: 'unit' }
  | { kind: 'mapped'; domainId: string }
  | { kind: 'given-domain'; domainId: string }
  | { kind: 'no-domain' }
  | { kind: 'not-analysed'; reason: string };

export interface RowView {
  row: MeasureSummaryRow;
  /** Key of the row's inline chart among the open ones. */
  chartKey: string;
  chartId: string;
  inline: boolean;
  chartOpen: boolean;
  /** The rules the row's verdict was reached with (the SDK's one rule). */
  rules: Rules;
  /** The element's preset, passed to the inline chart only when the measure sets none. */
  chartRules: RulePreset | undefined;
  notes: RowNote[];
}

export interface HeaderView {
  key: SummarySortKey;
  active: boolean;
  numeric: boolean;
  direction: SummarySortDirection | undefined;
}

export interface TableView {
  captionId: string;
  headers: HeaderView[];
  rows: RowView[];
}

export interface TileView {
  tile: DomainSummary;
  panelId: string;
  flagged: boolean;
  open: boolean;
  variation: CountView[];
  assurance: CountView[];
  /** Present only while the tile is open. */
  table: TableView | undefined;
}

export interface BandView {
  id: string;
  title: MessageKey;
  kind: DomainSummaryKind | '';
  tiles: TileView[];
}

/** What the element's state adds to the SDK's scorecard. */
export interface ViewState {
  settings: Settings;
  expanded: readonly string[];
  sorts: ReadonlyMap<string, SortState>;
  openCharts: ReadonlySet<string>;
  /** A row's name as sorted (localised by the caller). */
  name: (row: MeasureSummaryRow) => string;
  locale: string;
}

/** Tiles in the chosen order: concern-first (the SDK's rule) or as the framework lists them. */
export function orderTiles(tiles: DomainSummary[], order: ScorecardOrder): DomainSummary[] {
  return order === 'concern-first' ? concernFirst(tiles) : tiles;
}

/** The bands that have tiles: domains, enablers, then measures not in this framework. */
export function scorecardBands(card: DomainScorecard, state: ViewState): BandView[] {
  const { order } = state.settings;
  const bands: [MessageKey, DomainSummary[]][] = [
    ['framework.kind.domain', orderTiles(card.domains, order)],
    ['framework.kind.enabler', orderTiles(card.enablers, order)],
    ['scorecard.band.unassigned', card.unassigned.rows.length > 0 ? [card.unassigned] : []],
  ];
  return bands
    .filter(([, tiles]) => tiles.length > 0)
    .map(([title, tiles], index) => ({
      id: `band-${index}`,
      title,
      kind: tiles[0]?.kind ?? '',
      tiles: tiles.map((t) => tileView(t, state)),
    }));
}

export function tileView(tile: DomainSummary, state: ViewState): TileView {
  const open = tile.rows.length > 0 && state.expanded.includes(tile.id);
  return {
    tile,
    panelId: `panel-${slug(tile.id)}`,
    flagged: tile.concern || tile.failing,
    open,
    ...tileCounts(tile),
    table: open ? tableView(tile, state) : undefined,
  };
}

/** The non-zero counts by variation and by assurance group, each with the icon to show. */
export function tileCounts(tile: DomainSummary): {
  variation: CountView[];
  assurance: CountView[];
} {
  const variation = (Object.entries(tile.variation) as [VariationGroup, number][])
    .filter(([, n]) => n > 0)
    .map(([group, count]) => ({
      kind: 'variation' as const,
      group,
      icon: tile.rows.find((r) => r.variationGroup === group)?.variation ?? 'none',
      count,
    }));
  const assurance = (Object.entries(tile.assurance) as [AssuranceGroup, number][])
    .filter(([, n]) => n > 0)
    .map(([group, count]) => ({
      kind: 'assurance' as const,
      group,
      icon: ASSURANCE_ICON[group],
      count,
    }));
  return { variation, assurance };
}

export function tableView(tile: DomainSummary, state: ViewState): TableView {
  const sort = state.sorts.get(tile.id);
  const rows = sort
    ? sortSummaryRows(tile.rows, sort.key, sort.direction, {
        name: state.name,
        locale: state.locale,
      })
    : tile.rows;
  return {
    captionId: `caption-${slug(tile.id)}`,
    headers: COLUMNS.map((key) => ({
      key,
      active: sort?.key === key,
      numeric: key !== 'name' && key !== 'variation' && key !== 'assurance',
      direction: sort?.key === key ? sort.direction : undefined,
    })),
    rows: rows.map((r) => rowView(r, tile, state)),
  };
}

export function rowView(row: MeasureSummaryRow, tile: DomainSummary, state: ViewState): RowView {
  const { settings } = state;
  const inline = settings.detail === 'inline';
  const chartKey = `${tile.id}/${row.id}`;
  return {
    row,
    chartKey,
    chartId: `chart-${slug(tile.id)}-${slug(row.id)}`,
    inline,
    chartOpen: inline && state.openCharts.has(chartKey),
    rules: rulesForMeasure(row.measure, settings.rules),
    chartRules: settings.rules && !row.measure.rules ? settings.rules : undefined,
    notes: rowNotes(row),
  };
}

export function rowNotes(row: MeasureSummaryRow): RowNote[] {
  const notes: RowNote[] = [];
  if (row.measure.unit) notes.push({ kind: 'unit' });
  if (row.mapping === 'crosswalk' && row.givenDomainId) {
    notes.push({ kind: 'mapped', domainId: row.givenDomainId });
  } else if (row.mapping === 'none') {
    notes.push(
      row.givenDomainId
        ? { kind: 'given-domain', domainId: row.givenDomainId }
        : { kind: 'no-domain' },
    );
  }
  if (row.problems.length > 0) {
    notes.push({ kind: 'not-analysed', reason: row.problems.map((p) => p.message).join('; ') });
  }
  return notes;
}

/** A domain id's domain: in this framework, else in any preset (`undefined`: show the id). */
export function domainOf(id: string, card: DomainScorecard): FrameworkDomain | undefined {
  const frameworks = [card.framework, ...Object.values(frameworkPresets)];
  for (const f of frameworks) {
    const domain = findDomain(f, id);
    if (domain) return domain;
  }
  return undefined;
}

/** Sorting a column again reverses it; another column starts ascending. */
export function nextSort(current: SortState | undefined, key: SummarySortKey): SortState {
  const direction: SummarySortDirection =
    current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending';
  return { key, direction };
}

/** Monthly data (dates on the 1st) is shown as month and year. */
export const isMonthly = (x: string): boolean => /^\d{4}-\d{2}-01$/.test(x);
