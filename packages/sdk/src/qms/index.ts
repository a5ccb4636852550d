export {
  guidingQuestions,
  guidingQuestionIds,
  guidingQuestionsFor,
  type GuidingQuestion,
  type GuidingQuestionId,
} from './guiding-questions.js';
export { exampleTools, exampleToolsFor, type ExampleTool } from './example-tools.js';
export { qmsEnablerSets, type QmsEnabler } from './enablers.js';
export { aspectTools, type AspectTool } from './aspect-tools.js';
export { feedbackBySource, feedbackNewestFirst } from './feedback.js';
export { defaultMaturityScale } from './maturity-scale.js';
export {
  maturityRollup,
  maturityScaleOf,
  type MaturityRollup,
  type AspectRollup,
  type AnswerCounts,
  type ToolCounts,
} from './maturity-rollup.js';
export {
  applyAssessmentChange,
  sameAssessment,
  withNotesText,
  type AssessmentChange,
} from './assessment-edit.js';
export {
  qmsLinks,
  type QmsLinks,
  type QmsLinkOptions,
  type SegmentLinks,
  type LinkedMeasure,
  type LinkedAction,
} from './aspect-links.js';
export { parseCycleWheelJson, type CycleWheelInput } from './parse-wheel.js';
