import type { Action } from '../schema/action.js';

/** Two local improvement projects with PDSA cycles and driver diagrams (synthetic, §9.2). */
export const sampleImprovementProjects: Action[] = [
  {
    id: 'QI-PU',
    title: { en: 'Pressure ulcer reduction – SSKIN bundle' },
    description: {
      en: 'Reliable SSKIN care on two surgical wards to reduce hospital-acquired pressure ulcers.',
    },
    owner: { en: 'Tissue viability lead nurse' },
    organisation: { en: 'Example University Health Board' },
    sponsor: { en: 'Executive Director of Nursing' },
    source: 'local',
    start: '2024-03-01',
    due: '2025-06-30',
    status: 'in-progress',
    deliveryConfidence: 'high',
    aspect: 'improvement',
    domain: 'safe',
    measureIds: ['pu'],
    statementIds: [],
    lastUpdate: '2025-03-14',
    progressScore: 3.5,
    driverDiagram: {
      aim: {
        en: 'Reduce hospital-acquired category 2+ pressure ulcers to below 0.6 per 1,000 occupied bed days by March 2025.',
      },
      primaryDrivers: [
        {
          id: 'pd-assessment',
          label: { en: 'Reliable skin assessment on admission' },
          secondaryDrivers: [],
          changeIdeas: [
            { id: 'ci-six-hours', label: { en: 'Skin inspection within 6 hours of admission' } },
          ],
        },
        {
          id: 'pd-sskin',
          label: { en: 'Consistent SSKIN care every shift' },
          secondaryDrivers: [
            {
              id: 'sd-repositioning',
              label: { en: 'Regular repositioning' },
              changeIdeas: [
                { id: 'ci-board', label: { en: 'SSKIN board at each bed space' } },
                { id: 'ci-huddle', label: { en: 'SSKIN prompt at every shift huddle' } },
              ],
            },
          ],
          changeIdeas: [],
        },
        {
          id: 'pd-equipment',
          label: { en: 'The right equipment at the right time' },
          secondaryDrivers: [],
          changeIdeas: [
            { id: 'ci-mattress', label: { en: 'Same-day pressure-relieving mattress requests' } },
          ],
        },
      ],
    },
    pdsaCycles: [
      {
        id: 'pu-1',
        title: { en: 'Bed-space SSKIN boards, Ward 7' },
        changeIdeaId: 'ci-board',
        plan: {
          changeIdea: { en: 'An SSKIN board at each bed space on Ward 7.' },
          question: { en: 'Will a bedside board prompt staff to complete SSKIN checks?' },
          prediction: { en: 'SSKIN completion rises from 60% to 80% within four weeks.' },
          measure: { en: 'SSKIN bundle completion, weekly audit of 10 patients' },
          measureId: 'pu',
          who: { en: 'Ward 7 nursing team' },
          when: { en: 'May 2024, day and night shifts' },
        },
        do: {
          observations: { en: 'Boards were used on day shifts; night shifts rarely updated them.' },
        },
        study: {
          learning: { en: 'Completion rose to 72%. Night shifts need a different prompt.' },
        },
        act: 'adapt',
        start: '2024-05-06',
        end: '2024-05-31',
      },
      {
        id: 'pu-2',
        title: { en: 'SSKIN prompt at night huddles' },
        changeIdeaId: 'ci-huddle',
        plan: {
          changeIdea: { en: 'Add an SSKIN prompt to the night-shift huddle.' },
          question: { en: 'Will a huddle prompt lift completion on night shifts?' },
          prediction: { en: 'Completion reaches 80% on both shifts.' },
          measure: { en: 'SSKIN bundle completion, weekly audit of 10 patients' },
          measureId: 'pu',
          who: { en: 'Ward 7 nurse in charge' },
          when: { en: 'June 2024' },
        },
        do: {
          observations: { en: 'The prompt took under a minute and was used at 19 of 20 huddles.' },
        },
        study: { learning: { en: 'Completion was 84% across both shifts.' } },
        act: 'adapt',
        start: '2024-06-03',
        end: '2024-06-28',
      },
      {
        id: 'pu-3',
        title: { en: 'Spread to Ward 9' },
        changeIdeaId: 'ci-board',
        plan: {
          changeIdea: { en: 'Boards and huddle prompts on Wards 7 and 9.' },
          question: { en: 'Does the bundle hold up on a second ward?' },
          prediction: { en: 'Completion stays above 80% on both wards and pressure ulcers fall.' },
          measure: { en: 'SSKIN completion and the monthly pressure ulcer rate' },
          measureId: 'pu',
          who: { en: 'Wards 7 and 9' },
          when: { en: 'July to August 2024' },
        },
        do: { observations: { en: 'Ward 9 adopted the boards within a week.' } },
        study: {
          learning: {
            en: 'Completion held above 85% on both wards; the pressure ulcer rate fell from July.',
          },
        },
        act: 'adopt',
        start: '2024-07-01',
        end: '2024-08-30',
      },
    ],
  },
  {
    id: 'QI-SEPSIS',
    title: { en: 'Sepsis screening – e-trigger in ED' },
    description: {
      en: 'An electronic sepsis trigger in the emergency department so screening starts within the hour.',
    },
    owner: { en: 'ED consultant lead for sepsis' },
    organisation: { en: 'Example University Health Board' },
    sponsor: { en: 'Medical Director' },
    source: 'local',
    start: '2024-06-03',
    due: '2025-09-30',
    status: 'in-progress',
    deliveryConfidence: 'medium',
    aspect: 'improvement',
    domain: 'effective',
    measureIds: ['sepsis'],
    statementIds: [],
    lastUpdate: '2025-03-10',
    progressScore: 3,
    driverDiagram: {
      aim: {
        en: 'Screen 90% of adults who trigger for sepsis within 1 hour of the trigger by March 2025.',
      },
      primaryDrivers: [
        {
          id: 'pd-recognition',
          label: { en: 'Early recognition at triage' },
          secondaryDrivers: [],
          changeIdeas: [
            {
              id: 'ci-etrigger',
              label: { en: 'Electronic NEWS2 sepsis trigger in the ED system' },
            },
          ],
        },
        {
          id: 'pd-response',
          label: { en: 'Prompt response to a trigger' },
          secondaryDrivers: [
            {
              id: 'sd-roles',
              label: { en: 'Clear roles when the trigger fires' },
              changeIdeas: [
                { id: 'ci-alert', label: { en: 'Sepsis nurse alerted automatically' } },
                { id: 'ci-grab-bags', label: { en: 'Sepsis grab bags in resus' } },
              ],
            },
          ],
          changeIdeas: [],
        },
        {
          id: 'pd-feedback',
          label: { en: 'Feedback and learning' },
          secondaryDrivers: [],
          changeIdeas: [{ id: 'ci-run-chart', label: { en: 'Weekly run chart at the ED huddle' } }],
        },
      ],
    },
    pdsaCycles: [
      {
        id: 'sepsis-1',
        title: { en: 'E-trigger on one shift' },
        changeIdeaId: 'ci-etrigger',
        plan: {
          changeIdea: { en: 'Switch on the electronic trigger for the day shift only.' },
          question: { en: 'Does the trigger fire reliably without too many false alarms?' },
          prediction: { en: 'Fewer than 1 in 5 triggers are false alarms.' },
          measureId: 'sepsis',
          who: { en: 'ED day shift' },
          when: { en: 'August 2024' },
        },
        do: {
          observations: { en: 'The trigger fired 212 times; staff felt it was too sensitive.' },
        },
        study: { learning: { en: 'False alarms were 31%; the threshold needs tuning.' } },
        act: 'adapt',
        start: '2024-08-05',
        end: '2024-08-30',
      },
      {
        id: 'sepsis-2',
        title: { en: 'Tuned trigger on all shifts, with automatic alert' },
        changeIdeaId: 'ci-alert',
        plan: {
          changeIdea: {
            en: 'Tuned threshold on all shifts; the sepsis nurse is alerted automatically.',
          },
          question: { en: 'Will screening within the hour improve?' },
          prediction: { en: 'Screening within 1 hour reaches 88%.' },
          measureId: 'sepsis',
          who: { en: 'ED and the sepsis nurse team' },
          when: { en: 'September to October 2024' },
        },
        do: {
          observations: { en: 'Alerts reached the sepsis nurse within 5 minutes on most shifts.' },
        },
        study: { learning: { en: 'Screening rose month on month; nights still lag.' } },
        act: 'adapt',
        start: '2024-09-02',
        end: '2024-10-31',
      },
      {
        id: 'sepsis-3',
        title: { en: 'Sepsis grab bags' },
        changeIdeaId: 'ci-grab-bags',
        plan: {
          changeIdea: { en: 'Grab bags with screening and bundle items in resus.' },
          question: { en: 'Do grab bags shorten the time to complete screening?' },
          prediction: { en: 'Median time to screening falls by 10 minutes.' },
          measureId: 'sepsis',
          who: { en: 'Resus team' },
          when: { en: 'November to December 2024' },
        },
        do: {
          observations: { en: 'Bags were restocked daily by the healthcare support workers.' },
        },
        study: { learning: { en: 'Median time to screening fell by 12 minutes.' } },
        act: 'adopt',
        start: '2024-11-04',
        end: '2024-12-20',
      },
      {
        id: 'sepsis-4',
        title: { en: 'Weekly run chart at the ED huddle' },
        changeIdeaId: 'ci-run-chart',
        plan: {
          changeIdea: { en: 'Show the weekly screening run chart at the Monday ED huddle.' },
          question: { en: 'Does seeing the data keep screening above 90%?' },
          prediction: { en: 'Screening stays at or above 90% for eight weeks.' },
          measureId: 'sepsis',
          who: { en: 'ED nurse in charge' },
          when: { en: 'January to March 2025' },
        },
        start: '2025-01-06',
      },
    ],
  },
];
