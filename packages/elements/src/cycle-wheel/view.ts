import {
  aspectTools,
  feedbackBySource,
  feedbackNewestFirst,
  guidingQuestionsFor,
  maturityScaleOf,
  qmsAspects,
  qmsEnablerSets,
  type AspectRollup,
  type AspectTool,
  type FeedbackSource,
  type GuidingAnswer,
  type GuidingQuestion,
  type LocalisedText,
  type MaturityRollup,
  type MessageKey,
  type QmsAspect,
  type QmsAssessment,
  type QmsCentre,
  type QmsLinks,
  type QmsScope,
  type SegmentLinks,
} from '@qms-kit/sdk';
import type { QmsWheelSegment } from '../internal/events/qms-segment-select.js';
import { languageName } from '../internal/language-name.js';
import { pickText } from '../internal/localised-text.js';
import type { LocalizeController } from '../internal/localize.js';
import {
  R,
  arrowTransform,
  aspectAngles,
  densityOf,
  enablerAngles,
  sectorCentroid,
  sectorPath,
  sideLineX,
  wrapBadge,
  wrapWords,
} from './geometry.js';

/** The ring's segments in focus order: the four aspects clockwise, then the centre. */
export const SEGMENTS: readonly QmsWheelSegment[] = [...qmsAspects, 'centre'];
/** A guiding question's answers, in the order they are offered. */
export const ANSWERS: readonly GuidingAnswer[] = ['yes', 'partly', 'no'];

export const isSegment = (v: unknown): v is QmsWheelSegment =>
  typeof v === 'string' && (SEGMENTS as readonly string[]).includes(v);

/** The element's words: what the view needs of its localisation. */
export type Words = Pick<LocalizeController, 'lang' | 'intlLocale' | 't' | 'plural' | 'number'>;

export interface Settings {
  scope: QmsScope;
  centre: QmsCentre;
}

/** Notes typed but not yet kept in the assessment (unanswered question, vetoed, or mid-typing). */
export interface TypedNotes {
  text: string;
  lang: string;
}

/** Which notes box: an aspect's own notes, or one question's. */
export const notesKey = (aspect: QmsAspect, questionId?: string) => `${aspect}|${questionId ?? ''}`;

/** Host text in the element's language as a plain string ('' when there is none). */
const plain = (words: Words, value: LocalisedText | undefined) =>
  pickText(value, words.lang)?.text ?? '';

// ---- words --------------------------------------------------------------------------------

export const aspectName = (words: Words, aspect: QmsAspect) => words.t(`qms.aspect.${aspect}`);

export const centreName = (words: Words, settings: Settings) =>
  words.t(`qms.centre.${settings.centre}`);

export function stageText(words: Words, r: AspectRollup): string {
  return words.t('qms.stage', {
    stage: words.number(r.stage),
    top: words.number(r.topStage),
    label: plain(words, r.stageLabel),
  });
}

export function toolsText(words: Words, r: AspectRollup): string {
  return words.t('qms.tools.inPlace', {
    inPlace: words.number(r.tools.inPlace),
    total: words.number(r.tools.total),
  });
}

/** "No …" for zero, else the plural form of `key`. */
export function count(words: Words, key: string, n: number): string {
  return n === 0 ? words.t(`${key}.none` as MessageKey) : words.plural(key, n);
}

export const flaggedText = (words: Words, links: SegmentLinks) =>
  count(words, 'wheel.flagged', links.flaggedMeasures);

export function actionsText(words: Words, links: SegmentLinks): string {
  const open = count(words, 'wheel.openActions', links.openActions);
  return links.overdueActions > 0
    ? `${open}, ${words.t('wheel.overdueActions', { count: words.number(links.overdueActions) })}`
    : open;
}

/** Everything a segment says, for its accessible name. */
export function segmentLabel(words: Words, r: AspectRollup, l: SegmentLinks): string {
  return [
    aspectName(words, r.aspect),
    stageText(words, r),
    toolsText(words, r),
    flaggedText(words, l),
    actionsText(words, l),
  ].join('. ');
}

// ---- the ring -----------------------------------------------------------------------------

/** The short badges drawn in a segment: tools always, flagged measures and actions when any. */
export function segmentBadges(words: Words, r: AspectRollup, l: SegmentLinks): string[] {
  return [
    words.t('wheel.badge.tools', {
      inPlace: words.number(r.tools.inPlace),
      total: words.number(r.tools.total),
    }),
    ...(l.flaggedMeasures > 0
      ? [words.t('wheel.badge.flagged', { count: words.number(l.flaggedMeasures) })]
      : []),
    ...(l.openActions > 0 || l.overdueActions > 0
      ? [
          words.t('wheel.badge.actions', {
            open: words.number(l.openActions),
            overdue: words.number(l.overdueActions),
          }),
        ]
      : []),
  ];
}

