import { LitElement, html, nothing, svg, type SVGTemplateResult } from 'lit';
import { notOneOf } from '../internal/attribute-check.js';
import { Hardened } from '../internal/hardened.js';
import { property } from 'lit/decorators.js';
import {
  assuranceIconSchema,
  variationIconSchema,
  type AssuranceIcon,
  type Problem,
  type VariationIcon,
} from '@qms-kit/sdk';
import { ErrorReporter, renderErrorPanel } from '../internal/error-panel.js';
import { LocalizeController } from '../internal/localize.js';
import { baseStyles, stateStyles } from '../internal/styles.js';
import { spcIconStyles } from './spc-icon.styles.js';

export type SpcIconKind = 'variation' | 'assurance';
/** Assurance values, plus `none` for "no target" or "not enough data". */
export type SpcAssuranceValue = AssuranceIcon | 'none';
export type SpcIconValue = VariationIcon | SpcAssuranceValue;

type Tone = 'common' | 'improvement' | 'concern' | 'neutral';
type LetterKey = 'high' | 'low' | 'pass' | 'fail' | 'hit-or-miss';
type Dots = 'flat' | 'high' | 'low';

/** What to draw for one icon: every signal has a non-colour cue (letter, arrow, dots). */
interface Glyph {
  tone: Tone;
  letter?: LetterKey;
  arrow?: 'up' | 'down';
  dots?: Dots;
  none?: true;
}

const VARIATION: Record<VariationIcon, Glyph> = {
  'common-cause': { tone: 'common', dots: 'flat' },
  'improvement-high': { tone: 'improvement', letter: 'high', dots: 'high' },
  'improvement-low': { tone: 'improvement', letter: 'low', dots: 'low' },
  'concern-high': { tone: 'concern', letter: 'high', dots: 'high' },
  'concern-low': { tone: 'concern', letter: 'low', dots: 'low' },
  'neither-high': { tone: 'neutral', arrow: 'up', dots: 'high' },
  'neither-low': { tone: 'neutral', arrow: 'down', dots: 'low' },
  none: { tone: 'common', none: true },
};

const ASSURANCE: Record<SpcAssuranceValue, Glyph> = {
  pass: { tone: 'improvement', letter: 'pass' },
  fail: { tone: 'concern', letter: 'fail' },
  'hit-or-miss': { tone: 'common', letter: 'hit-or-miss' },
  none: { tone: 'common', none: true },
};

/** Five points of a small run chart, in the 40 × 40 viewBox; the last two carry the signal. */
const DOTS: Record<Dots, { points: [number, number][]; signalFrom: number }> = {
  flat: {
    points: [
      [9, 21],
      [14.5, 18.5],
      [20, 21.5],
      [25.5, 19],
      [31, 20.5],
    ],
    signalFrom: 5,
  },
  high: {
    points: [
      [11, 29],
      [15.5, 30.5],
      [20, 29],
      [24.5, 25.5],
      [29, 24],
    ],
    signalFrom: 3,
  },
  low: {
    points: [
      [11, 24.5],
      [15.5, 23],
      [20, 24.5],
      [24.5, 28],
      [29, 29.5],
    ],
    signalFrom: 3,
  },
};

const ARROWS = {
  up: 'M20 19V7M15 12L20 7L25 12',
  down: 'M20 7V19M15 14L20 19L25 14',
} as const;

/** Catalogue keys of the icons' names: `t()` rejects any that the catalogue lacks. */
type IconKey = `icon.variation.${VariationIcon}` | `icon.assurance.${SpcAssuranceValue}`;

type Resolved =
  | { ok: true; kind: SpcIconKind; value: SpcIconValue; glyph: Glyph }
  | { ok: false; problems: Problem[] };

const normalise = (v: unknown): string => (typeof v === 'string' ? v.trim().toLowerCase() : '');

const isVariation = (v: string): v is VariationIcon => variationIconSchema.safeParse(v).success;
const isAssurance = (v: string): v is SpcAssuranceValue =>
  v === 'none' || assuranceIconSchema.safeParse(v).success;

