// Writes the SDK's sample dataset as the JSON files an intranet editor would publish next to a
// page (e2e/pages/sample/, git-ignored), so the no-build pages load real sample data by URL.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { sampleDataset } from '@qms-kit/sdk/sample';

export const sampleDir = new URL('../pages/sample/', import.meta.url);

const falls = sampleDataset.measures.find((m) => m.id === 'falls');
const statement = sampleDataset.statements.find((s) => s.id === 'cqc-safe-systems');
if (!falls || !statement) throw new Error('the SDK sample no longer has the falls measure');

/** What the pages show, for the assertions. */
export const sample = {
  dataset: sampleDataset,
  falls,
  statement,
  action: sampleDataset.actions[0]!,
};

export function writeSampleData(): void {
  mkdirSync(sampleDir, { recursive: true });
  const files: Record<string, unknown> = {
    'dataset.json': sampleDataset,
    'falls.json': falls,
    'statement.json': statement,
    'actions.json': { actions: sampleDataset.actions },
  };
  // Test files run in parallel: write beside, then rename, so a page never reads half a file.
  for (const [name, value] of Object.entries(files)) {
    const temp = new URL(`${name}.${process.pid}.tmp`, sampleDir);
    writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`);
    renameSync(temp, new URL(name, sampleDir));
  }
}
