import type { QmsAssessment, ToolState } from '../schema/qms.js';
import { exampleToolsFor } from '../qms/example-tools.js';
import type { QmsAspect } from '../schema/qms-aspect.js';

/** Every example tool of an aspect, the first `inPlace` of them marked in place. */
function tools(aspect: QmsAspect, inPlace: number): ToolState[] {
  return exampleToolsFor(aspect).map((tool, i) => ({ id: tool.id, inPlace: i < inPlace }));
}

/** The QMS wheel state of DOMAIN.md §9.4 (synthetic). */
export const sampleAssessment: QmsAssessment = {
  scope: 'organisation',
  scopeName: { en: 'Example University Health Board' },
  assessedOn: '2025-03-31',
  centre: 'feedback',
  aspects: {
    planning: {
      stage: 2,
      questions: [
        { id: 'q1', answer: 'yes' },
        { id: 'q2', answer: 'yes' },
        { id: 'q3', answer: 'no' },
        { id: 'q4', answer: 'partly' },
        { id: 'q5', answer: 'partly' },
        { id: 'q6', answer: 'partly', notes: { en: 'Workforce plan not yet linked to demand.' } },
        { id: 'q7', answer: 'no' },
      ],
      tools: tools('planning', 6),
      measureIds: ['px'],
      actionIds: ['A8'],
    },
    control: {
      stage: 1,
      questions: [
        { id: 'q8', answer: 'partly' },
        { id: 'q9', answer: 'partly' },
        { id: 'q10', answer: 'no' },
        { id: 'q11', answer: 'no', notes: { en: 'Sickness and medication harm need escalating.' } },
      ],
      tools: tools('control', 3),
      measureIds: ['sick', 'meds'],
      actionIds: [],
    },
    improvement: {
      stage: 3,
      questions: [{ id: 'q12', answer: 'partly' }],
      tools: tools('improvement', 4),
      measureIds: ['pu', 'sepsis'],
      actionIds: ['QI-PU', 'QI-SEPSIS', 'A9'],
    },
    assurance: {
      stage: 2,
      questions: [
        { id: 'q13', answer: 'partly' },
        { id: 'q14', answer: 'no' },
      ],
      tools: tools('assurance', 4),
      measureIds: ['ed4h'],
      actionIds: ['A10'],
    },
  },
  feedback: [
    {
      id: 'fb-patient-survey',
      source: 'insight',
      title: { en: 'Inpatient experience survey: quarterly results' },
      date: '2025-02-28',
    },
    {
      id: 'fb-llais',
      source: 'insight',
      title: { en: 'Llais report on hospital discharge' },
      date: '2025-01-20',
    },
    {
      id: 'fb-staff-survey',
      source: 'organisational-performance',
      title: { en: 'NHS Wales staff survey: local results' },
      date: '2024-12-05',
    },
  ],
  enablers: {
    set: 'wales-hcqs-2023',
    items: [
      { id: 'information', measureIds: [], actionIds: ['A11'] },
      { id: 'workforce', measureIds: ['sick'], actionIds: ['A14'] },
    ],
  },
};
