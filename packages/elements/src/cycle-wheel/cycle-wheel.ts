import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { inProperty, notADate, notOneOf } from '../internal/attribute-check.js';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property } from 'lit/decorators.js';
import {
  cycleWheelMessages,
  domainMessages,
  maturityRollup,
  parseActionsJson,
  parseCycleWheelJson,
  parseScorecardJson,
  qmsCentreSchema,
  qmsLinks,
  qmsScopeSchema,
  type Action,
  type ActionInput,
  type CycleWheelInput,
  type Dataset,
  type Measure,
  type MeasureInput,
  type Problem,
  type QmsAssessment,
  type QmsAssessmentInput,
  type QmsLinks,
  calendarDay,
} from '@qms-kit/sdk';
import {
  DEFAULT_TIMEOUT_SECONDS,
  DataSourceController,
  TIMEOUT_RULE,
} from '../internal/data-source.js';
import { DatasetConsumer } from '../internal/dataset-consumer.js';
import { hasOwnSource } from '../internal/provider-data.js';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import {
  QmsSegmentSelectEvent,
  type QmsWheelSegment,
} from '../internal/events/qms-segment-select.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { cycleWheelStyles } from './cycle-wheel.styles.js';
import { AssessmentEditController } from './controllers/assessment-edit.js';
import { SegmentFocusController } from './controllers/segment-focus.js';
import type { WheelContext, WheelHandlers } from './parts/context.js';
import { wheelPart } from './parts/wheel.js';
import { SEGMENTS, isSegment, type Settings } from './view.js';

interface Extras {
  measures: Measure[] | undefined;
  actions: Action[] | undefined;
  problems: Problem[];
}

/**
 * The NHS Wales quality management system as a cycle wheel: the four aspects (Quality Planning →
 * Quality Control / Quality Improvement → Quality Assurance) around a centre of Feedback (or
 * Continuous learning), with an optional outer band of enablers. Each segment shows its maturity
 * stage as a number, a name and a fill pattern whose density grows with the stage (never a RAG
 * colour), and badges for tools in place, linked measures with concern or a failing target, and
 * open (overdue) actions. Selecting a segment opens a panel for self-assessment: the aspect's
 * guiding questions (yes / partly / no, with notes), its example-tools checklist, and its linked
 * measures and actions. Every edit goes through the SDK (`applyAssessmentChange`,
 * `maturityRollup`) and is announced with cancelable `qms-assessment-before-change` and
 * `qms-assessment-change`.
 *
 * Segments are SVG elements with `role="button"` and `aria-pressed` in one toolbar (one tab stop,
 * arrow keys move round the wheel, Enter or Space selects). A visually hidden table lists every
 * aspect with its stage; below 30rem the ring becomes a list of buttons.
 *
 * @tagname qms-cycle-wheel
 * @summary QMS cycle wheel: four aspects, maturity by pattern and text, self-assessment panels.
 *
 * @fires {QmsSegmentSelectEvent} qms-segment-select - A segment was selected or unselected. `detail`: `{ segment, selected }`.
 * @fires {QmsAssessmentBeforeChangeEvent} qms-assessment-before-change - Before an edit is applied; cancelable (veto). `detail`: `{ assessment, aspect, change }`.
 * @fires {QmsAssessmentChangeEvent} qms-assessment-change - After an edit was applied. `detail`: `{ assessment, aspect, change }`.
 * @fires {QmsErrorEvent} qms-error - The data or an attribute could not be used; the element shows the problems too.
 *
 * @slot - An optional `<script type="application/json">` holding an assessment, `{ assessment, measures, actions }` or a whole dataset.
 *
 * @csspart wheel - The ring view (`<svg>` inside a toolbar).
 * @csspart segment - A segment of the ring (SVG `role="button"`).
 * @csspart list - The list view shown in narrow containers.
 * @csspart panel - The panel of the selected segment.
 * @csspart summary - The table listing every aspect with its stage.
 * @csspart enablers - The legend of the enabler band.
 * @csspart error - The error panel.
 * @csspart status - The loading or empty message.
 *
 * @cssprop [--qms-wheel-max-width=34rem] - Largest size of the ring.
 * @cssprop [--qms-wheel-segment-fill=#f0f4f5] - Background of a segment (patterns show the stage).
 * @cssprop [--qms-wheel-pattern-colour=#4c6272] - Ink of the maturity patterns.
 * @cssprop [--qms-focus-colour=var(--nhsuk-focus-colour, #ffeb3b)] - Focus ring.
 */
