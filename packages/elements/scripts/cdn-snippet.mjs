// Subresource Integrity for the CDN bundles. Writes dist/cdn/integrity.json (the sha384 hash of
// qms-kit.js and of each element bundle) and, with --write-readme, rewrites the pinned snippet
// between the cdn-snippet markers in README.md for the package's exact version and hash.
// Run by `build` (integrity.json only) and by `cdn:snippet` when versioning (README too).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const cdnDir = new URL('dist/cdn/', root);
const readmeUrl = new URL('README.md', root);
const start = '<!-- cdn-snippet:start -->';
const end = '<!-- cdn-snippet:end -->';

/** `sha384-<base64>` of a file's bytes, as the `integrity` attribute wants it. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The README block for one version and the hash of its qms-kit.js. */
export function snippet(name, version, hash) {
  return `${start}

Version ${version} from jsDelivr, pinned to that exact file by its integrity hash:

\`\`\`html
<script
  type="module"
  src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/cdn/qms-kit.js"
  integrity="${hash}"
  crossorigin="anonymous"
></script>
\`\`\`

Self-hosted: copy \`dist/cdn/qms-kit.js\` from the same version to the trust's own server, with
the version in the path. The file is the same, so is the hash:

\`\`\`html
<script
  type="module"
  src="/static/qms-kit/${version}/qms-kit.js"
  integrity="${hash}"
></script>
\`\`\`

The hashes of the one-element bundles (\`dist/cdn/<element>.js\`) are in
\`dist/cdn/integrity.json\`.

${end}`;
}

function main() {
  if (!existsSync(new URL('qms-kit.js', cdnDir))) {
    console.error('cdn-snippet: dist/cdn/qms-kit.js is missing; build the package first');
    process.exit(1);
  }
  const files = readdirSync(cdnDir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (a === 'qms-kit.js' ? -1 : b === 'qms-kit.js' ? 1 : a.localeCompare(b)));
  const integrity = Object.fromEntries(
    files.map((f) => [f, sri(readFileSync(new URL(f, cdnDir)))]),
  );
  writeFileSync(new URL('integrity.json', cdnDir), `${JSON.stringify(integrity, null, 2)}\n`);

  if (!process.argv.includes('--write-readme')) {
    console.log(`cdn: integrity.json for ${files.length} bundle(s)`);
    return;
  }
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const readme = readFileSync(readmeUrl, 'utf8');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`cdn-snippet: README.md has no ${start} … ${end} block`);
    process.exit(1);
  }
  const block = snippet(name, version, integrity['qms-kit.js']);
  writeFileSync(readmeUrl, readme.slice(0, from) + block + readme.slice(to + end.length));
  console.log(`cdn: README snippet for ${name}@${version} (${integrity['qms-kit.js']})`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
