import type { ReactiveControllerHost } from 'lit';
import type { Problem } from '@qms-kit/sdk';
import { ErrorReporter } from '../../internal/error-panel.js';
import type { LocalizeController, LocalizeHost } from '../../internal/localize.js';
import { PngExportError, downloadBlob } from '../export.js';

export interface ExportSource {
  /** The file name without its extension (the measure's id), or undefined when nothing is drawn. */
  fileName(): string | undefined;
  csv(): string;
  svg(): string;
  png(): Promise<Blob>;
}

/** The CSV, SVG and PNG downloads; a PNG the browser refuses is a problem shown, not thrown. */
export class ChartExport {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocalizeController;
  private readonly source: ExportSource;
  private readonly errors: ErrorReporter;
  private shownProblems: Problem[] = [];

  constructor(host: LocalizeHost, i18n: LocalizeController, source: ExportSource) {
    this.host = host;
    this.i18n = i18n;
    this.source = source;
    this.errors = new ErrorReporter(host);
  }

  /** Why the last PNG download failed (empty after a good one). */
  get problems(): readonly Problem[] {
    return this.shownProblems;
  }

  private setProblems(problems: Problem[]): void {
    if (problems === this.shownProblems) return;
    this.shownProblems = problems;
    this.host.requestUpdate();
  }

  readonly downloadCsv = (): void => {
    const name = this.source.fileName();
    if (name === undefined) return;
    downloadBlob(new Blob([this.source.csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };

  readonly downloadSvg = (): void => {
    const name = this.source.fileName();
    const text = this.source.svg();
    if (name === undefined || text === '') return;
    downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
  };

  readonly downloadPng = async (): Promise<void> => {
    const name = this.source.fileName();
    if (name === undefined || this.source.svg() === '') return;
    let png: Blob;
    try {
      png = await this.source.png();
    } catch (e) {
      // Never an unhandled rejection: the user is told why, and the SVG download still works.
      const blocked = e instanceof PngExportError && e.blocked;
      const reason = e instanceof Error ? e.message : String(e);
      this.setProblems([
        {
          where: this.i18n.t('spcChart.download.png'),
          message: blocked
            ? this.i18n.t('spcChart.problem.pngBlocked')
            : this.i18n.t('spcChart.problem.pngFailed', { reason }),
          lang: this.i18n.lang,
        },
      ]);
      this.errors.report(this.shownProblems, 'data');
      return;
    }
    this.setProblems([]);
    this.errors.clear();
    downloadBlob(png, `${name}.png`);
  };
}
