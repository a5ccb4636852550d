import { expect } from '@open-wc/testing';
import {
  concernFirst,
  getFramework,
  summariseByDomain,
  type DomainSummary,
  type Measure,
  type MeasureSummaryRow,
} from '@qms-kit/sdk';
import { sampleMeasures } from '@qms-kit/sdk/sample';
import {
  ASSURANCE_ICON,
  COLUMNS,
  domainOf,
  isMonthly,
  nextSort,
  orderTiles,
  rowNotes,
  rowView,
  scorecardBands,
  slug,
  tableView,
  tileCounts,
  tileView,
  type Settings,
  type SortState,
  type ViewState,
} from './view.js';

const steeep = getFramework('steeep');
const plain = (r: MeasureSummaryRow) => {
  const n = r.measure.name;
  return typeof n === 'string' ? n : (Object.values(n)[0] ?? '');
};

function state(extra: Partial<ViewState> = {}, settings: Partial<Settings> = {}): ViewState {
  return {
    settings: {
      framework: steeep,
      rules: undefined,
      order: 'concern-first',
      detail: 'host',
      ...settings,
    },
    expanded: [],
    sorts: new Map<string, SortState>(),
    openCharts: new Set<string>(),
    name: plain,
    locale: 'en-GB',
    ...extra,
  };
}

const card = summariseByDomain(sampleMeasures, 'steeep');
const withRows = (tiles: DomainSummary[]) => tiles.find((t) => t.rows.length > 0)!;

