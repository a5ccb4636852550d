import type { MessagePart, MessagesLike } from '../types.js';
import { spcChartNamesEn, spcWarningsEn } from './spc-warnings.js';

/**
 * SPC wording: warnings, summaries for screen readers and tooltips, point descriptions.
 * Plural keys end in `.one` / `.other` and are read with `translatePlural`.
 */
export const spcEn = {
  ...spcChartNamesEn,

  'spc.centre.mean': 'mean',
  'spc.centre.median': 'median',

  ...spcWarningsEn,

  'spc.describe.problems': 'The data could not be analysed',
  'spc.describe.noData': 'No data to analyse',
  'spc.describe.notEnoughData':
    'Not enough data: at least {minPoints} points are needed for process limits and icons ({points} so far)',
  'spc.variation.commonCause': 'Common cause variation: no significant change',
  'spc.variation.improvement': 'Special cause of an improving nature',
  'spc.variation.concern': 'Special cause of a concerning nature',
  'spc.variation.neither': 'Special cause variation, neither improving nor concerning',
  'spc.assurance.pass': 'Will consistently pass the target of {target}',
  'spc.assurance.fail': 'Will consistently fail the target of {target}',
  'spc.assurance.hitOrMiss': 'Will randomly meet and miss the target of {target}',

  'spc.reason.aboveUpper': 'the last point is above the upper process limit',
  'spc.reason.belowLower': 'the last point is below the lower process limit',
  'spc.reason.runAbove.one': 'the last point is above the {centre}',
  'spc.reason.runAbove.other': 'the last {count} points are above the {centre}',
  'spc.reason.runBelow.one': 'the last point is below the {centre}',
  'spc.reason.runBelow.other': 'the last {count} points are below the {centre}',
  'spc.reason.trendUp.one': 'the last point is higher than the one before',
  'spc.reason.trendUp.other': 'the last {count} points have each been higher than the one before',
  'spc.reason.trendDown.one': 'the last point is lower than the one before',
  'spc.reason.trendDown.other': 'the last {count} points have each been lower than the one before',
  'spc.reason.twoOfThreeHigh': '{count} of the last 3 points are beyond the upper 2-sigma line',
  'spc.reason.twoOfThreeLow': '{count} of the last 3 points are beyond the lower 2-sigma line',

  'spc.point.missing': 'No value',
  'spc.point.excluded': 'Excluded from the calculations',
  'spc.point.commonCause': 'Common cause variation',
  'spc.point.aboveUpper': 'Above the upper process limit',
  'spc.point.belowLower': 'Below the lower process limit',
  'spc.point.runAbove.one': 'Part of a run of {count} point above the {centre}',
  'spc.point.runAbove.other': 'Part of a run of {count} points above the {centre}',
  'spc.point.runBelow.one': 'Part of a run of {count} point below the {centre}',
  'spc.point.runBelow.other': 'Part of a run of {count} points below the {centre}',
  'spc.point.trendUp.one': 'Part of a rising trend of {count} point',
  'spc.point.trendUp.other': 'Part of a rising trend of {count} points',
  'spc.point.trendDown.one': 'Part of a falling trend of {count} point',
  'spc.point.trendDown.other': 'Part of a falling trend of {count} points',
  'spc.point.twoOfThreeHigh': 'One of two or three points in three beyond the upper 2-sigma line',
  'spc.point.twoOfThreeLow': 'One of two or three points in three beyond the lower 2-sigma line',
  'spc.point.mrHigh': 'Moving range above the upper limit',

  'spc.runs.random':
    'Random variation: no unusually long run and no unusually few crossings of the {centre}',
  'spc.runs.nonRandom': 'Non-random variation: {reasons}',
  'spc.runs.longRun':
    'a run of {count} points on one side of the {centre}, longer than the {max} expected at most',
  'spc.runs.fewCrossings.one':
    '{count} crossing of the {centre}, fewer than the {min} expected at least',
  'spc.runs.fewCrossings.other':
    '{count} crossings of the {centre}, fewer than the {min} expected at least',
  'spc.runs.tooFew': 'Not enough points off the {centre} for a runs analysis',
  'spc.mr.none': 'No moving range is above the upper limit',
  'spc.mr.high.one': '{count} moving range is above the upper limit',
  'spc.mr.high.other': '{count} moving ranges are above the upper limit',
} as const satisfies MessagesLike;

