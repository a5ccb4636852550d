/** CSV text split into records, by one pass over the text. */
export interface CsvRecords {
  /** Each record's cells: quoted cells exactly as written between the quotes, others trimmed. */
  records: string[][];
  /** The 0-based record whose quoted cell is never closed (it runs to the end of the text). */
  unclosed?: number;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Reads RFC 4180 CSV (comma-separated; `\n`, `\r\n` or `\r` between records; `""` for a quote
 * inside quotes) in time linear in the text. A quoted cell is kept byte for byte (`" Ann "` stays
 * `" Ann "`), as d3-dsv keeps it (the oracle in a property test); spaces around an unquoted cell
 * carry no meaning and go, and a quote never closed is reported rather than read as the rest.
 * Text after a closing quote up to the next comma is kept, as spreadsheets do.
 */
export function readCsvRecords(text: string): CsvRecords {
  const records: string[][] = [];
  let cells: string[] = [];
  let unclosed: number | undefined;
  let i = 0;
  const n = text.length;
  const endRecord = () => {
    records.push(cells);
    cells = [];
  };
  while (i < n) {
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted cell: collect the pieces between doubled quotes, then join once.
      const parts: string[] = [];
      let start = i + 1;
      let j = start;
      let closed = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c !== QUOTE) {
          j++;
          continue;
        }
        if (text.charCodeAt(j + 1) === QUOTE) {
          parts.push(text.slice(start, j + 1));
          j += 2;
          start = j;
          continue;
        }
        closed = true;
        break;
      }
      parts.push(text.slice(start, j));
      if (!closed) {
        unclosed ??= records.length;
        cells.push(parts.join(''));
        i = n;
        break;
      }
      // Anything between the closing quote and the next separator belongs to the same cell.
      let k = j + 1;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === COMMA || c === LF || c === CR) break;
        k++;
      }
      if (k > j + 1) parts.push(text.slice(j + 1, k));
      cells.push(parts.join(''));
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === COMMA || c === LF || c === CR) break;
        k++;
      }
      cells.push(text.slice(i, k).trim());
      i = k;
    }
    // `i` is at a separator or the end.
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      // A comma at the very end leaves one more, empty, cell.
      if (i >= n) cells.push('');
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
  }
  if (cells.length > 0) endRecord();
  return unclosed === undefined ? { records } : { records, unclosed };
}
