import type { MessagePart, MessagesLike } from '../types.js';

/**
 * UI words of <qms-steeep-scorecard>. Counts have a short visible form ("2 concern") and a
 * spelled-out form for screen readers (`….sr.one|other`, picked by plural rules).
 * Band headings reuse `framework.kind.domain|enabler` (domain.ts).
 */
export const scorecardEn = {
  'scorecard.label': 'Quality domain scorecard: {framework}',
  'scorecard.band.unassigned': 'Not in this framework',
  'scorecard.unassigned': 'Unassigned measures',
  'scorecard.measures.none': 'No measures',
  'scorecard.measures.one': '{count} measure',
  'scorecard.measures.other': '{count} measures',
  'scorecard.variation': 'Variation',
  'scorecard.assurance': 'Assurance',
  'scorecard.variation.concern': '{count} concern',
  'scorecard.variation.improvement': '{count} improvement',
  'scorecard.variation.neither': '{count} neither',
  'scorecard.variation.common-cause': '{count} common cause',
  'scorecard.variation.not-enough-data': '{count} not enough data',
  'scorecard.variation.concern.sr.one':
    '{count} measure with special cause variation of a concerning nature',
  'scorecard.variation.concern.sr.other':
    '{count} measures with special cause variation of a concerning nature',
  'scorecard.variation.improvement.sr.one':
    '{count} measure with special cause variation of an improving nature',
  'scorecard.variation.improvement.sr.other':
    '{count} measures with special cause variation of an improving nature',
  'scorecard.variation.neither.sr.one':
    '{count} measure with special cause variation where neither direction is better',
  'scorecard.variation.neither.sr.other':
    '{count} measures with special cause variation where neither direction is better',
  'scorecard.variation.common-cause.sr.one': '{count} measure with common cause variation only',
  'scorecard.variation.common-cause.sr.other': '{count} measures with common cause variation only',
  'scorecard.variation.not-enough-data.sr.one':
    '{count} measure without enough data to assess variation',
  'scorecard.variation.not-enough-data.sr.other':
    '{count} measures without enough data to assess variation',
  'scorecard.assurance.fail': '{count} failing target',
  'scorecard.assurance.hit-or-miss': '{count} hit or miss',
  'scorecard.assurance.pass': '{count} passing target',
  'scorecard.assurance.no-target': '{count} no target',
  'scorecard.assurance.not-assessed': '{count} not assessed',
  'scorecard.assurance.fail.sr.one': '{count} measure that will consistently fail its target',
  'scorecard.assurance.fail.sr.other': '{count} measures that will consistently fail their target',
  'scorecard.assurance.hit-or-miss.sr.one':
    '{count} measure that will not consistently pass or fail its target',
  'scorecard.assurance.hit-or-miss.sr.other':
    '{count} measures that will not consistently pass or fail their target',
  'scorecard.assurance.pass.sr.one': '{count} measure that will consistently pass its target',
  'scorecard.assurance.pass.sr.other': '{count} measures that will consistently pass their target',
  'scorecard.assurance.no-target.sr.one': '{count} measure without a target',
  'scorecard.assurance.no-target.sr.other': '{count} measures without a target',
  'scorecard.assurance.not-assessed.sr.one':
    '{count} measure with a target that could not be assessed yet',
  'scorecard.assurance.not-assessed.sr.other':
    '{count} measures with a target that could not be assessed yet',
  'scorecard.flag.concern': 'Concern present',
  'scorecard.flag.failing': 'Failing target',
  'scorecard.table.caption': 'Measures in {domain}',
  'scorecard.col.name': 'Measure',
  'scorecard.col.period': 'Period',
  'scorecard.col.latest': 'Latest',
  'scorecard.col.target': 'Target',
  'scorecard.col.variation': 'Variation',
  'scorecard.col.assurance': 'Assurance',
  'scorecard.col.mean': 'Mean',
  'scorecard.col.lower': 'Lower limit',
  'scorecard.col.upper': 'Upper limit',
  'scorecard.col.trend': 'Trend',
  'scorecard.noValue': 'none',
  'scorecard.trend':
    '{count} points from {first} to {last}; lowest {min}, highest {max}, latest {latest}',
  'scorecard.trend.empty': 'No values to plot',
  'scorecard.tagged': 'Also tagged with this domain, counted elsewhere:',
  'scorecard.mapped': 'Placed here from “{domain}” through the framework crosswalk',
  'scorecard.givenDomain': 'Domain in the data: “{domain}”',
  'scorecard.noDomain': 'No domain in the data',
  'scorecard.notAnalysed': 'Could not be analysed: {reason}',
  'scorecard.chart.unavailable':
    'The SPC chart is not loaded on this page: import @qms-kit/elements/define/spc-chart.js to show it here.',
} as const satisfies MessagesLike;

