import { html, nothing, render, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  filterDatasetBySelection,
  findDomain,
  getFramework,
  normaliseSelection,
  sameSelection,
  UNASSIGNED_DOMAIN,
  type Action,
  type ActionsBase,
  type Dataset,
  type LocalisedText,
  type Measure,
  type QmsSelection,
} from '@qms-kit/sdk';
import type {
  QmsActionChangeEvent,
  QmsCycleWheel,
  QmsDatasetChangeEvent,
  QmsProvider,
  QmsSelectionChangeEvent,
  QmsSteeepScorecard,
} from '@qms-kit/elements';
import { isDemoLang, LANGS, words, type DemoLang, type Words } from './i18n.js';
import type { DemoStore } from './persistence.js';
import { readDataFile, type FileOutcome, type FileProblem } from './upload.js';

export type Theme = 'nhs' | 'high-contrast' | 'vendor';
export const THEMES: readonly Theme[] = ['nhs', 'high-contrast', 'vendor'];
const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

/** Due and review dates of the synthetic sample are judged as at this day (its data ends in March 2025). */
export const SAMPLE_TODAY = '2025-04-15';

type UploadState =
  | { status: 'idle' }
  | { status: 'reading'; file: string }
  | { status: 'ok'; kind: 'csv' | 'json'; file: string }
  | { status: 'error'; file: string; problems: FileProblem[] };

type StorageState = 'kept' | 'unavailable' | 'save-failed' | 'load-failed' | 'conflict';

interface State {
  lang: DemoLang;
  theme: Theme;
  /** What the provider was given (sample, saved or uploaded dataset). */
  source: Dataset;
  /** The provider's dataset, with the user's edits. */
  dataset: Dataset;
  selection: QmsSelection;
  /** Actions added while this selection was active: kept in view even if the filter drops them. */
  pinned: ReadonlySet<string>;
  yourData: Measure[];
  upload: UploadState;
  dragging: boolean;
  storage: StorageState;
  /** What the shown actions were read as: the base their next save is merged against. */
  actionsBase: ActionsBase | undefined;
  /** Actions another tab changed while this one changed them too: the change here is unsaved. */
  conflict: string[];
  announcement: string;
}

/** The records the page shows for a selection (memoised, so elements get stable arrays). */
interface View {
  measures: Measure[];
  statementsShown: Dataset['statements'];
  actions: Action[];
  /** Measures the chart may show: the selection without its measure. */
  chartChoices: Measure[];
  chartMeasure: Measure | undefined;
}

const PREFS_KEY = 'qms-kit-demo/preferences';

function readPreferences(): { lang?: DemoLang; theme?: Theme } {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    const { lang, theme } = raw as Record<string, unknown>;
    return { lang: isDemoLang(lang) ? lang : undefined, theme: isTheme(theme) ? theme : undefined };
  } catch {
    return {};
  }
}

function writePreferences(lang: DemoLang, theme: Theme): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ lang, theme }));
  } catch {
    // Preferences are a convenience: without storage they last until the page is left.
  }
}

export interface DemoOptions {
  root: HTMLElement;
  sample: Dataset;
  store: DemoStore;
}

/** The ward-to-board dashboard: state, rendering and the wiring between the elements. */
export class DemoApp {
  private readonly root: HTMLElement;
  private readonly sample: Dataset;
  private readonly store: DemoStore;
  private state: State;
  private scheduled = false;
  private view: { key: unknown[]; value: View } | undefined;
  private focusAfterRender: string | undefined;

  private readonly provider = createRef<QmsProvider>();
  private readonly scorecard = createRef<QmsSteeepScorecard>();
  private readonly wheel = createRef<QmsCycleWheel>();

  constructor({ root, sample, store }: DemoOptions) {
    this.root = root;
    this.sample = sample;
    this.store = store;
    const prefs = readPreferences();
    const htmlLang = document.documentElement.lang;
    this.state = {
      lang: prefs.lang ?? (isDemoLang(htmlLang) ? htmlLang : 'en'),
      theme: prefs.theme ?? 'nhs',
      source: sample,
      dataset: sample,
      selection: {},
      pinned: new Set(),
      yourData: [],
      upload: { status: 'idle' },
      dragging: false,
      storage: 'kept',
      actionsBase: undefined,
      conflict: [],
      announcement: '',
    };
  }