// Welsh terms follow DOMAIN.md §7 where verified; the rest are marked for a translator.
export const spcCy: Record<keyof typeof spcEn, string> = {
  'spc.chart.run': 'siart rhediad', // translator review
  'spc.chart.xmr': 'siart XmR',
  'spc.chart.mr': 'siart amrediad symudol', // translator review
  'spc.chart.p': 'siart p',
  'spc.chart.pp': 'siart p′',
  'spc.chart.u': 'siart u',
  'spc.chart.up': 'siart u′',
  'spc.chart.c': 'siart c',
  'spc.chart.g': 'siart g',
  'spc.chart.t': 'siart t',
  'spc.chart.xbar': 'siart Xbar',
  'spc.chart.s': 'siart S',

  'spc.centre.mean': 'cymedr',
  'spc.centre.median': 'canolrif',

  'spc.warning.noData': 'Nid oes pwyntiau data i’w dadansoddi.',
  'spc.warning.allExcluded':
    'Mae pob pwynt wedi’i hepgor neu ar goll, felly nid oedd modd cyfrifo dim.',
  // translator review
  'spc.warning.tooFewPoints':
    'Mae gan raniad {partition} {points} pwynt y gellir eu defnyddio; mae angen o leiaf {minPoints} cyn dangos ei derfynau proses.',
  // translator review
  'spc.warning.iconsWithheld':
    'Mae gan y rhaniad olaf {points} pwynt y gellir eu defnyddio; mae angen o leiaf {minPoints} cyn dangos yr eiconau amrywiad a sicrwydd.',
  // translator review
  'spc.warning.chartTooFewPoints':
    'Mae gan y siart {points} pwynt y gellir eu defnyddio; mae angen o leiaf {minPoints} cyn dangos terfynau proses ac eiconau.',
  // translator review
  'spc.warning.trialLimits':
    'Dim ond {points} pwynt y gellir eu defnyddio sydd gan raniad {partition}: terfynau prawf yw ei derfynau, a byddant yn newid wrth ychwanegu pwyntiau (argymhellir o leiaf {minPoints}).',
  // translator review
  // translator review
  'spc.warning.fewForRuns':
    'Dim ond {points} pwynt y gellir eu defnyddio sydd gan raniad {partition}; mae’r dadansoddiad rhediadau yn ddibynadwy o tua {minPoints} ymlaen.',
  'spc.warning.limitsUnavailable':
    'Nid oes gan raniad {partition} ddigon o bwyntiau y gellir eu defnyddio i gyfrifo terfynau proses.',
  // translator review
  'spc.warning.noVariation':
    'Nid oes amrywiad yn rhaniad {partition}, felly mae ei derfynau proses ar y llinell ganol.',
  // translator review
  'spc.warning.baselineSpecialCause':
    'Mae llinell sylfaen rhaniad {partition} yn cynnwys amrywiad achos arbennig, felly gall y terfynau a bennwyd ohoni fod yn gamarweiniol.',
  // translator review
  'spc.warning.baselineLonger':
    'Mae’r llinell sylfaen o {baseline} pwynt yn hirach na rhaniad {partition} ({points} pwynt y gellir eu defnyddio), felly defnyddiwyd ei holl bwyntiau.',
  // translator review
  'spc.warning.conflictImprovement':
    'Pwyntiau ag achos arbennig ar y ddwy ochr (er enghraifft tuedd un ffordd a symudiad y ffordd arall): {count}. Dangosir pob un fel gwelliant, sef y rhagosodiad yn Making Data Count.',
  // translator review
  'spc.warning.rebaseIgnored':
    'Mae’r terfynau wedi’u pennu o’r {baseline} pwynt cyntaf ar gyfer y siart gyfan, felly nid yw’r ailgyfrifiadau yn cael eu defnyddio (fel yn offeryn siart sengl Making Data Count).',
  // translator review
  'spc.warning.conflictConcern':
    'Pwyntiau ag achos arbennig ar y ddwy ochr (er enghraifft tuedd un ffordd a symudiad y ffordd arall): {count}. Dangosir pob un fel pryder, fel y mae gosodiadau’r siart yn gofyn.',
  // translator review
  'spc.warning.conflictPrecedence':
    'Pwyntiau ag achos arbennig ar y ddwy ochr (er enghraifft tuedd un ffordd a symudiad y ffordd arall): {count}. Mae pob un yn cymryd ochr y rheol gryfaf: y tu allan i’r terfynau, yna tuedd, dau o dri, symudiad.',
  // translator review
  'spc.warning.targetNeutral':
    'Rhoddwyd targed ond mae cyfeiriad y gwelliant yn niwtral, felly nid oes eicon sicrwydd.',
  // translator review
  'spc.warning.targetChart': 'Ni roddir eiconau sicrwydd ar {chart}, felly nid asesir y targed.',
  // translator review
  'spc.warning.denominatorIgnored':
    'Nid yw {chart} yn defnyddio enwaduron (n), felly fe’u hanwybyddwyd.',
  // translator review
  'spc.warning.rebaseNotFound':
    'Mae’r dyddiad ailgyfrifo’r terfynau {date} ar ôl y pwynt olaf, felly fe’i hanwybyddwyd.',
  // translator review
  'spc.warning.valuesTooLarge':
    'Mae gan raniad {partition} werthoedd sy’n rhy fawr i gyfrifo â nhw (mae eu symiau neu eu hystodau y tu hwnt i’r rhifau y gall cyfrifiadur eu dal), felly nid oes ganddo linell ganol, terfynau nac eiconau.',
  // translator review
  'spc.warning.sortedByDate':
    'Nid oedd y pwyntiau yn nhrefn dyddiad, felly fe’u dadansoddwyd yn nhrefn dyddiad (mae rhifau’r pwyntiau yn dilyn y drefn honno).',
  // translator review
  'spc.warning.sortedByX':
    'Nid oedd y pwyntiau yn nhrefn x, felly fe’u dadansoddwyd yn nhrefn x (mae rhifau’r pwyntiau yn dilyn y drefn honno).',

  'spc.describe.problems': 'Nid oedd modd dadansoddi’r data',
  'spc.describe.noData': 'Dim data i’w ddadansoddi',
  // translator review
  'spc.describe.notEnoughData':
    'Dim digon o ddata: mae angen o leiaf {minPoints} pwynt ar gyfer terfynau proses ac eiconau ({points} hyd yma)',
  'spc.variation.commonCause': 'Amrywiad achos cyffredin: dim newid arwyddocaol', // translator review
  'spc.variation.improvement': 'Achos arbennig sy’n dangos gwelliant', // translator review
  'spc.variation.concern': 'Achos arbennig sy’n peri pryder', // translator review
  'spc.variation.neither': 'Amrywiad achos arbennig, nad yw’n welliant nac yn bryder', // translator review
  'spc.assurance.pass': 'Bydd yn cyrraedd y targed o {target} yn gyson', // translator review
  'spc.assurance.fail': 'Bydd yn methu’r targed o {target} yn gyson', // translator review
  'spc.assurance.hitOrMiss': 'Bydd yn cyrraedd ac yn methu’r targed o {target} ar hap', // translator review

  'spc.reason.aboveUpper': 'mae’r pwynt olaf uwchben terfyn uchaf y broses', // translator review
  'spc.reason.belowLower': 'mae’r pwynt olaf o dan derfyn isaf y broses', // translator review
  'spc.reason.runAbove.one': 'mae’r pwynt olaf uwchben y {centre}',
  'spc.reason.runAbove.other': 'mae’r {count} pwynt olaf uwchben y {centre}', // translator review
  'spc.reason.runBelow.one': 'mae’r pwynt olaf o dan y {centre}',
  'spc.reason.runBelow.other': 'mae’r {count} pwynt olaf o dan y {centre}', // translator review
  'spc.reason.trendUp.one': 'mae’r pwynt olaf yn uwch na’r un o’i flaen',
  // translator review
  'spc.reason.trendUp.other': 'mae pob un o’r {count} pwynt olaf yn uwch na’r un o’i flaen',
  'spc.reason.trendDown.one': 'mae’r pwynt olaf yn is na’r un o’i flaen',
  // translator review
  'spc.reason.trendDown.other': 'mae pob un o’r {count} pwynt olaf yn is na’r un o’i flaen',
  // translator review
  'spc.reason.twoOfThreeHigh': 'mae {count} o’r 3 phwynt olaf y tu hwnt i’r llinell 2 sigma uchaf',
  // translator review
  'spc.reason.twoOfThreeLow': 'mae {count} o’r 3 phwynt olaf y tu hwnt i’r llinell 2 sigma isaf',

  'spc.point.missing': 'Dim gwerth',
  'spc.point.excluded': 'Wedi’i hepgor o’r cyfrifiadau',
  'spc.point.commonCause': 'Amrywiad achos cyffredin', // translator review
  'spc.point.aboveUpper': 'Uwchben terfyn uchaf y broses', // translator review
  'spc.point.belowLower': 'O dan derfyn isaf y broses', // translator review
  'spc.point.runAbove.one': 'Rhan o rediad o {count} pwynt uwchben y {centre}',
  'spc.point.runAbove.other': 'Rhan o rediad o {count} pwynt uwchben y {centre}', // translator review
  'spc.point.runBelow.one': 'Rhan o rediad o {count} pwynt o dan y {centre}',
  'spc.point.runBelow.other': 'Rhan o rediad o {count} pwynt o dan y {centre}', // translator review
  'spc.point.trendUp.one': 'Rhan o duedd o {count} pwynt sy’n codi',
  'spc.point.trendUp.other': 'Rhan o duedd o {count} pwynt sy’n codi', // translator review
  'spc.point.trendDown.one': 'Rhan o duedd o {count} pwynt sy’n gostwng',
  'spc.point.trendDown.other': 'Rhan o duedd o {count} pwynt sy’n gostwng', // translator review
  // translator review
  'spc.point.twoOfThreeHigh':
    'Un o ddau neu dri phwynt mewn tri y tu hwnt i’r llinell 2 sigma uchaf',
  // translator review
  'spc.point.twoOfThreeLow': 'Un o ddau neu dri phwynt mewn tri y tu hwnt i’r llinell 2 sigma isaf',
  'spc.point.mrHigh': 'Amrediad symudol uwchben y terfyn uchaf', // translator review

  // translator review
  'spc.runs.random':
    'Amrywiad ar hap: dim rhediad anarferol o hir a dim prinder anarferol o groesiadau dros y {centre}',
  'spc.runs.nonRandom': 'Amrywiad nad yw ar hap: {reasons}', // translator review
  // translator review
  'spc.runs.longRun':
    'rhediad o {count} pwynt ar un ochr i’r {centre}, yn hirach na’r {max} a ddisgwylir ar y mwyaf',
  // translator review
  'spc.runs.fewCrossings.one':
    '{count} croesiad dros y {centre}, llai na’r {min} a ddisgwylir o leiaf',
  // translator review
  'spc.runs.fewCrossings.other':
    '{count} croesiad dros y {centre}, llai na’r {min} a ddisgwylir o leiaf',
  // translator review
  'spc.runs.tooFew': 'Dim digon o bwyntiau oddi ar y {centre} ar gyfer dadansoddiad rhediadau',
  'spc.mr.none': 'Nid oes amrediad symudol uwchben y terfyn uchaf', // translator review
  'spc.mr.high.one': 'Mae {count} amrediad symudol uwchben y terfyn uchaf', // translator review
  'spc.mr.high.other': 'Mae {count} amrediad symudol uwchben y terfyn uchaf', // translator review
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const spcMessages = { en: spcEn, cy: spcCy } satisfies MessagePart<typeof spcEn>;