export const scorecardCy: Record<keyof typeof scorecardEn, string> = {
  // translator review: all scorecard wording is a draft.
  'scorecard.label': 'Cerdyn sgorio meysydd ansawdd: {framework}',
  'scorecard.band.unassigned': 'Y tu allan i’r fframwaith hwn',
  'scorecard.unassigned': 'Mesurau heb eu neilltuo i faes',
  'scorecard.measures.none': 'Dim mesurau',
  'scorecard.measures.one': '{count} mesur',
  // translator review: singular noun after a numeral; "{count} o fesurau" is the alternative.
  'scorecard.measures.other': '{count} mesur',
  'scorecard.variation': 'Amrywiad',
  'scorecard.assurance': 'Sicrwydd',
  'scorecard.variation.concern': '{count} pryder',
  'scorecard.variation.improvement': '{count} gwelliant',
  'scorecard.variation.neither': '{count} y naill na’r llall',
  'scorecard.variation.common-cause': '{count} achos cyffredin',
  'scorecard.variation.not-enough-data': '{count} dim digon o ddata',
  'scorecard.variation.concern.sr.one': '{count} mesur ag amrywiad achos arbennig sy’n peri pryder',
  'scorecard.variation.concern.sr.other':
    '{count} mesur ag amrywiad achos arbennig sy’n peri pryder',
  'scorecard.variation.improvement.sr.one':
    '{count} mesur ag amrywiad achos arbennig sy’n dangos gwelliant',
  'scorecard.variation.improvement.sr.other':
    '{count} mesur ag amrywiad achos arbennig sy’n dangos gwelliant',
  'scorecard.variation.neither.sr.one':
    '{count} mesur ag amrywiad achos arbennig lle nad yw’r naill gyfeiriad yn well',
  'scorecard.variation.neither.sr.other':
    '{count} mesur ag amrywiad achos arbennig lle nad yw’r naill gyfeiriad yn well',
  'scorecard.variation.common-cause.sr.one': '{count} mesur ag amrywiad achos cyffredin yn unig',
  'scorecard.variation.common-cause.sr.other': '{count} mesur ag amrywiad achos cyffredin yn unig',
  'scorecard.variation.not-enough-data.sr.one':
    '{count} mesur heb ddigon o ddata i asesu’r amrywiad',
  'scorecard.variation.not-enough-data.sr.other':
    '{count} mesur heb ddigon o ddata i asesu’r amrywiad',
  'scorecard.assurance.fail': '{count} yn methu’r targed',
  'scorecard.assurance.hit-or-miss': '{count} anghyson',
  'scorecard.assurance.pass': '{count} yn cyrraedd y targed',
  'scorecard.assurance.no-target': '{count} heb darged',
  'scorecard.assurance.not-assessed': '{count} heb ei asesu',
  'scorecard.assurance.fail.sr.one': '{count} mesur a fydd yn methu ei darged yn gyson',
  'scorecard.assurance.fail.sr.other': '{count} mesur a fydd yn methu eu targed yn gyson',
  'scorecard.assurance.hit-or-miss.sr.one':
    '{count} mesur na fydd yn cyrraedd nac yn methu ei darged yn gyson',
  'scorecard.assurance.hit-or-miss.sr.other':
    '{count} mesur na fydd yn cyrraedd nac yn methu eu targed yn gyson',
  'scorecard.assurance.pass.sr.one': '{count} mesur a fydd yn cyrraedd ei darged yn gyson',
  'scorecard.assurance.pass.sr.other': '{count} mesur a fydd yn cyrraedd eu targed yn gyson',
  'scorecard.assurance.no-target.sr.one': '{count} mesur heb darged',
  'scorecard.assurance.no-target.sr.other': '{count} mesur heb darged',
  'scorecard.assurance.not-assessed.sr.one': '{count} mesur â tharged nad oedd modd ei asesu eto',
  'scorecard.assurance.not-assessed.sr.other':
    '{count} mesur â tharged nad oedd modd eu hasesu eto',
  'scorecard.flag.concern': 'Pryder yn bresennol',
  'scorecard.flag.failing': 'Yn methu’r targed',
  'scorecard.table.caption': 'Mesurau: {domain}',
  'scorecard.col.name': 'Mesur',
  'scorecard.col.period': 'Cyfnod',
  'scorecard.col.latest': 'Diweddaraf',
  'scorecard.col.target': 'Targed',
  'scorecard.col.variation': 'Amrywiad',
  'scorecard.col.assurance': 'Sicrwydd',
  'scorecard.col.mean': 'Cymedr',
  'scorecard.col.lower': 'Terfyn isaf',
  'scorecard.col.upper': 'Terfyn uchaf',
  'scorecard.col.trend': 'Tuedd',
  'scorecard.noValue': 'dim',
  'scorecard.trend': '{count} pwynt ({first}–{last}); isaf {min}, uchaf {max}, diweddaraf {latest}',
  'scorecard.trend.empty': 'Dim gwerthoedd i’w plotio',
  'scorecard.tagged': 'Wedi’u tagio â’r maes hwn hefyd, ond wedi’u cyfrif mewn man arall:',
  'scorecard.mapped': 'Wedi’i osod yma o “{domain}” drwy groesgyfeirio’r fframweithiau',
  'scorecard.givenDomain': 'Maes ansawdd yn y data: “{domain}”',
  'scorecard.noDomain': 'Dim maes ansawdd yn y data',
  'scorecard.notAnalysed': 'Nid oedd modd ei ddadansoddi: {reason}',
  'scorecard.chart.unavailable':
    'Nid yw’r siart SPC wedi’i llwytho ar y dudalen hon: mewngludwch @qms-kit/elements/define/spc-chart.js i’w dangos yma.',
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const scorecardMessages = { en: scorecardEn, cy: scorecardCy } satisfies MessagePart<
  typeof scorecardEn
>;