describe('scorecard view', () => {
  describe('scorecardBands', () => {
    it('keeps only bands with tiles, numbered in the order shown', () => {
      const bands = scorecardBands(card, state());
      const expected = [
        ['framework.kind.domain', card.domains.length > 0],
        ['framework.kind.enabler', card.enablers.length > 0],
        ['scorecard.band.unassigned', card.unassigned.rows.length > 0],
      ].filter(([, shown]) => shown);
      expect(bands.map((b) => b.title)).to.deep.equal(expected.map(([key]) => key));
      expect(bands.map((b) => b.id)).to.deep.equal(bands.map((_, i) => `band-${i}`));
      for (const band of bands) expect(band.kind).to.equal(band.tiles[0]?.tile.kind);
    });

    it('orders tiles concern-first by the SDK rule, or as the framework lists them', () => {
      const first = scorecardBands(card, state())[0]!;
      expect(first.tiles.map((t) => t.tile.id)).to.deep.equal(
        concernFirst(card.domains).map((t) => t.id),
      );
      const framework = scorecardBands(card, state({}, { order: 'framework' }))[0]!;
      expect(framework.tiles.map((t) => t.tile.id)).to.deep.equal(card.domains.map((t) => t.id));
      expect(orderTiles(card.domains, 'framework')).to.equal(card.domains);
    });

    it('shows the unassigned band only when it has measures', () => {
      const none = summariseByDomain(
        sampleMeasures.filter((m) => m.domain && steeep.domains.some((d) => d.id === m.domain)),
        'steeep',
      );
      const titles = scorecardBands(none, state()).map((b) => b.title);
      expect(titles).to.not.include('scorecard.band.unassigned');
    });
  });

  describe('tileView', () => {
    it('opens a tile only when it is expanded and has measures, and only then builds its table', () => {
      const tile = withRows(card.domains);
      const empty = card.domains.find((t) => t.rows.length === 0);
      expect(tileView(tile, state()).open).to.equal(false);
      expect(tileView(tile, state()).table).to.equal(undefined);
      const open = tileView(tile, state({ expanded: [tile.id] }));
      expect(open.open).to.equal(true);
      expect(open.table?.rows.map((r) => r.row.id)).to.deep.equal(tile.rows.map((r) => r.id));
      if (empty) expect(tileView(empty, state({ expanded: [empty.id] })).open).to.equal(false);
      expect(open.panelId).to.equal(`panel-${slug(tile.id)}`);
      expect(open.flagged).to.equal(tile.concern || tile.failing);
    });
  });

  describe('tileCounts', () => {
    it('lists the non-zero groups, adding up to the tile’s measures', () => {
      for (const tile of [...card.domains, card.unassigned]) {
        const { variation, assurance } = tileCounts(tile);
        const sum = (list: { count: number }[]) => list.reduce((a, c) => a + c.count, 0);
        expect(sum(variation)).to.equal(tile.rows.length);
        expect(sum(assurance)).to.equal(tile.rows.length);
        for (const c of [...variation, ...assurance]) expect(c.count).to.be.greaterThan(0);
        for (const c of variation) {
          expect(c.icon).to.equal(tile.rows.find((r) => r.variationGroup === c.group)?.variation);
        }
        for (const c of assurance) expect(c.icon).to.equal(ASSURANCE_ICON[c.group as 'fail']);
      }
    });
  });

  describe('tableView', () => {
    it('marks the sorted column and sorts the rows', () => {
      const tile = card.domains.reduce((a, t) => (t.rows.length > a.rows.length ? t : a));
      const sorts = new Map([[tile.id, { key: 'name', direction: 'descending' } as SortState]]);
      const view = tableView(tile, state({ sorts }));
      expect(view.headers.map((h) => h.key)).to.deep.equal(COLUMNS);
      expect(view.headers.filter((h) => h.active).map((h) => h.key)).to.deep.equal(['name']);
      expect(view.headers.find((h) => h.key === 'name')?.direction).to.equal('descending');
      expect(view.headers.find((h) => h.key === 'latest')?.direction).to.equal(undefined);
      expect(view.headers.filter((h) => !h.numeric).map((h) => h.key)).to.deep.equal([
        'name',
        'variation',
        'assurance',
      ]);
      const names = view.rows.map((r) => plain(r.row));
      expect(names).to.deep.equal([...names].sort((a, b) => b.localeCompare(a, 'en-GB')));
      expect(view.captionId).to.equal(`caption-${slug(tile.id)}`);
    });
  });

  describe('rowView', () => {
    const tile = withRows(card.domains);
    const row = tile.rows[0]!;

    it('passes the element’s preset to the inline chart only when the measure sets none', () => {
      const own: MeasureSummaryRow = { ...row, measure: { ...row.measure, rules: 'nhsr' } };
      const bare: MeasureSummaryRow = { ...row, measure: { ...row.measure, rules: undefined } };
      const s = state({}, { rules: 'qic' });
      expect(rowView(own, tile, s).chartRules).to.equal(undefined);
      expect(rowView(own, tile, s).rules).to.equal('nhsr');
      expect(rowView(bare, tile, s).chartRules).to.equal('qic');
      expect(rowView(bare, tile, s).rules).to.equal('qic');
      expect(rowView(bare, tile, state()).rules).to.equal('mdc');
    });

    it('opens a chart only in inline mode, keyed by tile and measure', () => {
      const key = `${tile.id}/${row.id}`;
      const open = new Set([key]);
      expect(rowView(row, tile, state({ openCharts: open })).chartOpen).to.equal(false);
      const inline = rowView(row, tile, state({ openCharts: open }, { detail: 'inline' }));
      expect(inline.chartOpen).to.equal(true);
      expect(inline.inline).to.equal(true);
      expect(inline.chartKey).to.equal(key);
      expect(inline.chartId).to.equal(`chart-${slug(tile.id)}-${slug(row.id)}`);
    });
  });

  describe('rowNotes', () => {
    const row = withRows(card.domains).rows[0]!;
    const measure = (extra: Partial<Measure>): Measure => ({ ...row.measure, ...extra });

    it('names the unit, how the domain was placed and why a measure was not analysed', () => {
      expect(
        rowNotes({ ...row, measure: measure({ unit: 'per 1,000' }), mapping: 'direct' }),
      ).to.deep.equal([{ kind: 'unit' }]);
      expect(
        rowNotes({
          ...row,
          measure: measure({ unit: undefined }),
          mapping: 'crosswalk',
          givenDomainId: 'safe',
        }),
      ).to.deep.equal([{ kind: 'mapped', domainId: 'safe' }]);
      expect(
        rowNotes({
          ...row,
          measure: measure({ unit: undefined }),
          mapping: 'none',
          givenDomainId: 'x',
        }),
      ).to.deep.equal([{ kind: 'given-domain', domainId: 'x' }]);
      expect(
        rowNotes({
          ...row,
          measure: measure({ unit: undefined }),
          mapping: 'none',
          givenDomainId: undefined,
          problems: [
            { where: 'data', message: 'a' },
            { where: 'data', message: 'b' },
          ] as MeasureSummaryRow['problems'],
        }),
      ).to.deep.equal([{ kind: 'no-domain' }, { kind: 'not-analysed', reason: 'a; b' }]);
    });
  });

  it('domainOf finds a domain in this framework, else in any preset', () => {
    expect(domainOf('safe', card)?.id).to.equal('safe');
    const cqc = getFramework('cqc-5kq');
    const other = cqc.domains.find((d) => !steeep.domains.some((s) => s.id === d.id))!;
    expect(domainOf(other.id, card)?.id).to.equal(other.id);
    expect(domainOf('no-such-domain', card)).to.equal(undefined);
  });

  it('nextSort reverses the same column and starts another ascending', () => {
    expect(nextSort(undefined, 'name')).to.deep.equal({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name').direction).to.equal(
      'descending',
    );
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name').direction).to.equal(
      'ascending',
    );
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'mean')).to.deep.equal({
      key: 'mean',
      direction: 'ascending',
    });
  });

  it('slug and isMonthly', () => {
    expect(slug('a b/c-d_e')).to.equal('a_b_c-d_e');
    expect(isMonthly('2024-03-01')).to.equal(true);
    expect(isMonthly('2024-03-02')).to.equal(false);
  });
});
