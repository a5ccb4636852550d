import { html, render } from 'lit';
import { spcForMeasure, formatNumber, type Measure } from '@qms-kit/sdk';
import { sampleDataset } from '@qms-kit/sdk/sample';
import '@qms-kit/elements/define/spc-icon.js';

// The ward-to-board dashboard grows here as elements land; today: the board summary table
// (IQPR style) of the sample measures, each with its Making Data Count icons.
const lang = document.documentElement.lang || 'en';
const text = (t: Measure['name']): string => (typeof t === 'string' ? t : (t[lang] ?? t.en ?? ''));

const rows = sampleDataset.measures.map((measure) => {
  const result = spcForMeasure(measure);
  const last = result.points.at(-1);
  return html`<tr>
    <th scope="row">${text(measure.name)}</th>
    <td class="num">
      ${last ? formatNumber(lang, last.y ?? NaN, { maximumFractionDigits: 2 }) : '–'}
    </td>
    <td class="num">${measure.target === undefined ? '–' : formatNumber(lang, measure.target)}</td>
    <td><qms-spc-icon kind="variation" value=${result.variation}></qms-spc-icon></td>
    <td>
      ${
        result.assurance
          ? html`<qms-spc-icon kind="assurance" value=${result.assurance}></qms-spc-icon>`
          : '–'
      }
    </td>
  </tr>`;
});

const app = document.getElementById('app');
if (app) {
  render(
    html`<table>
      <caption>
        Board summary: latest value and variation for each measure
      </caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Latest</th>
          <th scope="col">Target</th>
          <th scope="col">Variation</th>
          <th scope="col">Assurance</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`,
    app,
  );
}