  /** Reads the saved edits, then draws the dashboard. */
  async start(): Promise<void> {
    this.applyDocumentSettings();
    const saved = await this.store.load(this.sample);
    const storage: StorageState = !saved.available
      ? 'unavailable'
      : saved.problems.length > 0
        ? 'load-failed'
        : 'kept';
    if (saved.problems.length > 0)
      console.warn('qms-kit demo: saved edits ignored', saved.problems);
    const dataset = saved.dataset ?? this.sample;
    this.set({
      source: dataset,
      dataset,
      yourData: saved.yourData ?? [],
      storage,
      actionsBase: saved.actionsBase,
    });
    // Another tab saved actions: show them, unless this tab holds a change of its own unsaved.
    if (storage !== 'unavailable') {
      this.store.onActionsChange(() => {
        if (this.state.conflict.length === 0) void this.refreshActions(true);
      });
    }
    this.root.removeAttribute('aria-busy');
  }

  /** Reads the saved actions again and shows them (and any other tab's changes) in every element. */
  private async refreshActions(announce: boolean, settling = false): Promise<void> {
    const shown = this.state.dataset;
    const latest = await this.store.readActions(this.sample.actions);
    // A change made here meanwhile is saved after this read: read again rather than hide it.
    // A conflict found meanwhile keeps the user's change on screen until they settle it.
    if (!settling && this.state.conflict.length > 0) return;
    if (this.state.dataset !== shown) return this.refreshActions(announce, settling);
    if (!latest) {
      this.set({ storage: 'load-failed' });
      return;
    }
    // A fresh object makes the provider start again from it; the tab's other edits are in it.
    const dataset = { ...this.state.dataset, actions: latest.actions };
    this.set({ source: dataset, dataset, actionsBase: latest.base, conflict: [], storage: 'kept' });
    if (announce) this.announce(words(this.state.lang).t('demo.storage.refreshed'));
  }

  /** Settles a conflict: keep this tab's version of the actions, or the other tab's. */
  private async settleConflict(keep: 'keep-mine' | 'keep-theirs'): Promise<void> {
    const { dataset, actionsBase } = this.state;
    const saved = await this.store.saveActions(dataset.actions, actionsBase, keep);
    if (saved.status !== 'saved') {
      this.set({ storage: saved.status === 'conflict' ? 'conflict' : 'save-failed' });
      return;
    }
    await this.refreshActions(false, true);
    this.focusAfterRender = '#storage-heading';
  }

  // ---- state ---------------------------------------------------------------------------------

  private set(patch: Partial<State>): void {
    this.state = { ...this.state, ...patch };
    if (this.scheduled) return;
    this.scheduled = true;
    // Several events arrive together (a child's change, then the provider's): draw once after all.
    queueMicrotask(() => {
      this.scheduled = false;
      this.draw();
    });
  }

  private announce(message: string): void {
    // Clearing first makes a repeated message be announced again.
    this.state = { ...this.state, announcement: '' };
    this.draw();
    this.set({ announcement: message });
  }

  private setSelection(next: QmsSelection): void {
    const selection = normaliseSelection(next);
    if (sameSelection(selection, this.state.selection)) return;
    this.set({ selection, pinned: new Set() });
  }

  private derive(): View {
    const { dataset, selection, pinned } = this.state;
    const key = [dataset, selection, pinned];
    if (this.view && this.view.key.every((k, i) => k === key[i])) return this.view.value;
    const picked = filterDatasetBySelection(dataset, selection);
    const kept = new Set(picked.actions);
    const actions = dataset.actions.filter((a) => kept.has(a) || pinned.has(a.id));
    const chartChoices = filterDatasetBySelection(dataset, {
      ...selection,
      measure: undefined,
    }).measures;
    const selected = dataset.measures.find((m) => m.id === selection.measure);
    if (selected && !chartChoices.includes(selected)) chartChoices.unshift(selected);
    const value: View = {
      measures: picked.measures,
      statementsShown: picked.statements,
      actions,
      chartChoices,
      chartMeasure: selected ?? chartChoices[0],
    };
    this.view = { key, value };
    return value;
  }

  private get today(): string | undefined {
    return this.state.dataset.synthetic ? SAMPLE_TODAY : undefined;
  }

