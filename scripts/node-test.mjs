#!/usr/bin/env node
// Runs every *.test.ts below the given folders (or the given files) with node:test through tsx.
// Node 20's --test takes no globs, so the files are listed here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2);
const files = roots
  .flatMap((root) =>
    statSync(root).isFile()
      ? [root]
      : readdirSync(root, { recursive: true }).map((f) => join(root, String(f))),
  )
  .filter((f) => f.endsWith('.test.ts') && !f.includes('node_modules'))
  .sort();

if (files.length === 0) {
  console.error(`node-test: no *.test.ts files under ${roots.join(', ')}`);
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
