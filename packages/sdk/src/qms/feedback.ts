import {
  feedbackSourceSchema,
  type FeedbackItem,
  type FeedbackSource,
  type QmsAssessment,
} from '../schema/qms.js';

/** How many feedback items an assessment holds from each source, in the sources' order. */
export function feedbackBySource(
  assessment: QmsAssessment,
): { source: FeedbackSource; count: number }[] {
  return feedbackSourceSchema.options.map((source) => ({
    source,
    count: assessment.feedback.filter((f) => f.source === source).length,
  }));
}

/** The assessment's feedback, newest first (items of one day keep their order). */
export function feedbackNewestFirst(assessment: QmsAssessment): FeedbackItem[] {
  return [...assessment.feedback].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