  // ---- events --------------------------------------------------------------------------------

  private readonly onSelectionChange = (e: QmsSelectionChangeEvent): void => {
    this.setSelection(e.detail);
  };

  private readonly onDatasetChange = (e: QmsDatasetChangeEvent): void => {
    const { dataset, cause } = e.detail;
    this.set({ dataset });
    void this.persist(dataset, cause === 'action');
  };

  private readonly onActionChange = (e: QmsActionChangeEvent): void => {
    const added = e.detail.kind === 'add' ? e.detail.after : null;
    if (added) this.set({ pinned: new Set([...this.state.pinned, added.id]) });
  };

  private async persist(dataset: Dataset, actionsToo: boolean): Promise<void> {
    if (this.state.storage === 'unavailable') return;
    const [datasetSaved, actionsSaved] = await Promise.all([
      this.store.saveDataset(dataset),
      actionsToo
        ? this.store.saveActions(dataset.actions, this.state.actionsBase)
        : Promise.resolve(undefined),
    ]);
    if (actionsSaved?.status === 'conflict') {
      // The change stays on screen, unsaved, until the user says whose version to keep.
      this.focusAfterRender = '#storage-conflict';
      this.set({ storage: 'conflict', conflict: actionsSaved.actions });
    } else if (!datasetSaved || actionsSaved?.status === 'failed') {
      this.set({ storage: 'save-failed' });
    } else if (actionsSaved?.status === 'saved' && this.state.conflict.length > 0) {
      // The conflicting change was undone by hand: nothing is unsaved any more.
      this.set({ storage: 'kept', conflict: [] });
    } else if (this.state.storage !== 'kept' && this.state.conflict.length === 0) {
      this.set({ storage: 'kept' });
    }
  }

  private setLang(lang: DemoLang): void {
    if (lang === this.state.lang) return;
    this.set({ lang });
    writePreferences(lang, this.state.theme);
  }

  private setTheme(theme: Theme): void {
    this.set({ theme });
    writePreferences(this.state.lang, theme);
  }

  private clearSelection(announce = true): void {
    const provider = this.provider.value;
    if (provider) provider.selection = {};
    const scorecard = this.scorecard.value;
    if (scorecard) scorecard.expanded = [];
    const wheel = this.wheel.value;
    if (wheel) wheel.selected = undefined;
    this.setSelection({});
    if (announce) this.announce(words(this.state.lang).t('demo.selectionCleared'));
  }

  private chooseMeasure(id: string): void {
    const next = normaliseSelection({ ...this.state.selection, measure: id });
    const provider = this.provider.value;
    if (provider) provider.selection = next;
    this.setSelection(next);
  }

  private async resetToSample(): Promise<void> {
    const w = words(this.state.lang);
    const unavailable = this.state.storage === 'unavailable';
    const cleared = unavailable || (await this.store.clear());
    const latest = unavailable ? undefined : await this.store.readActions(this.sample.actions);
    this.clearSelection(false);
    // A fresh object makes the provider start again from the sample.
    const dataset = { ...this.sample };
    this.set({
      source: dataset,
      dataset,
      yourData: [],
      upload: { status: 'idle' },
      actionsBase: latest?.base,
      conflict: [],
      storage: unavailable ? 'unavailable' : cleared ? 'kept' : 'save-failed',
    });
    this.announce(w.t('demo.reset.done'));
  }

