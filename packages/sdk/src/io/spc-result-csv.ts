import type { SpcResult, SpcX } from '../spc/types.js';
import { formatCsv } from './csv-format.js';

/** Columns of an SPC result's CSV: machine-readable names, one row per point. */
export const SPC_CSV_COLUMNS = [
  'date',
  'value',
  'denominator',
  'centre',
  'lower_limit',
  'upper_limit',
  'lower_2_sigma',
  'upper_2_sigma',
  'partition',
  'excluded',
  'type',
  'side',
  'signals',
  'note',
] as const;

export interface SpcResultCsvOptions {
  /** `notes[i]` is written in the note column of point i. */
  notes?: readonly (string | undefined)[];
  /** Start with a byte-order mark so Excel reads Welsh letters as UTF-8. Default true. */
  bom?: boolean;
}

const numberCell = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);

function dateCell(x: SpcX): string {
  if (x instanceof Date) return Number.isNaN(x.getTime()) ? '' : x.toISOString();
  return typeof x === 'number' ? numberCell(x) : x;
}

/**
 * Every point of an SPC result as CSV (CRLF line ends, RFC 4180), with its limits and signals;
 * written by `formatCsv`, so text a spreadsheet would run as a formula is defused.
 */
export function spcResultCsv(result: SpcResult, options: SpcResultCsvOptions = {}): string {
  const notes = options.notes ?? [];
  const rows: string[][] = [[...SPC_CSV_COLUMNS]];
  const points = result.points;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p === undefined) continue;
    rows.push([
      dateCell(p.x),
      numberCell(p.y),
      numberCell(p.n),
      numberCell(p.centre),
      numberCell(p.lower),
      numberCell(p.upper),
      numberCell(p.lowerNear),
      numberCell(p.upperNear),
      String(p.partition + 1),
      p.ghost ? 'true' : 'false',
      p.type,
      p.side ?? '',
      p.signals.join(';'),
      notes[i] ?? '',
    ]);
  }
  return formatCsv(rows, { bom: options.bom ?? true, newline: '\r\n', finalNewline: true });
}
