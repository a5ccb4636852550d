import type { Dataset } from '../schema/dataset.js';
import { sampleMeasures } from './measures.js';
import { sampleFrameworkActions } from './framework-actions.js';
import { sampleImprovementProjects } from './improvement-projects.js';
import { sampleStatements } from './statements.js';
import { sampleAssessment } from './assessment.js';

/**
 * A complete, valid, **synthetic** dataset for demos and tests: a fictional Welsh health board,
 * the Health and Care Quality Standards 2023, 10 measures × 36 months (April 2022 – March 2025),
 * the 15 Quality and Safety Framework actions plus two improvement projects, five statement
 * cards and a QMS self-assessment (DOMAIN.md §9). Every date is fixed, so results never drift.
 */
export const sampleDataset: Dataset = {
  organisation: {
    en: 'Example University Health Board',
    // translator review: fictional name on the pattern "Bwrdd Iechyd Prifysgol …".
    cy: 'Bwrdd Iechyd Prifysgol Enghraifft',
  },
  synthetic: true,
  framework: 'wales-hcqs-2023',
  measures: sampleMeasures,
  assessment: sampleAssessment,
  statements: sampleStatements,
  actions: [...sampleFrameworkActions, ...sampleImprovementProjects],
};

export {
  sampleMeasures,
  sampleFrameworkActions,
  sampleImprovementProjects,
  sampleStatements,
  sampleAssessment,
};
export { sampleMonths } from './months.js';