  private async useFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.set({ upload: { status: 'reading', file: files[0]?.name ?? '' } });
    const outcome: FileOutcome = await readDataFile(files);
    if (!outcome.ok) {
      this.focusAfterRender = '#upload-errors';
      this.set({ upload: { status: 'error', file: outcome.file, problems: outcome.problems } });
      return;
    }
    if (outcome.kind === 'csv') {
      this.set({ yourData: outcome.measures });
      if (this.state.storage !== 'unavailable') {
        const saved = await this.store.saveYourData(outcome.measures);
        if (!saved) this.set({ storage: 'save-failed' });
      }
    } else {
      this.clearSelection(false);
      this.set({ source: outcome.dataset, dataset: outcome.dataset });
      void this.persist(outcome.dataset, true);
    }
    this.set({ upload: { status: 'ok', kind: outcome.kind, file: outcome.file } });
  }

  private async removeYourData(): Promise<void> {
    this.set({ yourData: [], upload: { status: 'idle' } });
    if (this.state.storage !== 'unavailable') await this.store.saveYourData([]);
    this.focusAfterRender = '#upload-button';
    this.announce(words(this.state.lang).t('demo.yourData.removed'));
  }

  private readonly onFileInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file can be chosen again after fixing it
    void this.useFiles(files);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!this.state.dragging) this.set({ dragging: true });
  };

  private readonly onDragLeave = (e: DragEvent): void => {
    const zone = e.currentTarget as HTMLElement;
    if (e.relatedTarget instanceof Node && zone.contains(e.relatedTarget)) return;
    this.set({ dragging: false });
  };

  private readonly onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this.set({ dragging: false });
    void this.useFiles([...(e.dataTransfer?.files ?? [])]);
  };

  // ---- drawing -------------------------------------------------------------------------------

  private applyDocumentSettings(): void {
    const { lang, theme, dataset } = this.state;
    const root = document.documentElement;
    if (root.lang !== lang) root.lang = lang;
    for (const t of THEMES) root.classList.toggle(`theme-${t}`, t === theme);
    const w = words(lang);
    document.title = w.t('demo.title', { organisation: w.text(dataset.organisation).text });
  }

  private draw(): void {
    this.applyDocumentSettings();
    render(this.template(), this.root);
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (target) this.root.querySelector<HTMLElement>(target)?.focus();
  }

  private template(): TemplateResult {
    const w = words(this.state.lang);
    return html`
      <a class="skip-link" href="#main">${w.t('demo.skip')}</a>
      ${this.header(w)}
      <main id="main" tabindex="-1">
        <qms-provider
          ${ref(this.provider)}
          .data=${this.state.source}
          @qms-selection-change=${this.onSelectionChange}
          @qms-dataset-change=${this.onDatasetChange}
          @qms-action-change=${this.onActionChange}
        >
          ${this.selectionBar(w)}
          <div class="demo-grid">
            ${this.scorecardSection(w)} ${this.chartSection(w)} ${this.wheelSection(w)}
          </div>
          ${this.statementsSection(w)} ${this.actionsSection(w)}
        </qms-provider>
        ${this.uploadSection(w)} ${this.storageSection(w)}
      </main>
      <footer class="demo-footer">
        <p>${w.t('demo.footer')} ${this.syntheticNote(w)}</p>
      </footer>
      <div class="visually-hidden" role="status" aria-live="polite">${this.state.announcement}</div>
    `;
  }

  /** Text from the data, marked with its language when it is not the page's. */
  private dataText(w: Words, value: LocalisedText | undefined): TemplateResult {
    const { text, lang } = w.text(value);
    return lang ? html`<span lang=${lang}>${text}</span>` : html`${text}`;
  }

  private syntheticNote(w: Words): TemplateResult | typeof nothing {
    return this.state.dataset.synthetic
      ? html`<strong class="demo-synthetic">${w.t('common.synthetic')}</strong>`
      : nothing;
  }

  private header(w: Words): TemplateResult {
    const { dataset, lang, theme } = this.state;
    return html`<header class="demo-header">
      <div class="demo-header__inner">
        <div class="demo-header__title">
          <h1>${w.t('demo.title', { organisation: w.text(dataset.organisation).text })}</h1>
          ${dataset.synthetic ? html`<p class="demo-tag">${w.t('common.synthetic')}</p>` : nothing}
          ${
            this.today
              ? html`<p class="demo-as-at">
                  ${w.t('demo.asAt', { date: w.longDate(this.today) })}
                </p>`
              : nothing
          }
        </div>
        <section class="demo-settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading" class="visually-hidden">${w.t('demo.settings')}</h2>
          <div class="demo-setting" role="group" aria-labelledby="language-label">
            <span id="language-label" class="demo-setting__label">${w.t('demo.language')}</span>
            <span class="toggle">
              ${LANGS.map(
                (l) =>
                  html`<button
                    type="button"
                    class="toggle__button"
                    lang=${l}
                    aria-pressed=${l === lang ? 'true' : 'false'}
                    data-lang=${l}
                    @click=${() => this.setLang(l)}
                  >
                    ${w.t(`common.language.${l}`)}
                  </button>`,
              )}
            </span>
          </div>
          <div class="demo-setting">
            <label class="demo-setting__label" for="theme">${w.t('demo.theme')}</label>
            <select
              id="theme"
              class="select"
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                if (isTheme(value)) this.setTheme(value);
              }}
            >
              ${THEMES.map(
                (t) =>
                  html`<option value=${t} ?selected=${t === theme}>
                    ${w.t(`demo.theme.${t}`)}
                  </option>`,
              )}
            </select>
          </div>
        </section>
      </div>
    </header>`;
  }

  private domainName(w: Words, selection: QmsSelection): TemplateResult | string {
    const id = selection.domain ?? '';
    const framework = getFramework(selection.framework ?? this.state.dataset.framework);
    const domain = framework ? findDomain(framework, id) : undefined;
    if (domain) return this.dataText(w, domain.label);
    if (id === UNASSIGNED_DOMAIN) return w.t('scorecard.band.unassigned');
    return id;
  }

  private selectionBar(w: Words): TemplateResult {
    const { selection, dataset } = this.state;
    const view = this.derive();
    const measure = dataset.measures.find((m) => m.id === selection.measure);
    const parts: [string, TemplateResult | string][] = [];
    if (selection.domain) parts.push([w.t('demo.selection.domain'), this.domainName(w, selection)]);
    if (selection.measure) {
      parts.push([
        w.t('demo.selection.measure'),
        measure ? this.dataText(w, measure.name) : selection.measure,
      ]);
    }
    if (selection.aspect) {
      parts.push([w.t('demo.selection.aspect'), w.t(`qms.aspect.${selection.aspect}`)]);
    }
    return html`<section class="panel selection" aria-labelledby="selection-heading">
      <h2 id="selection-heading">${w.t('demo.selection.heading')}</h2>
      ${
        parts.length === 0
          ? html`<p class="selection__none">${w.t('demo.selection.none')}</p>`
          : html`<dl class="selection__list">
              ${parts.map(
                ([label, value]) =>
                  html`<div class="selection__item">
                    <dt>${label}</dt>
                    <dd>${value}</dd>
                  </div>`,
              )}
            </dl>`
      }
      <p class="selection__counts" data-counts>
        <span data-count="measures"
          >${w.t('demo.count.measures', { count: view.measures.length })}</span
        >
        <span data-count="statements"
          >${w.t('demo.count.statements', { count: view.statementsShown.length })}</span
        >
        <span data-count="actions"
          >${w.t('demo.count.actions', { count: view.actions.length })}</span
        >
      </p>
      <button
        type="button"
        class="button button--secondary"
        data-command="clear-selection"
        @click=${() => this.clearSelection()}
      >
        ${w.t('demo.clearSelection')}
      </button>
    </section>`;
  }

  private scorecardSection(w: Words): TemplateResult {
    const { dataset } = this.state;
    return html`<section class="panel area-scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">${w.t('demo.scorecard.heading')}</h2>
      <p class="hint">${w.t('demo.scorecard.intro')}</p>
      <qms-steeep-scorecard
        ${ref(this.scorecard)}
        heading-level="3"
        .framework=${dataset.framework}
        .measures=${dataset.measures}
      ></qms-steeep-scorecard>
    </section>`;
  }

  private chartSection(w: Words): TemplateResult {
    const view = this.derive();
    const measure = view.chartMeasure;
    return html`<section class="panel area-chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">${w.t('demo.chart.heading')}</h2>
      ${
        measure
          ? html`<div class="field">
                <label class="field__label" for="chart-measure">${w.t('demo.chart.picker')}</label>
                <select
                  id="chart-measure"
                  class="select select--wide"
                  @change=${(e: Event) => this.chooseMeasure((e.target as HTMLSelectElement).value)}
                >
                  ${repeat(
                    view.chartChoices,
                    (m) => m.id,
                    (m) => {
                      const name = w.text(m.name);
                      return html`<option
                        value=${m.id}
                        lang=${name.lang ?? nothing}
                        ?selected=${m === measure}
                      >
                        ${name.text}
                      </option>`;
                    },
                  )}
                </select>
              </div>
              <qms-spc-chart table-open .measure=${measure}></qms-spc-chart>`
          : html`<p class="empty">${w.t('demo.chart.none')}</p>`
      }
    </section>`;
  }

  private wheelSection(w: Words): TemplateResult {
    const { dataset } = this.state;
    return html`<section class="panel area-wheel" aria-labelledby="wheel-heading">
      <h2 id="wheel-heading">${w.t('demo.wheel.heading')}</h2>
      <p class="hint">${w.t('demo.wheel.intro')}</p>
      <qms-cycle-wheel
        ${ref(this.wheel)}
        heading-level="3"
        .assessment=${dataset.assessment}
        .measures=${dataset.measures}
        .actions=${dataset.actions}
        .today=${this.today}
      ></qms-cycle-wheel>
    </section>`;
  }

  private statementsSection(w: Words): TemplateResult {
    const { dataset } = this.state;
    const statements = this.derive().statementsShown;
    return html`<section class="panel" aria-labelledby="statements-heading">
      <h2 id="statements-heading">${w.t('demo.statements.heading')}</h2>
      ${
        statements.length === 0
          ? html`<p class="empty">${w.t('demo.statements.none')}</p>`
          : html`<div class="cards">
              ${repeat(
                statements,
                (s) => s.id,
                (s) =>
                  html`<qms-statement-card
                    editable
                    heading-level="3"
                    .statement=${s}
                    .measures=${dataset.measures}
                    .actions=${dataset.actions}
                    .today=${this.today}
                  ></qms-statement-card>`,
              )}
            </div>`
      }
    </section>`;
  }

  private actionsSection(w: Words): TemplateResult {
    const { dataset } = this.state;
    return html`<section class="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">${w.t('demo.actions.heading')}</h2>
      <qms-action-tracker
        heading-level="3"
        .framework=${dataset.framework}
        .actions=${this.derive().actions}
        .measures=${dataset.measures}
        .statements=${dataset.statements}
        .today=${this.today}
      ></qms-action-tracker>
    </section>`;
  }

  private problemWhere(w: Words, p: FileProblem, file: string): TemplateResult | string {
    if ('key' in p) return file || w.t('demo.upload.problem.file');
    const { row, column, where } = p.problem;
    if (row !== undefined && column !== undefined) {
      return w.t('demo.upload.problem.rowColumn', { row, column });
    }
    if (row !== undefined) return w.t('demo.upload.problem.row', { row });
    return html`<span lang="en">${where}</span>`;
  }

  private uploadFeedback(w: Words): TemplateResult | typeof nothing {
    const upload = this.state.upload;
    switch (upload.status) {
      case 'idle':
        return nothing;
      case 'reading':
        return html`<p class="notice" role="status">
          ${w.t('demo.upload.reading', { file: upload.file })}
        </p>`;
      case 'ok':
        return html`<p class="notice notice--success" role="status">
          ${w.t(upload.kind === 'csv' ? 'demo.upload.ok.csv' : 'demo.upload.ok.json', {
            file: upload.file,
          })}
        </p>`;
      case 'error': {
        const sdkProblems = upload.problems.some((p) => 'problem' in p);
        return html`<div
          class="error-summary"
          id="upload-errors"
          role="alert"
          tabindex="-1"
          aria-labelledby="upload-error-title"
        >
          <h3 id="upload-error-title">${w.t('demo.upload.error.title')}</h3>
          <p>${w.t('demo.upload.error.intro', { file: upload.file })}</p>
          ${
            sdkProblems && w.lang !== 'en'
              ? html`<p>${w.t('demo.upload.error.englishNote')}</p>`
              : nothing
          }
          <ul class="error-summary__list">
            ${upload.problems.map(
              (p) =>
                html`<li>
                  <strong>${this.problemWhere(w, p, upload.file)}</strong>:
                  ${
                    'key' in p
                      ? w.t(p.key, p.params)
                      : html`<span lang="en">${p.problem.message}</span>`
                  }
                </li>`,
            )}
          </ul>
        </div>`;
      }
    }
  }

  private uploadSection(w: Words): TemplateResult {
    const { yourData, dragging, upload } = this.state;
    const columns = ['measure', 'date', 'value'];
    const [before = '', after = ''] = w
      .t('demo.upload.intro', { columns: '\u0000' })
      .split('\u0000');
    const [optBefore = '', optAfter = ''] = w
      .t('demo.upload.optional', { column: '\u0000' })
      .split('\u0000');
    const lastFile = upload.status === 'idle' ? '' : upload.file;
    return html`<section class="panel" aria-labelledby="upload-heading">
      <h2 id="upload-heading">${w.t('demo.upload.heading')}</h2>
      <p>
        ${before}${columns.map((c) => html`<code>${c}</code>, `)}${optBefore}<code>denominator</code>${optAfter}${after}
      </p>
      <p>${w.t('demo.upload.example')}</p>
      <pre class="example"><code>measure,date,value,denominator
ward7-falls,2024-04-01,6.1,
ward7-falls,2024-05-01,5.8,
clinic-dna,2024-04-01,88,1010</code></pre>
      <p>${w.t('demo.upload.denominator')}</p>
      <div
        class="drop-zone ${dragging ? 'drop-zone--active' : ''}"
        role="group"
        aria-labelledby="upload-label"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <p class="field__label" id="upload-label">${w.t('demo.upload.label')}</p>
        <p class="hint" id="upload-hint">
          ${dragging ? w.t('demo.upload.dropping') : w.t('demo.upload.drop')}
        </p>
        <!-- The native control's own words ("Choose File", "No file chosen") follow the browser's
             language, not the page's: it is hidden and this button opens it. -->
        <input
          id="upload-input"
          type="file"
          hidden
          accept=".csv,.json,text/csv,application/json"
          @change=${this.onFileInput}
        />
        <div class="file-picker">
          <button
            type="button"
            class="button button--secondary"
            id="upload-button"
            aria-describedby="upload-hint upload-chosen"
            @click=${() => this.root.querySelector<HTMLInputElement>('#upload-input')?.click()}
          >
            ${w.t('demo.upload.choose')}
          </button>
          <span id="upload-chosen" class="file-picker__chosen">
            ${lastFile ? w.t('demo.upload.lastFile', { file: lastFile }) : w.t('demo.upload.noFile')}
          </span>
        </div>
      </div>
      <p>
        <a href="sample-upload.csv" download="sample-upload.csv">${w.t('demo.upload.sample')}</a>
      </p>
      ${this.uploadFeedback(w)}
      ${
        yourData.length > 0
          ? html`<section class="your-data" aria-labelledby="your-data-heading">
              <h3 id="your-data-heading">${w.t('demo.yourData.heading')}</h3>
              <p class="hint">${w.t('demo.yourData.note')}</p>
              <div class="your-data__charts">
                ${repeat(
                  yourData,
                  (m) => m.id,
                  (m) => html`<qms-spc-chart .measure=${m}></qms-spc-chart>`,
                )}
              </div>
              <button
                type="button"
                class="button button--secondary"
                @click=${() => void this.removeYourData()}
              >
                ${w.t('demo.yourData.remove')}
              </button>
            </section>`
          : nothing
      }
    </section>`;
  }

  private storageSection(w: Words): TemplateResult {
    const { storage, conflict } = this.state;
    const message =
      storage === 'kept'
        ? w.t('demo.storage.kept')
        : storage === 'unavailable'
          ? w.t('demo.storage.unavailable')
          : storage === 'save-failed'
            ? w.t('demo.storage.saveFailed')
            : storage === 'conflict'
              ? w.t('demo.storage.conflict', { actions: conflict.join(', ') })
              : w.t('demo.storage.loadFailed');
    return html`<section class="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading" tabindex="-1">${w.t('demo.storage.heading')}</h2>
      ${
        storage === 'conflict'
          ? html`<div
              class="notice notice--warning"
              id="storage-conflict"
              role="alert"
              tabindex="-1"
              data-storage=${storage}
            >
              <p>${message}</p>
              <button
                type="button"
                class="button"
                data-command="keep-mine"
                @click=${() => void this.settleConflict('keep-mine')}
              >
                ${w.t('demo.storage.keepMine')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                data-command="keep-theirs"
                @click=${() => void this.settleConflict('keep-theirs')}
              >
                ${w.t('demo.storage.keepTheirs')}
              </button>
            </div>`
          : html`<p
              class="${storage === 'kept' ? '' : 'notice notice--warning'}"
              data-storage=${storage}
            >
              ${message}
            </p>`
      }
      <button
        type="button"
        class="button button--warning"
        data-command="reset"
        @click=${() => void this.resetToSample()}
      >
        ${w.t('demo.reset')}
      </button>
    </section>`;
  }
}
