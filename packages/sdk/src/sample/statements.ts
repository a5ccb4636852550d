import type { Statement } from '../schema/statement.js';

/** The five sample statement cards of DOMAIN.md §9.3; scores are synthetic self-assessments. */
export const sampleStatements: Statement[] = [
  {
    id: 'cqc-safe-systems',
    framework: 'cqc-saf',
    version: '2024',
    keyQuestion: 'safe',
    qualityStatementId: 'safe-systems-pathways-and-transitions',
    title: { en: 'Safe systems, pathways and transitions' },
    iStatement: {
      en: 'When I move between services, settings or areas, there is a plan for what happens next and who will do what, and all the practical arrangements are in place.',
    },
    weStatement: {
      en: 'We work in partnership with others to establish and maintain safe systems of care in which people’s safety is managed, monitored and assured, especially when they move between different services.',
    },
    evidence: [
      {
        category: 'people-experience',
        title: { en: 'Discharge experience survey' },
        date: '2025-01-31',
      },
      { category: 'processes', title: { en: 'Transfer checklist audit' }, date: '2025-02-28' },
      {
        category: 'outcomes',
        title: { en: 'Emergency readmissions within 30 days' },
        date: '2025-03-01',
        measureId: 'readm',
      },
    ],
    score: {
      value: 2,
      source: 'self',
      date: '2025-03-20',
      categoryScores: { 'people-experience': 2, processes: 2, outcomes: 3 },
    },
    owner: { en: 'Deputy Director of Nursing' },
    reviewDate: '2025-06-30',
    measureIds: ['readm'],
    actionIds: [],
    notes: { en: 'The We statement is an ICB’s adaptation of CQC’s wording (ICB seed deck).' },
  },
  {
    id: 'cqc-managing-risks',
    framework: 'cqc-saf',
    version: '2024',
    keyQuestion: 'safe',
    qualityStatementId: 'involving-people-to-manage-risks',
    title: { en: 'Involving people to manage risks' },
    iStatement: { en: 'I feel safe and am supported to understand and manage any risks.' },
    evidence: [
      {
        category: 'outcomes',
        title: { en: 'Inpatient falls per 1,000 occupied bed days' },
        date: '2025-03-01',
        measureId: 'falls',
      },
    ],
    score: { value: 3, source: 'self', date: '2025-03-20' },
    owner: { en: 'Head of Patient Safety' },
    reviewDate: '2025-06-30',
    measureIds: ['falls'],
    actionIds: ['A5'],
  },
  {
    id: 'cqc-working-together',
    framework: 'cqc-saf',
    version: '2024',
    keyQuestion: 'effective',
    qualityStatementId: 'how-staff-teams-and-services-work-together',
    title: { en: 'How staff, teams and services work together' },
    iStatement: {
      en: 'I have care and support that is coordinated, and everyone works well together and with me.',
    },
    evidence: [
      {
        category: 'staff-feedback',
        title: { en: 'Multidisciplinary team survey' },
        date: '2024-11-29',
      },
      {
        category: 'partner-feedback',
        title: { en: 'Social care partners’ feedback on discharge planning' },
        date: '2025-01-15',
      },
    ],
    score: { value: 3, source: 'self', date: '2025-03-20' },
    owner: { en: 'Deputy Medical Director' },
    reviewDate: '2025-09-30',
    measureIds: [],
    actionIds: [],
  },
  {
    id: 'cqc-person-centred-care',
    framework: 'cqc-saf',
    version: '2024',
    keyQuestion: 'responsive',
    qualityStatementId: 'person-centred-care',
    title: { en: 'Person-centred care' },
    iStatement: {
      en: 'I have care and support that enables me to live as I want to, seeing me as a unique person with skills, strengths and goals.',
    },
    evidence: [
      { category: 'observation', title: { en: 'Ward observation of care' }, date: '2025-02-12' },
      {
        category: 'people-experience',
        title: { en: 'Patient stories at the Board' },
        date: '2025-02-27',
      },
    ],
    score: { value: 3, source: 'self', date: '2025-03-20' },
    owner: { en: 'Head of Patient Experience' },
    reviewDate: '2025-09-30',
    measureIds: [],
    actionIds: [],
  },
  {
    id: 'wales-person-centred',
    framework: 'wales-hcqs-2023',
    version: '2023',
    keyQuestion: 'person-centred',
    title: { en: 'Person-centred', cy: 'Person-ganolog' },
    weStatement: {
      en: 'Our healthcare system puts people at the centre of their care, treating them with dignity and respect and working with them on what matters to them.',
    },
    evidence: [
      {
        category: 'people-experience',
        title: { en: 'Patient experience: % positive' },
        date: '2025-03-01',
        measureId: 'px',
      },
      {
        category: 'people-experience',
        title: { en: 'Welsh-speaking inpatients with Active Offer recorded' },
        date: '2025-03-01',
        measureId: 'active',
      },
    ],
    score: { value: 2, source: 'self', date: '2025-03-20' },
    owner: { en: 'Director of Nursing' },
    reviewDate: '2025-06-30',
    measureIds: ['px', 'active'],
    actionIds: ['A8'],
    notes: {
      en: 'Synthetic: the We text paraphrases the NHS Wales Executive’s description of this domain; use the published wording in real data.',
    },
  },
];