/** One line of text in a segment, placed in viewBox units. */
export interface TextLine {
  text: string;
  cls: 'seg-name' | 'seg-stage' | 'seg-stage-label' | 'seg-badge';
  x: string;
  y: string;
}

export interface SegmentView {
  aspect: QmsAspect;
  stage: number;
  density: number;
  label: string;
  /** The whole segment (focus ring and shape), and its inner band that shows the stage. */
  shape: string;
  band: string;
  lines: TextLine[];
}

export function segmentView(words: Words, r: AspectRollup, l: SegmentLinks): SegmentView {
  const { start, end, side } = aspectAngles[r.aspect];
  const density = densityOf(r.stage, r.topStage);
  const [cx, cy] = sectorCentroid(R.bandOuter, R.segmentOuter, start, end);
  const maxChars = side === 'h' ? 20 : 13;
  const nameLines = wrapWords(aspectName(words, r.aspect), maxChars);
  const stageLines = wrapWords(plain(words, r.stageLabel), maxChars);
  const badges = segmentBadges(words, r, l);
  const lines: { text: string; cls: TextLine['cls'] }[] = [
    ...nameLines.map((text) => ({ text, cls: 'seg-name' as const })),
    { text: words.t('wheel.stageShort', { stage: words.number(r.stage) }), cls: 'seg-stage' },
    ...stageLines.map((text) => ({ text, cls: 'seg-stage-label' as const })),
    ...badges.flatMap((text) =>
      wrapBadge(text, side === 'h' ? 24 : 15).map((line) => ({
        text: line,
        cls: 'seg-badge' as const,
      })),
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
  return {
    aspect: r.aspect,
    stage: r.stage,
    density,
    label: segmentLabel(words, r, l),
    shape: sectorPath(R.bandInner, R.segmentOuter, start, end),
    band: sectorPath(R.bandInner, R.bandOuter, start, end),
    lines: lines.map((line, i) => {
      const y = top + i * lineHeight + 4;
      return { ...line, x: lineX(y, line).toFixed(1), y: y.toFixed(1) };
    }),
  };
}

export interface CentreView {
  label: string;
  lines: { text: string; y: number }[];
  /** The number of feedback items, shown when the centre is Feedback. */
  badge: { text: string; y: number } | undefined;
}

export function centreView(words: Words, draft: QmsAssessment, settings: Settings): CentreView {
  const name = centreName(words, settings);
  const lines = wrapWords(name, 12);
  const n = draft.feedback.length;
  const feedback = settings.centre === 'feedback';
  return {
    label: feedback ? `${name}. ${count(words, 'wheel.feedbackItems', n)}` : name,
    lines: lines.map((text, i) => ({
      text,
      y: (i - (lines.length - 1) / 2) * 15 + (feedback ? -2 : 5),
    })),
    badge: feedback ? { text: words.number(n), y: ((lines.length + 1) / 2) * 15 + 2 } : undefined,
  };
}

/** The four arrows round the cycle, between the segments. */
export const arrowTransforms: readonly string[] = [
  Math.PI / 4,
  (3 * Math.PI) / 4,
  (5 * Math.PI) / 4,
  (7 * Math.PI) / 4,
].map((angle) => arrowTransform(angle, (R.bandOuter + R.segmentOuter) / 2));

/** Half the viewBox: larger when the enabler band is drawn. */
export const extentOf = (showEnablers: boolean) => (showEnablers ? R.extentWithEnablers : R.extent);

export interface EnablerSector {
  shape: string;
  x: string;
  y: string;
  number: string;
}

/** The outer band: one numbered sector per enabler of the assessment's set. */
export function enablerBand(words: Words, draft: QmsAssessment): EnablerSector[] {
  const enablers = qmsEnablerSets[draft.enablers.set];
  return enablers.map((_, i) => {
    const { start, end } = enablerAngles(i, enablers.length);
    const [x, y] = sectorCentroid(R.enablerInner, R.enablerOuter, start, end);
    return {
      shape: sectorPath(R.enablerInner, R.enablerOuter, start, end, 0.02),
      x: x.toFixed(1),
      y: (y + 5).toFixed(1),
      number: words.number(i + 1),
    };
  });
}

export interface LegendItem {
  id: string;
  label: LocalisedText;
  /** Flagged measures and actions linked to the enabler, '' when none. */
  extra: string;
}

export function enablerLegend(words: Words, draft: QmsAssessment, links: QmsLinks): LegendItem[] {
  return qmsEnablerSets[draft.enablers.set].map((enabler) => {
    const l = links.enablers[enabler.id];
    const extra: string[] = [];
    if (l && l.flaggedMeasures > 0) extra.push(flaggedText(words, l));
    if (l && (l.openActions > 0 || l.overdueActions > 0)) extra.push(actionsText(words, l));
    return { id: enabler.id, label: enabler.label, extra: extra.join('; ') };
  });
}

// ---- the summary table --------------------------------------------------------------------

export interface SummaryRow {
  aspect: QmsAspect;
  name: string;
  stage: string;
  answered: string;
  tools: string;
  flagged: string;
  actions: string;
}

export function summaryRows(words: Words, rollup: MaturityRollup, links: QmsLinks): SummaryRow[] {
  return qmsAspects.map((aspect) => {
    const r = rollup.aspects[aspect];
    const q = r.questions;
    const l = links.aspects[aspect];
    return {
      aspect,
      name: aspectName(words, aspect),
      stage: stageText(words, r),
      answered: words.t('wheel.answered', {
        answered: words.number(q.total - q.unanswered),
        total: words.number(q.total),
      }),
      tools: toolsText(words, r),
      flagged: flaggedText(words, l),
      actions: actionsText(words, l),
    };
  });
}

/** The overall line under the table: lowest, highest and mean stage, and the weakest aspects. */
export function overallText(words: Words, rollup: MaturityRollup): string {
  return words.t('wheel.overall', {
    min: words.number(rollup.overall.minStage),
    max: words.number(rollup.overall.maxStage),
    mean: words.number(rollup.overall.meanStage, { maximumFractionDigits: 1 }),
    aspects: rollup.overall.weakestAspects.map((a) => aspectName(words, a)).join(', '),
  });
}

// ---- the self-assessment ------------------------------------------------------------------

export interface StageOption {
  stage: number;
  text: string;
}

export function stageOptions(words: Words, draft: QmsAssessment): StageOption[] {
  return maturityScaleOf(draft).map((level) => ({
    stage: level.stage,
    text: `${words.number(level.stage)} – ${plain(words, level.label)}`,
  }));
}

/** "Yes 2, partly 1, …" for the aspect's guiding questions. */
export function answersText(words: Words, r: AspectRollup): string {
  const q = r.questions;
  return words.t('wheel.answers', {
    yes: words.number(q.yes),
    partly: words.number(q.partly),
    no: words.number(q.no),
    unanswered: words.number(q.unanswered),
    total: words.number(q.total),
  });
}

export interface QuestionView {
  id: GuidingQuestion['id'];
  number: string;
  text: LocalisedText;
  /** The answer given, `undefined` while unanswered. */
  answer: GuidingAnswer | undefined;
  answered: boolean;
  notes: LocalisedText | undefined;
}

export function questionsView(words: Words, draft: QmsAssessment, aspect: QmsAspect) {
  const given = draft.aspects[aspect].questions;
  return guidingQuestionsFor(aspect).map((question): QuestionView => {
    const answer = given.find((a) => a.id === question.id);
    return {
      id: question.id,
      number: words.number(question.number),
      text: question.text,
      answer: answer?.answer,
      answered: answer !== undefined,
      notes: answer?.notes,
    };
  });
}

/** The aspect's tools checklist, each with whether it is in place (the SDK's rule). */
export const toolsView = (draft: QmsAssessment, aspect: QmsAspect): AspectTool[] =>
  aspectTools(draft, aspect);

export interface NotesView {
  /** What the box holds: typed text, else the notes in the element's language. */
  value: string;
  /** Notes only in another language, shown beside the box rather than copied into it. */
  other: { lang: string; text: string; language: string } | undefined;
}

export function notesView(
  words: Words,
  notes: LocalisedText | undefined,
  typed: TypedNotes | undefined,
): NotesView {
  const picked = pickText(notes, words.lang);
  // Notes in another language are shown beside the box, not copied into it.
  const own = typeof notes === 'string' ? notes : picked && !picked.fallback ? picked.text : '';
  return {
    value: typed?.text ?? own,
    other:
      picked?.fallback && picked.lang
        ? { lang: picked.lang, text: picked.text, language: languageName(words, picked.lang) }
        : undefined,
  };
}

// ---- the centre's panel -------------------------------------------------------------------

export interface FeedbackView {
  sources: { source: FeedbackSource; count: number }[];
  /** Newest first. */
  items: QmsAssessment['feedback'];
}

export function feedbackView(draft: QmsAssessment): FeedbackView {
  return { sources: feedbackBySource(draft), items: feedbackNewestFirst(draft) };
}