/**
 * A Making Data Count summary icon: the variation icon (what the latest point says about the
 * process) or the assurance icon (whether the process will meet its target), drawn as inline
 * SVG with the MDC letters and glyphs, and named in English or Welsh for assistive technology.
 *
 * Unknown `kind` or `value` shows a small readable error (`role="alert"`) and fires
 * `qms-error`; the element never throws and is never blank.
 *
 * @tagname qms-spc-icon
 * @summary MDC variation or assurance icon with an accessible name in English or Welsh.
 *
 * @fires {QmsErrorEvent} qms-error - `kind` or `value` is not recognised; `detail.problems` says which and why, `detail.source` is `attribute`. Fired once per distinct problem.
 *
 * @csspart icon - The `<svg>` (role `img`).
 * @csspart label - The visible short name shown with `show-label`.
 * @csspart error - The error panel shown for an unknown `kind` or `value`.
 *
 * @cssprop [--qms-icon-size=2.5rem] - Width and height of the icon; never smaller than 24px.
 * @cssprop [--qms-icon-background=#ffffff] - Fill inside the ring; letters keep 4.5:1 contrast on white.
 * @cssprop [--qms-icon-font-family=Arial, Helvetica, sans-serif] - Font of the letters.
 * @cssprop [--qms-icon-label-font-size=1em] - Font size of the visible label.
 * @cssprop [--qms-colour-common-cause=#a6a6a6] - Ring of common cause and hit-or-miss icons (MDC point palette, Dec 2023).
 * @cssprop [--qms-colour-improvement=#00b0f0] - Ring and signal dots for improvement and pass.
 * @cssprop [--qms-colour-concern=#e46c0a] - Ring and signal dots for concern and fail.
 * @cssprop [--qms-colour-neutral=#490092] - Ring and signal dots for neither high nor low.
 * @cssprop [--qms-colour-common-cause-text=#666666] - Run-chart dots, the "?" letter and the "not assessed" dash.
 * @cssprop [--qms-colour-improvement-text=#0072c6] - H, L and P letters of improvement and pass.
 * @cssprop [--qms-colour-concern-text=#b35000] - H, L and F letters of concern and fail.
 * @cssprop [--qms-colour-neutral-text=#490092] - Arrows of the neither icons.
 * @cssprop [--qms-colour-text=var(--nhsuk-text-colour, #212b32)] - Label and error text.
 */
export class QmsSpcIcon extends Hardened(LitElement) {
  static override styles = [baseStyles, stateStyles, spcIconStyles];

  /**
   * `variation` or `assurance`. When absent it is inferred from `value` (their values do not
   * overlap); with neither, the "variation not assessed" icon is drawn.
   */
  @property({ reflect: true }) kind: 'variation' | 'assurance' | undefined;

  /**
   * Variation: `common-cause`, `improvement-high`, `improvement-low`, `concern-high`,
   * `concern-low`, `neither-high`, `neither-low`, `none`. Assurance: `pass`, `fail`,
   * `hit-or-miss`, `none` (no target, or not enough data). Absent means `none`.
   * Case and surrounding spaces are ignored.
   */
  // Spelled out on one line (not SpcIconValue) so the manifest, Storybook and React bindings list them.
  // prettier-ignore
  @property({ reflect: true }) value: 'common-cause' | 'improvement-high' | 'improvement-low' | 'concern-high' | 'concern-low' | 'neither-high' | 'neither-low' | 'pass' | 'fail' | 'hit-or-miss' | 'none' | undefined;

  /** Replaces the accessible name (and tooltip), e.g. to add the measure's name. */
  @property() label: string | undefined;

  /** Shows the icon's short name (e.g. "Improvement (high)") beside it. */
  @property({ type: Boolean, reflect: true, attribute: 'show-label' }) showLabel = false;

  private readonly i18n = new LocalizeController(this);
  private readonly errors = new ErrorReporter(this);
  private resolved: Resolved = {
    ok: true,
    kind: 'variation',
    value: 'none',
    glyph: VARIATION.none,
  };

  protected override willUpdate(): void {
    // Cheap, and re-run on every update so problem messages follow a change of language.
    this.resolved = this.resolve();
    if (this.resolved.ok) this.errors.clear();
    else this.errors.report(this.resolved.problems, 'attribute');
  }

