import type { LocalisedText } from '../schema/common.js';
import type { QmsAspect } from '../schema/qms-aspect.js';

/** One of the 14 guiding questions of the NHS Wales QMS paper (seed section 2.4). */
export interface GuidingQuestion {
  id: GuidingQuestionId;
  /** Number in the seed, 1–14. */
  number: number;
  aspect: QmsAspect;
  text: LocalisedText;
}

export const guidingQuestionIds = [
  'q1',
  'q2',
  'q3',
  'q4',
  'q5',
  'q6',
  'q7',
  'q8',
  'q9',
  'q10',
  'q11',
  'q12',
  'q13',
  'q14',
] as const;
export type GuidingQuestionId = (typeof guidingQuestionIds)[number];

/** The 14 guiding questions, summarised from DOMAIN.md §3.5. Start with q1 (Quality Planning). */
export const guidingQuestions: readonly GuidingQuestion[] = [
  {
    id: 'q1',
    number: 1,
    aspect: 'planning',
    text: {
      en: 'Has an internal or external signal shown that something has changed?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A yw arwydd mewnol neu allanol wedi dangos bod rhywbeth wedi newid?',
    },
  },
  {
    id: 'q2',
    number: 2,
    aspect: 'planning',
    text: {
      en: 'Does the change alter the need, or who our service users are?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A yw’r newid yn effeithio ar yr angen, neu ar bwy yw defnyddwyr ein gwasanaeth?',
    },
  },
  {
    id: 'q3',
    number: 3,
    aspect: 'planning',
    text: {
      en: 'Does the change alter our purpose?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A yw’r newid yn effeithio ar ein diben?',
    },
  },
  {
    id: 'q4',
    number: 4,
    aspect: 'planning',
    text: {
      en: 'What must leadership do to get the system ready?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'Beth sy’n rhaid i’r arweinyddiaeth ei wneud i baratoi’r system?',
    },
  },
  {
    id: 'q5',
    number: 5,
    aspect: 'planning',
    text: {
      en: 'Do our plans need to change to achieve the outcomes?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A oes angen newid ein cynlluniau i gyflawni’r canlyniadau?',
    },
  },
  {
    id: 'q6',
    number: 6,
    aspect: 'planning',
    text: {
      en: 'Planning to operate: which processes meet expectations, and what people, skills, capacity and capability are needed?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'Cynllunio i weithredu: pa brosesau sy’n bodloni disgwyliadau, a pha bobl, sgiliau, capasiti a gallu sydd eu hangen?',
    },
  },
  {
    id: 'q7',
    number: 7,
    aspect: 'planning',
    text: {
      en: 'Planning to improve: which new processes, products or services should we design, which should we redesign, and why?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'Cynllunio i wella: pa brosesau, cynhyrchion neu wasanaethau newydd y dylem eu dylunio, pa rai y dylem eu hailddylunio, a pham?',
    },
  },
  {
    id: 'q8',
    number: 8,
    aspect: 'control',
    text: {
      en: 'Is there a standard process for daily work?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A oes proses safonol ar gyfer y gwaith bob dydd?',
    },
  },
  {
    id: 'q9',
    number: 9,
    aspect: 'control',
    text: {
      en: 'Are processes operating as needed and delivering what they should?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A yw prosesau’n gweithredu fel y mae angen ac yn cyflawni’r hyn y dylent?',
    },
  },
  {
    id: 'q10',
    number: 10,
    aspect: 'control',
    text: {
      en: 'What is not working that those closest to the work can fix?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'Beth nad yw’n gweithio y gall y rhai sydd agosaf at y gwaith ei drwsio?',
    },
  },
  {
    id: 'q11',
    number: 11,
    aspect: 'control',
    text: {
      en: 'What does the data say must be escalated for improvement support?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'Beth mae’r data yn ei ddweud y mae’n rhaid ei uwchgyfeirio am gymorth gwella?',
    },
  },
  {
    id: 'q12',
    number: 12,
    aspect: 'improvement',
    text: {
      en: 'Did the improvement achieve the intended outcome and meet the need?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A wnaeth y gwelliant gyflawni’r canlyniad a fwriadwyd a diwallu’r angen?',
    },
  },
  {
    id: 'q13',
    number: 13,
    aspect: 'assurance',
    text: {
      en: 'Are we assured of our performance over time?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A oes gennym sicrwydd am ein perfformiad dros amser?',
    },
  },
  {
    id: 'q14',
    number: 14,
    aspect: 'assurance',
    text: {
      en: 'Are we assured that we have the culture, people, infrastructure and improvement programmes to deliver the outcomes?',
      // translator review: draft Welsh, not from an NHS Wales source
      cy: 'A oes gennym sicrwydd bod gennym y diwylliant, y bobl, y seilwaith a’r rhaglenni gwella i gyflawni’r canlyniadau?',
    },
  },
];

/** The questions of one aspect, in seed order. */
export function guidingQuestionsFor(aspect: QmsAspect): readonly GuidingQuestion[] {
  return guidingQuestions.filter((q) => q.aspect === aspect);
}
