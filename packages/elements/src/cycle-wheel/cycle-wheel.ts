import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { inProperty, notADate, notOneOf } from '../internal/attribute-check.js';
import { HEADING_LEVEL, Hardened } from '../internal/hardened.js';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  cycleWheelMessages,
  domainMessages,
  applyAssessmentChange,
  exampleToolsFor,
  feedbackSourceSchema,
  guidingQuestionsFor,
  maturityRollup,
  maturityScaleOf,
  parseActionsJson,
  parseCycleWheelJson,
  parseScorecardJson,
  qmsAspects,
  qmsCentreSchema,
  qmsEnablerSets,
  qmsLinks,
  qmsScopeSchema,
  sameAssessment,
  type Action,
  type ActionInput,
  type AssessmentChange,
  type CycleWheelInput,
  type Dataset,
  type GuidingAnswer,
  type GuidingQuestion,
  type LocalisedText,
  type Measure,
  type MeasureInput,
  type MessageKey,
  type Problem,
  type QmsAspect,
  type QmsAssessment,
  type QmsAssessmentInput,
  type QmsCentre,
  type QmsLinks,
  type QmsScope,
  type SegmentLinks,
  type MaturityRollup,
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
import { QmsAssessmentBeforeChangeEvent } from '../internal/events/qms-assessment-before-change.js';
import { QmsAssessmentChangeEvent } from '../internal/events/qms-assessment-change.js';
import {
  QmsSegmentSelectEvent,
  type QmsWheelSegment,
} from '../internal/events/qms-segment-select.js';
import { languageName } from '../internal/language-name.js';
import { LocalizeController } from '../internal/localize.js';
import { pickText } from '../internal/localised-text.js';
import { localisedString, renderLocalised } from '../internal/render-localised.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import {
  R,
  arrowTransform,
  aspectAngles,
  densityOf,
  enablerAngles,
  sectorCentroid,
  sideLineX,
  wrapBadge,
  sectorPath,
  wrapWords,
} from './geometry.js';
import { cycleWheelStyles } from './cycle-wheel.styles.js';

const SEGMENTS: readonly QmsWheelSegment[] = [...qmsAspects, 'centre'];
const ANSWERS: readonly GuidingAnswer[] = ['yes', 'partly', 'no'];

interface Settings {
  scope: QmsScope;
  centre: QmsCentre;
}

/** Notes typed but not yet kept in the assessment (unanswered question, vetoed, or mid-typing). */
interface TypedNotes {
  text: string;
  lang: string;
}

interface Extras {
  measures: Measure[] | undefined;
  actions: Action[] | undefined;
  problems: Problem[];
}

const notesKey = (aspect: QmsAspect, questionId?: string) => `${aspect}|${questionId ?? ''}`;

