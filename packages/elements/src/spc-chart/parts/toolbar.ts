import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '@qms-kit/sdk';
import { renderErrorPanel } from '../../internal/error-panel.js';
import type { LocalizeController } from '../../internal/localize.js';

export interface ToolbarActions {
  toggleTable: () => void;
  downloadCsv: () => void;
  downloadSvg: () => void;
  downloadPng: () => void;
}

/** The data-table toggle and the CSV, SVG and PNG downloads, with any export problem. */
export function renderToolbar(
  i18n: LocalizeController,
  tableOpen: boolean,
  exportProblems: readonly Problem[],
  actions: ToolbarActions,
): TemplateResult {
  // Short visible labels (the format) inside fuller accessible names (WCAG 2.5.3).
  const download = (kind: 'csv' | 'svg' | 'png', handler: () => void) =>
    html`<button
      type="button"
      part="button"
      class="download-${kind}"
      aria-label=${i18n.t(`spcChart.download.${kind}`)}
      @click=${handler}
    >
      ${kind.toUpperCase()}
    </button>`;
  return html`<div
    class="toolbar"
    part="toolbar"
    role="group"
    aria-label=${i18n.t('spcChart.tools')}
  >
    <button
      type="button"
      part="button"
      class="table-toggle"
      aria-expanded=${tableOpen ? 'true' : 'false'}
      aria-controls="table-region"
      @click=${actions.toggleTable}
    >
      ${i18n.t(tableOpen ? 'spcChart.table.hide' : 'spcChart.table.show')}
    </button>
    <span class="downloads">
      <span aria-hidden="true">${i18n.t('spcChart.download')}</span>
      ${download('csv', actions.downloadCsv)} ${download('svg', actions.downloadSvg)}
      ${download('png', actions.downloadPng)}
    </span>
    ${
      exportProblems.length > 0
        ? renderErrorPanel(i18n, exportProblems, { compact: true })
        : nothing
    }
  </div>`;
}
