import type { LocalisedText } from '../schema/common.js';
import type { AspectAssessment, MaturityLevel, QmsAssessment } from '../schema/qms.js';
import { qmsAspects, type QmsAspect } from '../schema/qms-aspect.js';
import { guidingQuestionsFor } from './guiding-questions.js';
import { exampleToolsFor } from './example-tools.js';
import { defaultMaturityScale } from './maturity-scale.js';

/** Guiding-question answers by kind; `total` is the number of questions for the aspect(s). */
export interface AnswerCounts {
  yes: number;
  partly: number;
  no: number;
  unanswered: number;
  total: number;
}

export interface ToolCounts {
  inPlace: number;
  /** The seed's example tools for the aspect plus any local tools listed. */
  total: number;
}

export interface AspectRollup {
  aspect: QmsAspect;
  stage: number;
  stageLabel: LocalisedText;
  /** The highest stage on the scale, for "stage 2 of 4". */
  topStage: number;
  questions: AnswerCounts;
  tools: ToolCounts;
  linkedMeasures: number;
  linkedActions: number;
}

/**
 * Per-aspect state and an overall summary. Deliberately no single RAG or score: the minimum
 * stage (the weakest aspect, which the QMS paper says to start with) and the mean are shown side
 * by side, so one strong aspect cannot hide a weak one.
 */
export interface MaturityRollup {
  scale: readonly MaturityLevel[];
  aspects: Record<QmsAspect, AspectRollup>;
  overall: {
    minStage: number;
    maxStage: number;
    meanStage: number;
    /** The aspects at the minimum stage, in wheel order. */
    weakestAspects: QmsAspect[];
    questions: AnswerCounts;
    tools: ToolCounts;
  };
}

/** The scale an assessment uses: its own, or the default 0 not started … 4 sustained. */
export function maturityScaleOf(assessment: QmsAssessment): readonly MaturityLevel[] {
  return assessment.maturityScale ?? defaultMaturityScale;
}

function countAnswers(aspect: QmsAspect, state: AspectAssessment): AnswerCounts {
  const questions = guidingQuestionsFor(aspect);
  const counts: AnswerCounts = { yes: 0, partly: 0, no: 0, unanswered: 0, total: questions.length };
  for (const question of questions) {
    const answer = state.questions.find((a) => a.id === question.id)?.answer;
    counts[answer ?? 'unanswered'] += 1;
  }
  return counts;
}

function countTools(aspect: QmsAspect, state: AspectAssessment): ToolCounts {
  const catalogue = exampleToolsFor(aspect).map((t) => t.id);
  const local = state.tools.filter((t) => !catalogue.includes(t.id));
  return {
    inPlace: state.tools.filter((t) => t.inPlace).length,
    total: catalogue.length + local.length,
  };
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

/** Rolls a QMS self-assessment up per aspect and overall (see `MaturityRollup`). */
export function maturityRollup(assessment: QmsAssessment): MaturityRollup {
  const scale = maturityScaleOf(assessment);
  const topStage = scale.length - 1;
  const rows = qmsAspects.map((aspect): AspectRollup => {
    const state = assessment.aspects[aspect];
    return {
      aspect,
      stage: state.stage,
      stageLabel: scale[Math.min(state.stage, topStage)]?.label ?? String(state.stage),
      topStage,
      questions: countAnswers(aspect, state),
      tools: countTools(aspect, state),
      linkedMeasures: state.measureIds.length,
      linkedActions: state.actionIds.length,
    };
  });
  const stages = rows.map((r) => r.stage);
  const minStage = Math.min(...stages);
  return {
    scale,
    aspects: Object.fromEntries(rows.map((r) => [r.aspect, r])) as Record<QmsAspect, AspectRollup>,
    overall: {
      minStage,
      maxStage: Math.max(...stages),
      meanStage: sum(stages, (s) => s) / stages.length,
      weakestAspects: rows.filter((r) => r.stage === minStage).map((r) => r.aspect),
      questions: {
        yes: sum(rows, (r) => r.questions.yes),
        partly: sum(rows, (r) => r.questions.partly),
        no: sum(rows, (r) => r.questions.no),
        unanswered: sum(rows, (r) => r.questions.unanswered),
        total: sum(rows, (r) => r.questions.total),
      },
      tools: { inPlace: sum(rows, (r) => r.tools.inPlace), total: sum(rows, (r) => r.tools.total) },
    },
  };
}
