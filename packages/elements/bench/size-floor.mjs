// `pnpm run size:floor` (after a build): what the content every element must carry weighs on its
// own, before any drawing or interaction code. Each entry is bundled and minified like the CDN
// bundles and printed with its gzip size, beside the size budgets it has to fit inside.
//   chart floor: Lit, reading a measure (zod/mini + readable problems), the SPC engine, its
//                plain-language descriptions and the chart's English and Welsh words;
//   kit floor:   Lit, reading a whole dataset, the SPC engine and every element's English and
//                Welsh words (not the demo's).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const lit = `import { LitElement, html } from 'lit';`;
const element = (body) =>
  `${lit}
   class Floor extends LitElement {
     static properties = { input: {} };
     render() { ${body} }
   }
   customElements.define('qms-size-floor', Floor);`;

const entries = {
  'chart floor (budget for all of spc-chart.js: 35 kB)': element(`
    const parsed = sdk.parseMeasureJson(this.input);
    if (!parsed.ok) return html\`\${parsed.problems.map((p) => p.message)}\`;
    const result = sdk.spcForMeasure(parsed.value);
    return html\`\${sdk.describeSpc(result, this.lang)} \${sdk.describePoint(result.points[0], result, this.lang)}
      \${JSON.stringify([sdk.commonMessages, sdk.elementsMessages, sdk.spcMessages, sdk.spcChartMessages])}\`;`),
  'kit floor (budget for all of qms-kit.js: 60 kB)': element(`
    const parsed = sdk.parseDatasetJson(this.input);
    if (!parsed.ok) return html\`\${parsed.problems.map((p) => p.message)}\`;
    return html\`\${parsed.value.measures.map((m) => sdk.describeSpc(sdk.spcForMeasure(m), this.lang))}
      \${JSON.stringify([sdk.commonMessages, sdk.elementsMessages, sdk.domainMessages, sdk.spcMessages,
        sdk.spcChartMessages, sdk.scorecardMessages, sdk.cycleWheelMessages,
        sdk.statementCardMessages, sdk.actionTrackerMessages, sdk.providerMessages])}\`;`),
};

console.log('content every bundle must carry, with no element code (minified, gzip -9)');
for (const [name, body] of Object.entries(entries)) {
  const result = await build({
    stdin: {
      contents: `import * as sdk from '@qms-kit/sdk';\n${body}`,
      resolveDir: new URL('.', import.meta.url).pathname,
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    conditions: ['production'],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `${name.padEnd(52)} ${kB(code.length).padStart(9)} min ${kB(gzipSync(code, { level: 9 }).length).padStart(8)} gzip`,
  );
}
