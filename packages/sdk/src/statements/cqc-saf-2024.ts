import type { QualityStatementSet } from '../schema/statement.js';

/**
 * CQC's 34 quality statements (single assessment framework, 2024), grouped under the five key
 * questions of `cqc-5kq`. Versioned because CQC consulted in 2025 on replacing them.
 * Titles are English only: CQC publishes no Welsh, and Welsh falls back to English.
 */
// translator review: no Welsh titles for the CQC quality statements (see TRANSLATOR-REVIEW.md).
export const cqcQualityStatements2024: QualityStatementSet = {
  framework: 'cqc-saf',
  version: '2024',
  name: { en: 'CQC single assessment framework (2024)' },
  keyQuestionFramework: 'cqc-5kq',
  statements: [
    // safe
    {
      id: 'learning-culture',
      keyQuestion: 'safe',
      order: 1,
      title: { en: 'Learning culture' },
    },
    {
      id: 'safe-systems-pathways-and-transitions',
      keyQuestion: 'safe',
      order: 2,
      title: { en: 'Safe systems, pathways and transitions' },
      weStatement: {
        en: 'We work with people and our partners to establish and maintain safe systems of care, in which safety is managed, monitored and assured. We ensure continuity of care, including when people move between different services.',
      },
    },
    {
      id: 'safeguarding',
      keyQuestion: 'safe',
      order: 3,
      title: { en: 'Safeguarding' },
    },
    {
      id: 'involving-people-to-manage-risks',
      keyQuestion: 'safe',
      order: 4,
      title: { en: 'Involving people to manage risks' },
    },
    {
      id: 'safe-environments',
      keyQuestion: 'safe',
      order: 5,
      title: { en: 'Safe environments' },
    },
    {
      id: 'safe-and-effective-staffing',
      keyQuestion: 'safe',
      order: 6,
      title: { en: 'Safe and effective staffing' },
    },
    {
      id: 'infection-prevention-and-control',
      keyQuestion: 'safe',
      order: 7,
      title: { en: 'Infection prevention and control' },
    },
    {
      id: 'medicines-optimisation',
      keyQuestion: 'safe',
      order: 8,
      title: { en: 'Medicines optimisation' },
    },
    // effective
    {
      id: 'assessing-needs',
      keyQuestion: 'effective',
      order: 9,
      title: { en: 'Assessing needs' },
    },
    {
      id: 'delivering-evidence-based-care-and-treatment',
      keyQuestion: 'effective',
      order: 10,
      title: { en: 'Delivering evidence-based care and treatment' },
    },
    {
      id: 'how-staff-teams-and-services-work-together',
      keyQuestion: 'effective',
      order: 11,
      title: { en: 'How staff, teams and services work together' },
    },
    {
      id: 'supporting-people-to-live-healthier-lives',
      keyQuestion: 'effective',
      order: 12,
      title: { en: 'Supporting people to live healthier lives' },
    },
    {
      id: 'monitoring-and-improving-outcomes',
      keyQuestion: 'effective',
      order: 13,
      title: { en: 'Monitoring and improving outcomes' },
    },
    {
      id: 'consent-to-care-and-treatment',
      keyQuestion: 'effective',
      order: 14,
      title: { en: 'Consent to care and treatment' },
    },
    // caring
    {
      id: 'kindness-compassion-and-dignity',
      keyQuestion: 'caring',
      order: 15,
      title: { en: 'Kindness, compassion and dignity' },
    },
    {
      id: 'treating-people-as-individuals',
      keyQuestion: 'caring',
      order: 16,
      title: { en: 'Treating people as individuals' },
    },
    {
      id: 'independence-choice-and-control',
      keyQuestion: 'caring',
      order: 17,
      title: { en: 'Independence, choice and control' },
    },
    {
      id: 'responding-to-peoples-immediate-needs',
      keyQuestion: 'caring',
      order: 18,
      title: { en: "Responding to people's immediate needs" },
    },
    {
      id: 'workforce-wellbeing-and-enablement',
      keyQuestion: 'caring',
      order: 19,
      title: { en: 'Workforce wellbeing and enablement' },
    },
    // responsive
    {
      id: 'person-centred-care',
      keyQuestion: 'responsive',
      order: 20,
      title: { en: 'Person-centred care' },
    },
    {
      id: 'care-provision-integration-and-continuity',
      keyQuestion: 'responsive',
      order: 21,
      title: { en: 'Care provision, integration and continuity' },
    },
    {
      id: 'providing-information',
      keyQuestion: 'responsive',
      order: 22,
      title: { en: 'Providing information' },
    },
    {
      id: 'listening-to-and-involving-people',
      keyQuestion: 'responsive',
      order: 23,
      title: { en: 'Listening to and involving people' },
    },
    {
      id: 'equity-in-access',
      keyQuestion: 'responsive',
      order: 24,
      title: { en: 'Equity in access' },
    },
    {
      id: 'equity-in-experiences-and-outcomes',
      keyQuestion: 'responsive',
      order: 25,
      title: { en: 'Equity in experiences and outcomes' },
    },
    {
      id: 'planning-for-the-future',
      keyQuestion: 'responsive',
      order: 26,
      title: { en: 'Planning for the future' },
    },
    // well-led
    {
      id: 'shared-direction-and-culture',
      keyQuestion: 'well-led',
      order: 27,
      title: { en: 'Shared direction and culture' },
    },
    {
      id: 'capable-compassionate-and-inclusive-leaders',
      keyQuestion: 'well-led',
      order: 28,
      title: { en: 'Capable, compassionate and inclusive leaders' },
    },
    {
      id: 'freedom-to-speak-up',
      keyQuestion: 'well-led',
      order: 29,
      title: { en: 'Freedom to speak up' },
    },
    {
      id: 'workforce-equality-diversity-and-inclusion',
      keyQuestion: 'well-led',
      order: 30,
      title: { en: 'Workforce equality, diversity and inclusion' },
    },
    {
      id: 'governance-management-and-sustainability',
      keyQuestion: 'well-led',
      order: 31,
      title: { en: 'Governance, management and sustainability' },
    },
    {
      id: 'partnerships-and-communities',
      keyQuestion: 'well-led',
      order: 32,
      title: { en: 'Partnerships and communities' },
    },
    {
      id: 'learning-improvement-and-innovation',
      keyQuestion: 'well-led',
      order: 33,
      title: { en: 'Learning, improvement and innovation' },
    },
    {
      id: 'environmental-sustainability',
      keyQuestion: 'well-led',
      order: 34,
      title: { en: 'Environmental sustainability – sustainable development' },
    },
  ],
};
