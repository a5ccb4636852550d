export {
  guidingQuestions,
  guidingQuestionIds,
  guidingQuestionsFor,
  type GuidingQuestion,
  type GuidingQuestionId,
} from './guiding-questions.js';
export { exampleTools, exampleToolsFor, type ExampleTool } from './example-tools.js';
export { qmsEnablerSets, type QmsEnabler } from './enablers.js';
export { defaultMaturityScale } from './maturity-scale.js';
export {
  maturityRollup,
  maturityScaleOf,
  type MaturityRollup,
  type AspectRollup,
  type AnswerCounts,
  type ToolCounts,
} from './maturity-rollup.js';
