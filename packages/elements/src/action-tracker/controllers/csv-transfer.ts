import type { ReactiveController, ReactiveElement } from 'lit';
import {
  addAction,
  importActionsCsv,
  localisedString,
  type Action,
  type Problem,
} from '@qms-kit/sdk';
import type { LocalizeController } from '../../internal/localize.js';
import type { EditSession } from './edit-session.js';
import type { TrackerFocus } from './focus.js';

/** The result of `importCsv()`. */
export interface QmsActionImportOutcome {
  /** Actions added (each went through `qms-action-before-change` and was not vetoed). */
  added: Action[];
  /** Actions the host vetoed, with its reason. */
  refused: { action: Action; reason: string | undefined }[];
  /** Problems in the file; when there are any, nothing was imported. */
  problems: Problem[];
}

/** What the import report shows. */
export type ImportReport =
  | { kind: 'problems'; problems: Problem[] }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'done'; added: number; refused: { title: string; reason: string | undefined }[] };

export interface CsvTransferOptions {
  readonly i18n: LocalizeController;
  readonly focus: TrackerFocus;
  readonly session: EditSession;
  list(): Action[];
  idScope(): readonly Action[];
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** CSV out (the actions shown, as a download) and in (checked whole, then added one by one). */
export class CsvTransfer implements ReactiveController {
  report: ImportReport | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: CsvTransferOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private show(report: ImportReport | undefined): void {
    this.report = report;
    this.host.requestUpdate();
  }

  closeReport(): void {
    this.show(undefined);
  }

  /** Downloads `csv` as `filename`. */
  download(csv: string, filename: string): void {
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filename || 'actions.csv';
    link.hidden = true;
    this.host.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  import(text: string): QmsActionImportOutcome {
    const { i18n, session } = this.options;
    const result = importActionsCsv(text, this.options.idScope());
    if (!result.ok) {
      this.show({ kind: 'problems', problems: result.problems });
      return { added: [], refused: [], problems: result.problems };
    }
    const added: Action[] = [];
    const refused: QmsActionImportOutcome['refused'] = [];
    for (const action of result.value) {
      const list = addAction(this.options.list(), action);
      const outcome = list.ok
        ? session.commit('add', null, action, list.value)
        : { ok: false as const, reason: list.problems[0]?.message };
      if (outcome.ok) added.push(action);
      else refused.push({ action, reason: outcome.reason });
    }
    this.show({
      kind: 'done',
      added: added.length,
      refused: refused.map((r) => ({
        title: localisedString(r.action.title, i18n.lang),
        reason: r.reason,
      })),
    });
    this.options.focus.announce(i18n.plural('actionTracker.import.done', added.length));
    return { added, refused, problems: [] };
  }

  async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.show({ kind: 'unreadable', reason: reasonOf(e) });
      return;
    } finally {
      // So that importing the same file again (after fixing it) fires `change`.
      input.value = '';
    }
    this.import(text);
  }
}