  protected override render() {
    if (!this.resolved.ok) {
      return renderErrorPanel(this.i18n, this.resolved.problems, { compact: true });
    }
    const { kind, value, glyph } = this.resolved;
    const name = this.label?.trim() || this.i18n.t(`icon.${kind}.${value}` as IconKey);
    const classes = `icon ${kind} ${glyph.tone}${glyph.none ? ' none' : ''}`;
    return html`<svg
        part="icon"
        class=${classes}
        viewBox="0 0 40 40"
        role="img"
        aria-labelledby="name"
        focusable="false"
        data-kind=${kind}
        data-value=${value}
      >
        <title id="name">${name}</title>
        <circle class="ring" cx="20" cy="20" r="17.5"></circle>
        ${this.renderGlyph(kind, glyph)}
      </svg>
      ${
        this.showLabel
          ? html`<span part="label" class="label" aria-hidden="true"
              >${this.i18n.t(`icon.${kind}.${value}.short` as `${IconKey}.short`)}</span
            >`
          : nothing
      }`;
  }

  private renderGlyph(kind: SpcIconKind, glyph: Glyph): SVGTemplateResult {
    if (glyph.none) return svg`<path class="dash" d="M14 20H26"></path>`;
    const letterY = kind === 'assurance' ? 27.8 : 19;
    return svg`
      ${
        glyph.letter
          ? svg`<text class="letter" x="20" y=${letterY} text-anchor="middle">${this.i18n.t(
              `icon.letter.${glyph.letter}`,
            )}</text>`
          : nothing
      }
      ${glyph.arrow ? svg`<path class="arrow" d=${ARROWS[glyph.arrow]}></path>` : nothing}
      ${glyph.dots ? this.renderDots(glyph.dots) : nothing}
    `;
  }

  private renderDots(kind: Dots): SVGTemplateResult {
    const { points, signalFrom } = DOTS[kind];
    return svg`
      <polyline class="line" points=${points.map((p) => p.join(',')).join(' ')}></polyline>
      ${points.map(
        ([cx, cy], i) =>
          svg`<circle class="dot ${i >= signalFrom ? 'signal' : ''}" cx=${cx} cy=${cy} r="2.2"></circle>`,
      )}
    `;
  }

  /** Validates `kind` and `value` against the SDK's icon vocabularies. */
  private resolve(): Resolved {
    const kindText = normalise(this.kind);
    const value = normalise(this.value) || 'none';
    const problems: Problem[] = [];
    let kind: SpcIconKind | undefined;
    if (kindText === 'variation' || kindText === 'assurance') kind = kindText;
    else if (kindText !== '')
      problems.push(notOneOf(this.i18n, 'kind', this.kind, ['variation', 'assurance']));
    // Without a (valid) kind, the value decides: the two vocabularies share only `none`.
    kind ??= isVariation(value) ? 'variation' : isAssurance(value) ? 'assurance' : undefined;

    if (kind === 'variation' && isVariation(value)) {
      if (problems.length === 0) return { ok: true, kind, value, glyph: VARIATION[value] };
    } else if (kind === 'assurance' && isAssurance(value)) {
      if (problems.length === 0) return { ok: true, kind, value, glyph: ASSURANCE[value] };
    } else {
      const allowed =
        kind === 'variation'
          ? variationIconSchema.options
          : kind === 'assurance'
            ? [...assuranceIconSchema.options, 'none']
            : [...variationIconSchema.options, ...assuranceIconSchema.options];
      problems.push(notOneOf(this.i18n, 'value', this.value, allowed));
    }
    return { ok: false, problems };
  }
}

// Fails to compile if the spelled-out `kind` and `value` unions drift from the SDK's vocabularies.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _SpcIconAttributeTypesMatch = [
  Assert<Same<NonNullable<QmsSpcIcon['value']>, SpcIconValue>>,
  Assert<Same<NonNullable<QmsSpcIcon['kind']>, SpcIconKind>>,
];

declare global {
  interface HTMLElementTagNameMap {
    'qms-spc-icon': QmsSpcIcon;
  }
}
