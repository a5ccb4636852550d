import {
  parseDatasetJson,
  parseMeasuresCsv,
  type Dataset,
  type Measure,
  type MessageKey,
  type Problem,
} from '@qms-kit/sdk';

/** The largest file the demo reads: far more than years of monthly data for many measures. */
export const MAX_BYTES = 5 * 1024 * 1024;

/**
 * A problem with a file, for the error list. `key` is one of the demo's own messages (shown in
 * the page's language); otherwise `problem` is the SDK's, whose message is in English.
 */
export type FileProblem =
  { key: MessageKey; params?: Record<string, string | number> } | { problem: Problem };

export type FileOutcome =
  | { ok: true; kind: 'csv'; file: string; measures: Measure[] }
  | { ok: true; kind: 'json'; file: string; dataset: Dataset }
  | { ok: false; file: string; problems: FileProblem[] };

function kindOf(file: File): 'csv' | 'json' | undefined {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return 'csv';
  if (name.endsWith('.json') || file.type === 'application/json') return 'json';
  return undefined;
}

/** Reads a CSV (long format) or a JSON dataset with the SDK's parsers; never throws. */
export async function readDataFile(files: readonly File[]): Promise<FileOutcome> {
  const file = files[0];
  if (!file || files.length !== 1) {
    return { ok: false, file: '', problems: [{ key: 'demo.upload.error.many' }] };
  }
  const fail = (...problems: FileProblem[]): FileOutcome => ({
    ok: false,
    file: file.name,
    problems,
  });
  const kind = kindOf(file);
  if (!kind) return fail({ key: 'demo.upload.error.type' });
  if (file.size > MAX_BYTES)
    return fail({ key: 'demo.upload.error.size', params: { size: '5 MB' } });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ key: 'demo.upload.error.read' });
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail({ key: 'demo.upload.error.empty' });

  if (kind === 'csv') {
    const parsed = parseMeasuresCsv(text);
    if (!parsed.ok) return fail(...parsed.problems.map((problem) => ({ problem })));
    if (parsed.value.length === 0) return fail({ key: 'demo.upload.error.noMeasures' });
    return { ok: true, kind, file: file.name, measures: parsed.value };
  }
  const parsed = parseDatasetJson(text);
  if (!parsed.ok) return fail(...parsed.problems.map((problem) => ({ problem })));
  return { ok: true, kind, file: file.name, dataset: parsed.value };
}
