// Builds the no-build-step bundles into dist/cdn/: one self-contained ES module per element
// (its define entry with Lit and the SDK inside) and qms-kit.js, which defines every tag.
// Bundles come from the compiled dist/ (decorators already lowered by tsc).
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const defineDir = new URL('dist/define/', root);
const outdir = new URL('dist/cdn/', root).pathname;
const names = readdirSync(defineDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();

mkdirSync(outdir, { recursive: true });
const allEntry = new URL('dist/cdn-entry.js', root).pathname;
writeFileSync(
  allEntry,
  '// Defines every qms-kit element: the entry of dist/cdn/qms-kit.js.\n' +
    names.map((n) => `import './define/${n}.js';`).join('\n') +
    "\nexport * from './index.js';\n",
);

const { version } = JSON.parse(
  (await import('node:fs')).readFileSync(new URL('package.json', root), 'utf8'),
);
await build({
  entryPoints: [
    { in: allEntry, out: 'qms-kit' },
    ...names.map((n) => ({ in: new URL(`${n}.js`, defineDir).pathname, out: n })),
  ],
  outdir,
  bundle: true,
  splitting: false,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  legalComments: 'eof',
  banner: { js: `/*! qms-kit ${version} | MIT */` },
  // Lit's dev-mode warnings are for development builds only.
  conditions: ['production'],
  logLevel: 'warning',
});
console.log(`cdn: qms-kit.js and ${names.length} element bundle(s) in dist/cdn/`);