export class QmsCycleWheel extends Hardened(LitElement) {
  static shapes = { measures: 'list', actions: 'list' } as const;
  static numberRules = {
    timeout: TIMEOUT_RULE,
    headingLevel: HEADING_LEVEL,
  };
  static override styles = [baseStyles, stateStyles, cycleWheelStyles];

  /** The self-assessment (rich data). Takes precedence over `src` and the slotted JSON. */
  @property({ attribute: false }) assessment: QmsAssessment | QmsAssessmentInput | undefined;

  /** Measures the segments link to (by id), for their concern and failing-target badges. */
  @property({ attribute: false }) measures: (Measure | MeasureInput)[] | undefined;

  /** Actions the segments link to (by id, or by the action's `aspect`), for open and overdue badges. */
  @property({ attribute: false }) actions: (Action | ActionInput)[] | undefined;

  /** URL of JSON: an assessment, `{ assessment, measures, actions }` or a dataset. */
  @property() src = '';
  /**
   * Seconds to wait for `src` before giving up with an error and a "Try again" button
   * (decimals allowed, up to 3600).
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** The day overdue actions are counted from (ISO date); default: today. */
  @property() today: string | undefined;

  /** `team`, `directorate`, `organisation` or `national`; overrides the assessment's scope (wording only). */
  @property() scope: string | undefined;

  /** `feedback` or `continuous-learning`; overrides the assessment's centre label. */
  @property() centre: string | undefined;

  /** Hides the outer band of enablers. */
  @property({ type: Boolean, attribute: 'hide-enablers' }) hideEnablers = false;

  /** The selected segment (`planning`, `control`, `improvement`, `assurance`, `centre`), whose panel is open. */
  @property({ reflect: true }) selected: string | undefined;

  /** Heading level of the wheel's title (panel headings are deeper); 1–5, default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private readonly i18n = new LocalizeController(this, {
    parts: [cycleWheelMessages, domainMessages],
  });
  private readonly shared = new DatasetConsumer(this);
  private providerMemo: { dataset: Dataset; input: CycleWheelInput | undefined } | undefined;
  private readonly source = new DataSourceController<CycleWheelInput>(this, {
    parse: parseCycleWheelJson,
    // Own assessment wins; then src, then a slotted script; only then the provider's dataset.
    data: () =>
      this.assessment ?? (hasOwnSource(this, this.src) ? undefined : this.providerInput()),
    src: () => this.src,
    timeout: () => this.timeout,
    i18n: this.i18n,
    isEmpty: () => false,
    dataName: 'assessment',
  });
  private readonly dataErrors = new ErrorReporter(this);
  private readonly attributeErrors = new ErrorReporter(this);
  private readonly edit = new AssessmentEditController(this, () => this.i18n.lang);
  private readonly segmentFocus = new SegmentFocusController(this, (segment) =>
    this.activate(segment),
  );
  private extras: Extras = { measures: undefined, actions: undefined, problems: [] };
  private extrasInput:
    | {
        input: CycleWheelInput | undefined;
        measures: unknown;
        actions: unknown;
        lang: string;
        shared: Dataset | undefined;
      }
    | undefined;
  private linksCache:
    { draft: QmsAssessment; extras: Extras; today: string; links: QmsLinks } | undefined;
  private settings: Settings & { problems: Problem[] } = {
    scope: 'organisation',
    centre: 'feedback',
    problems: [],
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const input = this.source.value;
    this.edit.sync(input?.assessment);
    this.extras = this.resolveExtras(input);
    this.settings = this.resolveSettings(this.edit.draft);
    this.dataErrors.report(this.extras.problems, 'data');
    this.attributeErrors.report(this.settings.problems, 'attribute');
    if (this.selected !== undefined && this.selected !== '' && !isSegment(this.selected)) {
      this.selected = undefined;
    }
  }

  protected override render() {
    const settings = this.settings;
    if (this.extras.problems.length > 0) return renderErrorPanel(this.i18n, this.extras.problems);
    const attributeAlert =
      settings.problems.length > 0
        ? renderErrorPanel(this.i18n, settings.problems, { compact: true })
        : nothing;
    return html`${attributeAlert}${this.source.render({
      ready: () => (this.edit.draft ? wheelPart(this.context(this.edit.draft, settings)) : nothing),
    })}`;
  }

  // ---- inputs -----------------------------------------------------------------------------

  /**
   * The provider's assessment with its measures and actions (one object per dataset, so an
   * unchanged dataset is not parsed again); `undefined` when it has no assessment (empty state).
   */
  private providerInput(): CycleWheelInput | undefined {
    const dataset = this.shared.dataset;
    if (!dataset) return undefined;
    if (this.providerMemo?.dataset !== dataset) {
      const { assessment, measures, actions } = dataset;
      this.providerMemo = { dataset, input: assessment && { assessment, measures, actions } };
    }
    return this.providerMemo.input;
  }

