// Builds the no-build-step bundles into dist/cdn/: one self-contained ES module per element
// (its define entry with Lit and the SDK inside) and qms-kit.js, which defines every tag.
// Bundles come from the compiled dist/ (decorators already lowered by tsc).
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { defaultMinifyOptions, minifyHTMLLiterals } from '@literals/html-css-minifier';

const root = new URL('../', import.meta.url);
const defineDir = new URL('dist/define/', root);
const outdir = new URL('dist/cdn/', root).pathname;
const names = readdirSync(defineDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3))
  .sort();

/**
 * esbuild minifies code but not the markup inside Lit's html`` and css`` templates, which is a
 * large share of each bundle: minify it with a tool made for Lit templates. Whitespace between
 * tags collapses to one space rather than none, so inline text never runs together.
 */
const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(b) {
    const ours = new URL('dist/', root).pathname;
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(ours)) return undefined;
      const source = await readFile(args.path, 'utf8');
      const result = await minifyHTMLLiterals(source, {
        fileName: args.path,
        generateSourceMap: false,
        minifyOptions: {
          ...defaultMinifyOptions,
          conservativeCollapse: true,
          removeEmptyAttributes: false,
        },
      });
      return { contents: result?.code ?? source, loader: 'js' };
    });
  },
};

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
  plugins: [minifyTemplates],
});
console.log(`cdn: qms-kit.js and ${names.length} element bundle(s) in dist/cdn/`);