const isSegment = (v: unknown): v is QmsWheelSegment =>
  typeof v === 'string' && (SEGMENTS as readonly string[]).includes(v);

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

  /** The roving tab stop of the ring. */
  @state() private focusIndex = 0;

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
  /** What the user sees and edits; replaced only when the host supplies different content. */
  private draft: QmsAssessment | undefined;
  private lastSource: QmsAssessment | undefined;
  private readonly typed = new Map<string, TypedNotes>();
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
    const incoming = input?.assessment;
    // While the input is missing or invalid the draft is kept, so edits survive a bad update.
    if (incoming !== undefined && incoming !== this.lastSource) {
      // A host re-setting equal content (or the draft it was just given) keeps the user's edits.
      if (!sameAssessment(incoming, this.lastSource) && !sameAssessment(incoming, this.draft)) {
        this.draft = incoming;
      }
      this.lastSource = incoming;
    }
    this.extras = this.resolveExtras(input);
    this.settings = this.resolveSettings(this.draft);
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
      ready: () => (this.draft ? this.renderWheel(this.draft, settings) : nothing),
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

  // ---- words ------------------------------------------------------------------------------

  private aspectName(aspect: QmsAspect): string {
    return this.i18n.t(`qms.aspect.${aspect}`);
  }

  private centreName(settings: Settings): string {
    return this.i18n.t(`qms.centre.${settings.centre}`);
  }

  private stageText(rollup: MaturityRollup, aspect: QmsAspect): string {
    const r = rollup.aspects[aspect];
    return this.i18n.t('qms.stage', {
      stage: this.i18n.number(r.stage),
      top: this.i18n.number(r.topStage),
      label: localisedString(this.i18n, r.stageLabel),
    });
  }

  private toolsText(rollup: MaturityRollup, aspect: QmsAspect): string {
    const t = rollup.aspects[aspect].tools;
    return this.i18n.t('qms.tools.inPlace', {
      inPlace: this.i18n.number(t.inPlace),
      total: this.i18n.number(t.total),
    });
  }

  private count(key: string, n: number): string {
    return n === 0 ? this.i18n.t(`${key}.none` as MessageKey) : this.i18n.plural(key, n);
  }

  private actionsText(links: SegmentLinks): string {
    const open = this.count('wheel.openActions', links.openActions);
    return links.overdueActions > 0
      ? `${open}, ${this.i18n.t('wheel.overdueActions', { count: this.i18n.number(links.overdueActions) })}`
      : open;
  }

  private segmentLabel(rollup: MaturityRollup, links: QmsLinks, aspect: QmsAspect): string {
    const l = links.aspects[aspect];
    return [
      this.aspectName(aspect),
      this.stageText(rollup, aspect),
      this.toolsText(rollup, aspect),
      this.count('wheel.flagged', l.flaggedMeasures),
      this.actionsText(l),
    ].join('. ');
  }

  // ---- the wheel --------------------------------------------------------------------------

  private renderWheel(draft: QmsAssessment, settings: Settings): TemplateResult {
    const rollup = maturityRollup(draft);
    const links = this.links(draft);
    const selected = isSegment(this.selected) ? this.selected : undefined;
    const scopeName = draft.scopeName ? renderLocalised(this.i18n, draft.scopeName) : nothing;
    return html`<section class="wheel-root" aria-labelledby="title">
      <div class="title" id="title" role="heading" aria-level=${this.level}>
        ${this.i18n.t(`wheel.title.${settings.scope}`)}
      </div>
      ${
        draft.scopeName || draft.assessedOn
          ? html`<p class="meta">
              ${scopeName}${draft.scopeName && draft.assessedOn ? ' · ' : ''}${
                draft.assessedOn
                  ? this.i18n.t('wheel.assessedOn', { date: this.i18n.date(draft.assessedOn) })
                  : nothing
              }
            </p>`
          : nothing
      }
      <div class="ring-view">
        ${this.renderRing(draft, rollup, links, settings, selected)}
        ${this.renderEnablerLegend(draft, links)}
      </div>
      <ul class="list-view" part="list" role="list" aria-label=${this.i18n.t('wheel.segments')}>
        ${SEGMENTS.map((segment) => this.renderListItem(segment, rollup, links, settings, selected))}
      </ul>
      ${this.renderSummary(rollup, links)}
      ${selected ? this.renderPanel(selected, draft, rollup, links, settings) : nothing}
    </section>`;
  }

  private renderRing(
    draft: QmsAssessment,
    rollup: MaturityRollup,
    links: QmsLinks,
    settings: Settings,
    selected: QmsWheelSegment | undefined,
  ): TemplateResult {
    const showEnablers = !this.hideEnablers;
    const e = showEnablers ? R.extentWithEnablers : R.extent;
    const focusIndex = Math.min(this.focusIndex, SEGMENTS.length - 1);
    return html`<div
      class="wheel"
      part="wheel"
      role="toolbar"
      aria-label=${this.i18n.t('wheel.segments')}
      @keydown=${this.onRingKeydown}
    >
      <svg viewBox="${-e} ${-e} ${2 * e} ${2 * e}" role="none" focusable="false">
        ${this.renderPatterns()} ${showEnablers ? this.renderEnablerBand(draft) : nothing}
        ${qmsAspects.map((aspect, i) =>
          this.renderSegment(aspect, i === focusIndex, rollup, links, selected === aspect),
        )}
        ${this.renderArrows()}
        ${this.renderCentre(draft, settings, focusIndex === SEGMENTS.length - 1, selected === 'centre')}
      </svg>
    </div>`;
  }

  private renderPatterns() {
    // Density grows with the stage: none, sparse lines, denser lines, cross-hatch, dense cross-hatch.
    const lines = (gap: number, cross: boolean) => svg`
      <path d="M0 ${gap}L${gap} 0" />
      ${cross ? svg`<path d="M0 0L${gap} ${gap}" />` : nothing}`;
    const pattern = (id: number, gap: number, cross: boolean) => svg`<pattern
        id="stage-${id}"
        patternUnits="userSpaceOnUse"
        width=${gap}
        height=${gap}
      >
        <rect class="pattern-ground" width=${gap} height=${gap}></rect>
        <g class="pattern-ink">${lines(gap, cross)}</g>
      </pattern>`;
    return svg`<defs>
      ${pattern(1, 10, false)} ${pattern(2, 6, false)} ${pattern(3, 6, true)} ${pattern(4, 3.5, true)}
    </defs>`;
  }

  private renderSegment(
    aspect: QmsAspect,
    tabbable: boolean,
    rollup: MaturityRollup,
    links: QmsLinks,
    pressed: boolean,
  ) {
    const { start, end, side } = aspectAngles[aspect];
    const r = rollup.aspects[aspect];
    const l = links.aspects[aspect];
    const density = densityOf(r.stage, r.topStage);
    const [cx, cy] = sectorCentroid(R.bandOuter, R.segmentOuter, start, end);
    const maxChars = side === 'h' ? 20 : 13;
    const nameLines = wrapWords(this.aspectName(aspect), maxChars);
    const stageLines = wrapWords(localisedString(this.i18n, r.stageLabel), maxChars);
    const badges = [
      this.i18n.t('wheel.badge.tools', {
        inPlace: this.i18n.number(r.tools.inPlace),
        total: this.i18n.number(r.tools.total),
      }),
      ...(l.flaggedMeasures > 0
        ? [this.i18n.t('wheel.badge.flagged', { count: this.i18n.number(l.flaggedMeasures) })]
        : []),
      ...(l.openActions > 0 || l.overdueActions > 0
        ? [
            this.i18n.t('wheel.badge.actions', {
              open: this.i18n.number(l.openActions),
              overdue: this.i18n.number(l.overdueActions),
            }),
          ]
        : []),
    ];
    const lines: { text: string; cls: string }[] = [
      ...nameLines.map((text) => ({ text, cls: 'seg-name' })),
      {
        text: this.i18n.t('wheel.stageShort', { stage: this.i18n.number(r.stage) }),
        cls: 'seg-stage',
      },
      ...stageLines.map((text) => ({ text, cls: 'seg-stage-label' })),
      ...badges.flatMap((text) =>
        wrapBadge(text, side === 'h' ? 24 : 15).map((line) => ({ text: line, cls: 'seg-badge' })),
      ),
    ];
    // A badge too long for one line (Welsh "Camau gweithredu 3 (1 yn hwyr)") wraps; the lines
    // then sit closer so the block still fits inside the segment.
    const wrapped = lines.filter((line) => line.cls === 'seg-badge').length > badges.length;
    const lineHeight = wrapped ? 13 : 14;
    const top = cy - ((lines.length - 1) * lineHeight) / 2;
    // Side segments narrow towards their top and bottom: a line that would cross the edge there
    // moves inwards (its width estimated from its length; bold names are wider).
    const lineX = (y: number, line: { text: string; cls: string }) =>
      side === 'h'
        ? cx
        : Math.sign(cx) *
          sideLineX(
            Math.abs(cx),
            Math.max(Math.abs(y - 10), Math.abs(y + 3)),
            line.text.length * (line.cls === 'seg-name' ? 7.8 : 6.6),
          );
    const shape = sectorPath(R.bandInner, R.segmentOuter, start, end);
    return svg`<g
      class="segment"
      part="segment"
      role="button"
      tabindex=${tabbable ? '0' : '-1'}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${this.segmentLabel(rollup, links, aspect)}
      data-segment=${aspect}
      data-stage=${r.stage}
      @click=${() => this.activate(aspect)}
      @focus=${() => this.onSegmentFocus(aspect)}
    >
      <path class="focus-ring" d=${shape}></path>
      <path class="segment-shape" d=${shape}></path>
      <path
        class="stage-band density-${density}"
        d=${sectorPath(R.bandInner, R.bandOuter, start, end)}
        fill=${density > 0 ? `url(#stage-${density})` : 'none'}
      ></path>
    </g>
    <text class="seg-text" text-anchor="middle" aria-hidden="true" data-label=${aspect}>
      ${lines.map(
        (line, i) =>
          svg`<tspan class=${line.cls} x=${lineX(top + i * lineHeight + 4, line).toFixed(1)} y=${(top + i * lineHeight + 4).toFixed(1)}>${line.text} </tspan>`,
      )}
    </text>`;
  }

  private renderArrows() {
    return svg`<g class="arrows" aria-hidden="true">
      ${[Math.PI / 4, (3 * Math.PI) / 4, (5 * Math.PI) / 4, (7 * Math.PI) / 4].map(
        (angle) =>
          svg`<path class="arrow" d="M-5 -6L5 0L-5 6Z" transform=${arrowTransform(angle, (R.bandOuter + R.segmentOuter) / 2)}></path>`,
      )}
    </g>`;
  }

  private renderCentre(
    draft: QmsAssessment,
    settings: Settings,
    tabbable: boolean,
    pressed: boolean,
  ) {
    const name = this.centreName(settings);
    const lines = wrapWords(name, 12);
    const count = draft.feedback.length;
    const label =
      settings.centre === 'feedback'
        ? `${name}. ${this.count('wheel.feedbackItems', count)}`
        : name;
    return svg`<g
      class="segment centre"
      part="segment"
      role="button"
      tabindex=${tabbable ? '0' : '-1'}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${label}
      data-segment="centre"
      @click=${() => this.activate('centre')}
      @focus=${() => this.onSegmentFocus('centre')}
    >
      <circle class="focus-ring" r=${R.centre}></circle>
      <circle class="segment-shape" r=${R.centre}></circle>
    </g>
    <text class="seg-text" text-anchor="middle" aria-hidden="true" data-label="centre">
        ${lines.map(
          (line, i) =>
            svg`<tspan class="seg-name" x="0" y=${(i - (lines.length - 1) / 2) * 15 + (settings.centre === 'feedback' ? -2 : 5)}>${line} </tspan>`,
        )}
        ${
          settings.centre === 'feedback'
            ? svg`<tspan class="seg-badge" x="0" y=${((lines.length + 1) / 2) * 15 + 2}>${this.i18n.number(count)}</tspan>`
            : nothing
        }
    </text>`;
  }

  private renderEnablerBand(draft: QmsAssessment) {
    const enablers = qmsEnablerSets[draft.enablers.set];
    return svg`<g class="enablers" aria-hidden="true">
      ${enablers.map((_, i) => {
        const { start, end } = enablerAngles(i, enablers.length);
        const [x, y] = sectorCentroid(R.enablerInner, R.enablerOuter, start, end);
        return svg`<path class="enabler" d=${sectorPath(R.enablerInner, R.enablerOuter, start, end, 0.02)}></path>
          <text class="enabler-number" x=${x.toFixed(1)} y=${(y + 5).toFixed(1)} text-anchor="middle">${this.i18n.number(i + 1)}</text>`;
      })}
    </g>`;
  }

  private renderEnablerLegend(draft: QmsAssessment, links: QmsLinks) {
    if (this.hideEnablers) return nothing;
    const enablers = qmsEnablerSets[draft.enablers.set];
    return html`<div class="enabler-legend" part="enablers">
      <p class="legend-title" id="enablers-title">${this.i18n.t('wheel.enablers.legend')}</p>
      <ol aria-labelledby="enablers-title">
        ${enablers.map((enabler) => {
          const l = links.enablers[enabler.id];
          const extra: string[] = [];
          if (l && l.flaggedMeasures > 0)
            extra.push(this.count('wheel.flagged', l.flaggedMeasures));
          if (l && (l.openActions > 0 || l.overdueActions > 0)) extra.push(this.actionsText(l));
          return html`<li data-enabler=${enabler.id}>
            ${renderLocalised(this.i18n, enabler.label)}${
              extra.length > 0
                ? html`<span class="enabler-extra"> – ${extra.join('; ')}</span>`
                : nothing
            }
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private renderListItem(
    segment: QmsWheelSegment,
    rollup: MaturityRollup,
    links: QmsLinks,
    settings: Settings,
    selected: QmsWheelSegment | undefined,
  ): TemplateResult {
    const pressed = selected === segment;
    if (segment === 'centre') {
      return html`<li>
        <button
          type="button"
          class="list-button"
          aria-pressed=${pressed ? 'true' : 'false'}
          data-segment="centre"
          @click=${() => this.activate('centre')}
        >
          <span class="list-name">${this.centreName(settings)}</span>
        </button>
      </li>`;
    }
    const r = rollup.aspects[segment];
    const l = links.aspects[segment];
    return html`<li>
      <button
        type="button"
        class="list-button"
        aria-pressed=${pressed ? 'true' : 'false'}
        data-segment=${segment}
        data-stage=${r.stage}
        @click=${() => this.activate(segment)}
      >
        <span class="list-name">${this.aspectName(segment)}</span>
        <span class="list-stage"
          ><span
            class="stage-swatch density-${densityOf(r.stage, r.topStage)}"
            aria-hidden="true"
          ></span
          >${this.stageText(rollup, segment)}</span
        >
        <span class="list-detail">${this.toolsText(rollup, segment)}</span>
        <span class="list-detail">${this.count('wheel.flagged', l.flaggedMeasures)}</span>
        <span class="list-detail">${this.actionsText(l)}</span>
      </button>
    </li>`;
  }

  private renderSummary(rollup: MaturityRollup, links: QmsLinks): TemplateResult {
    const mean = this.i18n.number(rollup.overall.meanStage, { maximumFractionDigits: 1 });
    return html`<div class="summary" part="summary">
      <table>
        <caption>
          ${this.i18n.t('wheel.summary.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.i18n.t('wheel.col.segment')}</th>
            <th scope="col">${this.i18n.t('wheel.col.stage')}</th>
            <th scope="col">${this.i18n.t('wheel.col.questions')}</th>
            <th scope="col">${this.i18n.t('wheel.col.tools')}</th>
            <th scope="col">${this.i18n.t('wheel.col.measures')}</th>
            <th scope="col">${this.i18n.t('wheel.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${qmsAspects.map((aspect) => {
            const q = rollup.aspects[aspect].questions;
            const l = links.aspects[aspect];
            return html`<tr data-aspect=${aspect}>
              <th scope="row">${this.aspectName(aspect)}</th>
              <td>${this.stageText(rollup, aspect)}</td>
              <td>
                ${this.i18n.t('wheel.answered', {
                  answered: this.i18n.number(q.total - q.unanswered),
                  total: this.i18n.number(q.total),
                })}
              </td>
              <td>${this.toolsText(rollup, aspect)}</td>
              <td>${this.count('wheel.flagged', l.flaggedMeasures)}</td>
              <td>${this.actionsText(l)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="overall">
        ${this.i18n.t('wheel.overall', {
          min: this.i18n.number(rollup.overall.minStage),
          max: this.i18n.number(rollup.overall.maxStage),
          mean,
          aspects: rollup.overall.weakestAspects.map((a) => this.aspectName(a)).join(', '),
        })}
      </p>
    </div>`;
  }

  // ---- the panel --------------------------------------------------------------------------

  private renderPanel(
    segment: QmsWheelSegment,
    draft: QmsAssessment,
    rollup: MaturityRollup,
    links: QmsLinks,
    settings: Settings,
  ): TemplateResult {
    const level = Math.min(6, this.level + 1);
    const title = segment === 'centre' ? this.centreName(settings) : this.aspectName(segment);
    return html`<section
      class="panel"
      part="panel"
      aria-labelledby="panel-title"
      data-segment=${segment}
      @keydown=${this.onPanelKeydown}
    >
      <div class="panel-title" id="panel-title" role="heading" aria-level=${level}>${title}</div>
      ${
        segment === 'centre'
          ? this.renderCentrePanel(draft, settings, level)
          : this.renderAspectPanel(segment, draft, rollup, links.aspects[segment], settings, level)
      }
    </section>`;
  }

  private renderCentrePanel(draft: QmsAssessment, settings: Settings, level: number) {
    const heading = (text: string) =>
      html`<div class="panel-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
        ${text}
      </div>`;
    const items = [...draft.feedback].sort((a, b) =>
      a.date < b.date ? 1 : a.date > b.date ? -1 : 0,
    );
    return html`${
        settings.centre === 'continuous-learning'
          ? html`<p class="definition">${this.i18n.t('wheel.learning.text')}</p>`
          : nothing
      }
      ${heading(this.i18n.t('wheel.feedback.sources'))}
      <ul class="sources">
        ${feedbackSourceSchema.options.map(
          (source) =>
            html`<li>
              ${this.i18n.t(`qms.feedbackSource.${source}`)}
              (${this.i18n.number(draft.feedback.filter((f) => f.source === source).length)})
            </li>`,
        )}
      </ul>
      ${heading(this.i18n.t('wheel.feedback.items'))}
      ${
        items.length === 0
          ? html`<p>${this.i18n.t('wheel.feedback.none')}</p>`
          : html`<ul class="feedback">
              ${items.map(
                (item) =>
                  html`<li>
                    ${
                      item.url
                        ? html`<a href=${item.url}>${renderLocalised(this.i18n, item.title)}</a>`
                        : renderLocalised(this.i18n, item.title)
                    }
                    <span class="item-meta"
                      >${this.i18n.t(`qms.feedbackSource.${item.source}`)} ·
                      ${this.i18n.date(item.date)}</span
                    >
                  </li>`,
              )}
            </ul>`
      }`;
  }

  private renderAspectPanel(
    aspect: QmsAspect,
    draft: QmsAssessment,
    rollup: MaturityRollup,
    links: SegmentLinks,
    settings: Settings,
    level: number,
  ) {
    const state = draft.aspects[aspect];
    const r = rollup.aspects[aspect];
    const q = r.questions;
    const scale = maturityScaleOf(draft);
    const heading = (text: string) =>
      html`<div class="panel-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
        ${text}
      </div>`;
    return html`<p class="definition">${this.i18n.t(`qms.aspect.${aspect}.definition`)}</p>
      <div class="stage-field">
        <label for="stage">${this.i18n.t('wheel.stage.label')}</label>
        <select
          id="stage"
          .value=${live(String(state.stage))}
          @change=${(e: Event) =>
            this.onStageChange(aspect, e.target as HTMLSelectElement, state.stage)}
        >
          ${scale.map(
            (level) =>
              html`<option value=${level.stage} ?selected=${level.stage === state.stage}>
                ${this.i18n.number(level.stage)} – ${localisedString(this.i18n, level.label)}
              </option>`,
          )}
        </select>
      </div>
      <p class="rollup" role="status">
        ${this.i18n.t('wheel.answers', {
          yes: this.i18n.number(q.yes),
          partly: this.i18n.number(q.partly),
          no: this.i18n.number(q.no),
          unanswered: this.i18n.number(q.unanswered),
          total: this.i18n.number(q.total),
        })}.
        ${this.toolsText(rollup, aspect)}.
      </p>
      ${heading(this.i18n.t(`wheel.questions.${settings.scope}`))}
      ${guidingQuestionsFor(aspect).map((question) => this.renderQuestion(aspect, question, draft))}
      ${heading(this.i18n.t(`wheel.tools.${settings.scope}`))} ${this.renderTools(aspect, draft)}
      ${this.renderNotes(aspect, undefined, state.notes, 'wheel.notes.aspect', {})}
      ${heading(this.i18n.t('wheel.measures'))} ${this.renderLinkedMeasures(links)}
      ${heading(this.i18n.t('wheel.actions'))} ${this.renderLinkedActions(links)}`;
  }

  private renderQuestion(aspect: QmsAspect, question: GuidingQuestion, draft: QmsAssessment) {
    const answer = draft.aspects[aspect].questions.find((a) => a.id === question.id);
    const name = `answer-${question.id}`;
    return html`<fieldset class="question" data-question=${question.id}>
      <legend>
        ${this.i18n.number(question.number)}. ${renderLocalised(this.i18n, question.text)}
      </legend>
      <div class="answers">
        ${ANSWERS.map(
          (value) =>
            html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${value}
                .checked=${live(answer?.answer === value)}
                @change=${() => this.onAnswer(aspect, question.id, value)}
              />
              ${this.i18n.t(`qms.answer.${value}`)}
            </label>`,
        )}
      </div>
      ${this.renderNotes(aspect, question.id, answer?.notes, 'wheel.notes.question', {
        number: this.i18n.number(question.number),
        unanswered: answer === undefined,
      })}
    </fieldset>`;
  }

  private renderNotes(
    aspect: QmsAspect,
    questionId: GuidingQuestion['id'] | undefined,
    notes: LocalisedText | undefined,
    labelKey: 'wheel.notes.question' | 'wheel.notes.aspect',
    options: { number?: string; unanswered?: boolean },
  ) {
    const key = notesKey(aspect, questionId);
    const id = `notes-${aspect}-${questionId ?? 'aspect'}`;
    const typed = this.typed.get(key);
    const picked = pickText(notes, this.i18n.lang);
    // Notes in another language are shown beside the box, not copied into it.
    const own = typeof notes === 'string' ? notes : picked && !picked.fallback ? picked.text : '';
    const value = typed?.text ?? own;
    const hintId = `${id}-hint`;
    return html`<div class="notes">
      <label for=${id}>
        ${this.i18n.t(labelKey, options.number ? { number: options.number } : undefined)}
      </label>
      ${
        picked?.fallback && picked.lang
          ? html`<p class="other-notes">
              ${this.i18n.t('wheel.notes.other', {
                language: this.languageName(picked.lang),
              })}
              <span lang=${picked.lang}>${picked.text}</span>
            </p>`
          : nothing
      }
      ${
        options.unanswered
          ? html`<p class="hint" id=${hintId}>${this.i18n.t('wheel.notes.pending')}</p>`
          : nothing
      }
      <textarea
        id=${id}
        rows="2"
        aria-describedby=${options.unanswered ? hintId : nothing}
        .value=${live(value)}
        @input=${(e: Event) => this.onNotesInput(key, (e.target as HTMLTextAreaElement).value)}
        @change=${() => this.commitNotes(aspect, questionId)}
      ></textarea>
    </div>`;
  }

  private languageName(lang: string): string {
    return languageName(this.i18n, lang);
  }

  private renderTools(aspect: QmsAspect, draft: QmsAssessment) {
    const state = draft.aspects[aspect];
    const catalogue = exampleToolsFor(aspect);
    const local = state.tools.filter((t) => !catalogue.some((c) => c.id === t.id));
    const tools = [
      ...catalogue.map((t) => ({ id: t.id, label: t.label })),
      ...local.map((t) => ({ id: t.id, label: t.label ?? t.id })),
    ];
    return html`<fieldset class="tools">
      <legend class="visually-hidden">${this.i18n.t('qms.tools')}</legend>
      ${tools.map((tool) => {
        const inPlace = state.tools.find((t) => t.id === tool.id)?.inPlace ?? false;
        return html`<label class="choice" data-tool=${tool.id}>
          <input
            type="checkbox"
            .checked=${live(inPlace)}
            @change=${(e: Event) =>
              this.onTool(aspect, tool.id, (e.target as HTMLInputElement).checked)}
          />
          ${renderLocalised(this.i18n, tool.label)}
        </label>`;
      })}
    </fieldset>`;
  }

  private renderLinkedMeasures(links: SegmentLinks) {
    if (links.measures.length === 0) return html`<p>${this.i18n.t('wheel.measures.none')}</p>`;
    return html`<ul class="linked">
      ${links.measures.map((m) =>
        m.measure
          ? html`<li data-measure=${m.id}>
              <qms-spc-icon kind="variation" value=${m.variation}></qms-spc-icon>
              <qms-spc-icon kind="assurance" value=${m.assurance ?? 'none'}></qms-spc-icon>
              <span>${renderLocalised(this.i18n, m.measure.name)}</span>
            </li>`
          : html`<li data-measure=${m.id}>
              ${this.i18n.t('wheel.measure.unknown', { id: m.id })}
            </li>`,
      )}
    </ul>`;
  }

  private renderLinkedActions(links: SegmentLinks) {
    if (links.actions.length === 0) return html`<p>${this.i18n.t('wheel.actions.none')}</p>`;
    return html`<ul class="linked">
      ${links.actions.map((a) =>
        a.action
          ? html`<li data-action=${a.id}>
              <span class="action-id">${a.id}</span>
              ${renderLocalised(this.i18n, a.action.title)}
              <span class="item-meta">
                ${this.i18n.t(`action.status.${a.action.status}`)}${
                  a.dueState ? html` · ${this.i18n.t(`action.dueState.${a.dueState}`)}` : nothing
                }
              </span>
            </li>`
          : html`<li data-action=${a.id}>${this.i18n.t('wheel.action.unknown', { id: a.id })}</li>`,
      )}
    </ul>`;
  }

  // ---- behaviour --------------------------------------------------------------------------

  private activate(segment: QmsWheelSegment): void {
    const selected = this.selected !== segment;
    this.selected = selected ? segment : undefined;
    this.focusIndex = SEGMENTS.indexOf(segment);
    const event = new QmsSegmentSelectEvent({ segment, selected });
    this.dispatchEvent(event);
  }

  private onSegmentFocus(segment: QmsWheelSegment): void {
    this.focusIndex = SEGMENTS.indexOf(segment);
  }

  private readonly onRingKeydown = (e: KeyboardEvent): void => {
    const target = (e.target as Element | null)?.closest('[data-segment]');
    const current = target?.getAttribute('data-segment');
    if (!isSegment(current)) return;
    const index = SEGMENTS.indexOf(current);
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (index + 1) % SEGMENTS.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (index - 1 + SEGMENTS.length) % SEGMENTS.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = SEGMENTS.length - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.activate(current);
        return;
      default:
        return;
    }
    e.preventDefault();
    this.focusIndex = next;
    void this.updateComplete.then(() => this.focusSegment(SEGMENTS[next] ?? 'planning'));
  };

  private readonly onPanelKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !isSegment(this.selected)) return;
    const segment = this.selected;
    e.preventDefault();
    this.activate(segment);
    void this.updateComplete.then(() => this.focusSegment(segment));
  };

  /** Focuses a segment in whichever view (ring or list) is showing. */
  private focusSegment(segment: QmsWheelSegment): void {
    const candidates = [
      ...this.renderRoot.querySelectorAll<HTMLElement | SVGElement>(`[data-segment="${segment}"]`),
    ].filter((el) => el.matches('[role="button"], button') && el.getClientRects().length > 0);
    candidates[0]?.focus();
  }

  /** Proposes a change: cancelable before-event, then apply and announce. */
  private commit(aspect: QmsAspect, change: AssessmentChange): boolean {
    const draft = this.draft;
    if (!draft) return false;
    const result = applyAssessmentChange(draft, aspect, change);
    if (!result.ok) {
      this.requestUpdate();
      return false;
    }
    const detail = { assessment: result.value, aspect, change };
    const before = new QmsAssessmentBeforeChangeEvent(detail);
    if (!this.dispatchEvent(before)) {
      // Vetoed: re-render puts radios, boxes and the stage back (they are bound with live()).
      this.requestUpdate();
      return false;
    }
    this.draft = result.value;
    this.requestUpdate();
    const after = new QmsAssessmentChangeEvent(detail);
    this.dispatchEvent(after);
    return true;
  }

  private onAnswer(aspect: QmsAspect, questionId: GuidingQuestion['id'], answer: GuidingAnswer) {
    if (this.commit(aspect, { type: 'answer', questionId, answer })) {
      // Notes typed before the question was answered are kept with the answer now.
      if (this.typed.has(notesKey(aspect, questionId))) this.commitNotes(aspect, questionId);
    }
  }

  private onTool(aspect: QmsAspect, toolId: string, inPlace: boolean) {
    this.commit(aspect, { type: 'tool', toolId, inPlace });
  }

  private onStageChange(aspect: QmsAspect, select: HTMLSelectElement, before: number) {
    const stage = Number(select.value);
    if (!this.commit(aspect, { type: 'stage', stage })) select.value = String(before);
  }

  private onNotesInput(key: string, text: string) {
    const lang = this.typed.get(key)?.lang ?? this.i18n.lang;
    this.typed.set(key, { text, lang });
  }

  /** Keeps typed notes in the assessment (on `change`); unsaved text stays in its box if not. */
  private commitNotes(aspect: QmsAspect, questionId: GuidingQuestion['id'] | undefined) {
    const key = notesKey(aspect, questionId);
    const typed = this.typed.get(key);
    if (!typed || !this.draft) return;
    const answered =
      questionId === undefined ||
      this.draft.aspects[aspect].questions.some((a) => a.id === questionId);
    if (!answered) return;
    const change: AssessmentChange =
      questionId === undefined
        ? { type: 'aspect-notes', notes: typed.text, lang: typed.lang }
        : { type: 'question-notes', questionId, notes: typed.text, lang: typed.lang };
    if (this.commit(aspect, change)) this.typed.delete(key);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qms-cycle-wheel': QmsCycleWheel;
  }
}