  private resolveExtras(input: CycleWheelInput | undefined): Extras {
    const shared = this.shared.dataset;
    const key = {
      input,
      measures: this.measures,
      actions: this.actions,
      lang: this.i18n.lang,
      shared,
    };
    const last = this.extrasInput;
    if (
      last &&
      last.input === key.input &&
      last.shared === key.shared &&
      last.measures === key.measures &&
      last.actions === key.actions &&
      last.lang === key.lang
    ) {
      return this.extras;
    }
    this.extrasInput = key;
    const problems: Problem[] = [];
    // Own properties win, then the input's, then the provider's.
    let measures = input?.measures ?? shared?.measures;
    let actions = input?.actions ?? shared?.actions;
    if (this.measures !== undefined && this.measures !== null) {
      const parsed = parseScorecardJson(this.measures);
      if (parsed.ok) measures = parsed.value.measures;
      else problems.push(...inProperty(this.i18n, 'measures', parsed.problems));
    }
    if (this.actions !== undefined && this.actions !== null) {
      const parsed = parseActionsJson(this.actions);
      if (parsed.ok) actions = parsed.value;
      else problems.push(...inProperty(this.i18n, 'actions', parsed.problems));
    }
    return { measures, actions, problems };
  }

  /** The scope and centre to draw with; a bad attribute is a problem and the default is used. */
  private resolveSettings(draft: QmsAssessment | undefined): Settings & { problems: Problem[] } {
    const problems: Problem[] = [];
    const scope = this.pick('scope', this.scope, qmsScopeSchema.options, problems);
    const centre = this.pick('centre', this.centre, qmsCentreSchema.options, problems);
    const today = notADate(this.i18n, 'today', this.today);
    if (today) problems.push(today);
    return {
      scope: scope ?? draft?.scope ?? 'organisation',
      centre: centre ?? draft?.centre ?? 'feedback',
      problems,
    };
  }

  private pick<T extends string>(
    name: string,
    value: string | undefined,
    allowed: readonly T[],
    problems: Problem[],
  ): T | undefined {
    const v = (value ?? '').trim();
    if (v === '') return undefined;
    const found = allowed.find((a) => a === v);
    if (!found) problems.push(notOneOf(this.i18n, name, v, allowed));
    return found;
  }

  private get todayIso(): string {
    const given = (this.today ?? '').trim();
    return given !== '' && calendarDay(given) !== undefined
      ? given.slice(0, 10)
      : new Date().toISOString().slice(0, 10);
  }

  private links(draft: QmsAssessment): QmsLinks {
    const today = this.todayIso;
    const c = this.linksCache;
    if (c && c.draft === draft && c.extras === this.extras && c.today === today) return c.links;
    const links = qmsLinks(draft, {
      measures: this.extras.measures ?? [],
      actions: this.extras.actions ?? [],
      today,
    });
    this.linksCache = { draft, extras: this.extras, today, links };
    return links;
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 2;
  }

  /** What the parts draw with: the SDK's results for the draft, the settings and the handlers. */
  private context(draft: QmsAssessment, settings: Settings): WheelContext {
    return {
      i18n: this.i18n,
      draft,
      rollup: maturityRollup(draft),
      links: this.links(draft),
      settings,
      selected: isSegment(this.selected) ? this.selected : undefined,
      level: this.level,
      showEnablers: !this.hideEnablers,
      focusIndex: this.segmentFocus.index,
      on: this.handlers,
    };
  }

  private readonly handlers: WheelHandlers = {
    activate: (segment) => this.activate(segment),
    focused: (segment) => this.segmentFocus.focused(segment),
    ringKeydown: (e) => this.segmentFocus.onKeydown(e),
    panelKeydown: (e) => this.onPanelKeydown(e),
    edit: this.edit,
  };

  // ---- behaviour --------------------------------------------------------------------------

  private activate(segment: QmsWheelSegment): void {
    const selected = this.selected !== segment;
    this.selected = selected ? segment : undefined;
    this.segmentFocus.index = SEGMENTS.indexOf(segment);
    const event = new QmsSegmentSelectEvent({ segment, selected });
    this.dispatchEvent(event);
  }

  private readonly onPanelKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !isSegment(this.selected)) return;
    const segment = this.selected;
    e.preventDefault();
    this.activate(segment);
    void this.updateComplete.then(() => this.segmentFocus.focus(segment));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-cycle-wheel': QmsCycleWheel;
  }
}
