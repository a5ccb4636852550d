#!/usr/bin/env node
// `pnpm release:dry`: what a release would publish, without publishing. Shows `changeset status`,
// packs every publishable workspace package with `pnpm pack` into a temporary folder, lists each
// tarball's files and sizes, and checks the contents. Exits 1 on any problem. Build first
// (`pnpm build`): this packs what is in dist/. `--summary` skips the file lists; `--keep` keeps
// the tarballs.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const problems = [];

// --- 1. What changesets would release -------------------------------------------------------
console.log('== changeset status');
const status = spawnSync('pnpm', ['exec', 'changeset', 'status', '--verbose'], {
  cwd: root,
  stdio: 'inherit',
});
if (status.status !== 0) problems.push(`changeset status exited with ${status.status}`);

// --- 2. Pack every publishable package --------------------------------------------------------
const packagesDir = join(root, 'packages');
const packages = readdirSync(packagesDir)
  .map((name) => join(packagesDir, name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private)
  .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));

const out = mkdtempSync(join(tmpdir(), 'qms-kit-release-'));
const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

/** The files of a .tgz as { path (without "package/"), size, text() }, read with no tar binary. */
function readTarball(file) {
  const data = gunzipSync(readFileSync(file));
  const files = [];
  let longName = null;
  for (let offset = 0; offset + 512 <= data.length;) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const body = data.subarray(offset + 512, offset + 512 + size);
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = null;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '\0') {
      name = name.replace(/^package\//, '');
      files.push({ path: name, size, body, text: () => body.toString('utf8') });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file path an `exports` map (or a plain string) points at. */
function exportTargets(exports) {
  if (typeof exports === 'string') return [exports];
  if (!exports || typeof exports !== 'object') return [];
  return Object.values(exports).flatMap(exportTargets);
}

// Test code, fixtures, benchmarks and build caches have no place in a published package.
const notForPublishing = [
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/\.(test|spec)\.d\.[cm]?ts$/, 'a test declaration'],
  [/(^|\/)(test|tests|__tests__|e2e)\//, 'a test folder'],
  [/(^|\/)fixtures?\//, 'a fixture'],
  [/(^|\/)bench\//, 'a benchmark'],
  [/\.tsbuildinfo$/, 'a TypeScript build cache'],
  [/(^|\/)\.(turbo|env)/, 'a local file'],
];

// Files each package must ship, beyond the ones its package.json points at.
const required = {
  '@qms-kit/elements': ['custom-elements.json', 'dist/cdn/qms-kit.js'],
};

const summary = [];
for (const { dir, manifest } of packages) {
  const { name, version } = manifest;
  console.log(`\n== ${name}@${version}`);
  const before = new Set(readdirSync(out));
  execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: dir, stdio: 'ignore' });
  const tarball = readdirSync(out).find((f) => f.endsWith('.tgz') && !before.has(f));
  if (!tarball) {
    problems.push(`${name}: pnpm pack made no tarball`);
    continue;
  }
  const tarPath = join(out, tarball);
  const files = readTarball(tarPath);
  const paths = new Set(files.map((f) => f.path));
  const packed = readFileSync(tarPath).length;
  const unpacked = files.reduce((sum, f) => sum + f.size, 0);
  if (!args.has('--summary')) {
    for (const f of files) console.log(`  ${kB(f.size).padStart(10)}  ${f.path}`);
  }
  console.log(
    `  ${tarball}: ${files.length} files, ${kB(packed)} packed, ${kB(unpacked)} unpacked`,
  );
  summary.push({ name, tarball, files: files.length, packed, unpacked });

  const problem = (text) => problems.push(`${name}: ${text}`);
  if (![...paths].some((p) => p.startsWith('dist/'))) problem('no dist/ (run pnpm build first)');
  for (const file of ['package.json', 'README.md', 'LICENSE']) {
    if (!paths.has(file)) problem(`no ${file}`);
  }
  const license = files.find((f) => f.path === 'LICENSE');
  if (license && license.text() !== rootLicense) problem('LICENSE differs from the root LICENSE');
  for (const file of required[name] ?? []) if (!paths.has(file)) problem(`no ${file}`);
  for (const f of files) {
    const hit = notForPublishing.find(([pattern]) => pattern.test(f.path));
    if (hit) problem(`ships ${hit[1]}: ${f.path}`);
  }

  // Everything the manifest points at must be in the tarball (wildcards: at least one match).
  const packedManifest = JSON.parse(files.find((f) => f.path === 'package.json')?.text() ?? '{}');
  const targets = [
    packedManifest.main,
    packedManifest.types,
    packedManifest.customElements,
    ...exportTargets(packedManifest.exports),
  ].filter(Boolean);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    const found = path.includes('*')
      ? [...paths].some((p) =>
          new RegExp(
            `^${path
              .split('*')
              .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('[^/]+')}$`,
          ).test(p),
        )
      : paths.has(path);
    if (!found) problem(`package.json points at ${target}, which is not in the tarball`);
  }
  // The README's CDN snippet must name this version and the hash of the bundle being packed,
  // or every page that pastes it refuses the file (`pnpm --filter <name> cdn:snippet` fixes it).
  const bundle = files.find((f) => f.path === 'dist/cdn/qms-kit.js');
  const readme = files.find((f) => f.path === 'README.md')?.text() ?? '';
  if (bundle && readme.includes('cdn-snippet:start')) {
    const hash = `sha384-${createHash('sha384').update(bundle.body).digest('base64')}`;
    if (!readme.includes(`@${version}/dist/cdn/qms-kit.js`) || !readme.includes(hash)) {
      problem(`README's CDN snippet is not for ${version} and ${hash}: run cdn:snippet`);
    }
  }
  // pnpm pack swaps workspace: ranges for versions; one left behind would break installs.
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(packedManifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problem(`${field}.${dep} is still ${range}`);
    }
  }
}

console.log('\n== tarballs');
for (const s of summary) {
  console.log(
    `  ${s.tarball.padEnd(34)} ${String(s.files).padStart(4)} files  ${kB(s.packed).padStart(10)} packed  ${kB(s.unpacked).padStart(10)} unpacked`,
  );
}
if (args.has('--keep')) console.log(`  kept in ${out}`);
else rmSync(out, { recursive: true, force: true });

if (problems.length > 0) {
  console.log(`\n== ${problems.length} problem(s)`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exit(1);
}
console.log('\n== release dry run: ok (nothing was published)');
