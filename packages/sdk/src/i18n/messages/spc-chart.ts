import type { MessagePart, MessagesLike } from '../types.js';

/** UI words of <qms-spc-chart> (English is the source of the keys). */
export const spcChartEn = {
  'spcChart.untitled': 'Chart',
  'spcChart.drawing': 'Drawing the chart…',
  'spcChart.plot.help':
    'Use the left and right arrow keys to move between points, Home and End for the first and last, Page Up and Page Down to jump 10 points, Enter to select a point and Escape to close its details.',
  'spcChart.point.position': 'Point {position} of {total}',
  'spcChart.point.value': 'Value: {value}',
  'spcChart.point.limits': 'Process limits: {lower} to {upper}',
  'spcChart.point.centre.mean': 'Mean: {value}',
  'spcChart.point.centre.median': 'Median: {value}',
  'spcChart.unit': 'Unit: {unit}',
  'spcChart.target': 'Target: {value}',
  'spcChart.targetLine': 'Target',
  'spcChart.rebase': 'Limits recalculated',
  'spcChart.table.show': 'Show data table',
  'spcChart.table.hide': 'Hide data table',
  'spcChart.table.caption': 'Data for {name}',
  'spcChart.table.region': 'Data table for {name}',
  'spcChart.table.rows': 'Rows {from} to {to} of {total}',
  'spcChart.table.previous': 'Previous rows',
  'spcChart.table.next': 'Next rows',
  'spcChart.table.pages': 'Pages of the data table',
  'spcChart.col.date': 'Date',
  'spcChart.col.value': 'Value',
  'spcChart.col.denominator': 'Denominator',
  'spcChart.col.mean': 'Mean',
  'spcChart.col.median': 'Median',
  'spcChart.col.lower': 'Lower process limit',
  'spcChart.col.upper': 'Upper process limit',
  'spcChart.col.signal': 'Signal',
  'spcChart.col.note': 'Note',
  'spcChart.tools': 'Chart tools',
  'spcChart.download': 'Download:',
  'spcChart.download.csv': 'Download the data as CSV',
  'spcChart.download.svg': 'Download the chart as SVG',
  'spcChart.download.png': 'Download the chart as PNG',
  'spcChart.legend': 'Key',
  'spcChart.legend.values': 'Values',
  'spcChart.legend.mean': 'Mean',
  'spcChart.legend.median': 'Median',
  'spcChart.legend.limits': 'Process limits (3 sigma)',
  'spcChart.legend.sigma': '1 and 2 sigma lines',
  'spcChart.legend.target': 'Target',
  'spcChart.legend.rebase': 'Limits recalculated',
  'spcChart.legend.common-cause': 'Common cause variation',
  'spcChart.legend.improvement-high': 'Improvement: higher values',
  'spcChart.legend.improvement-low': 'Improvement: lower values',
  'spcChart.legend.concern': 'Concern',
  'spcChart.legend.neutral': 'Special cause, neither improvement nor concern',
  'spcChart.legend.ghost': 'Excluded from the calculations',
  'spcChart.legend.annotation': 'Annotation',
  'spcChart.annotations': 'Annotations',
  'spcChart.rules': '{chart}. Special-cause rules: {preset}.',
  'spcChart.rules.detail':
    'a shift is {shift} points in a row on one side of the {centre}, a trend {trend} points rising or falling',
  'spcChart.rules.mdc': 'Making Data Count (NHS England, 2024)',
  'spcChart.rules.mdc-2022': 'Making Data Count (NHS England, 2022)',
  'spcChart.rules.mdc-excel': 'Making Data Count single chart tool (NHS England, v5.0)',
  'spcChart.rules.nhsr': 'NHSRplotthedots',
  'spcChart.rules.qic': 'qicharts2 (points beyond the 3-sigma limits, Anhøj runs rules)',
  'spcChart.rules.anhoej': 'Anhøj run chart rules (unusually long runs and few crossings)',
  'spcChart.notes': 'Notes on the analysis',
  'spcChart.problem.notNumber': '"{value}" is not a number',
  'spcChart.problem.pngBlocked':
    'could not be made: this page’s Content Security Policy does not allow blob: images (it needs img-src blob:). Download the SVG instead.',
  'spcChart.problem.pngFailed': 'could not be made ({reason}). Download the SVG instead.',
  'spcChart.problem.overflow':
    'the values are too large to calculate ({lines} overflow): those lines are not drawn and the verdict cannot be trusted',
  'spcChart.problem.noSuchMeasure': 'no measure "{id}" in the data; it has: {ids}',
} as const satisfies MessagesLike;

export const spcChartCy: Record<keyof typeof spcChartEn, string> = {
  'spcChart.untitled': 'Siart',
  'spcChart.drawing': 'Wrthi’n llunio’r siart…', // translator review
  // translator review
  'spcChart.plot.help':
    'Defnyddiwch y bysellau saeth chwith a de i symud rhwng pwyntiau, Home ac End ar gyfer y cyntaf a’r olaf, Page Up a Page Down i neidio 10 pwynt, Enter i ddewis pwynt ac Escape i gau ei fanylion.',
  'spcChart.point.position': 'Pwynt {position} o {total}', // translator review
  'spcChart.point.value': 'Gwerth: {value}',
  'spcChart.point.limits': 'Terfynau’r broses: {lower} i {upper}', // translator review
  'spcChart.point.centre.mean': 'Cymedr: {value}',
  'spcChart.point.centre.median': 'Canolrif: {value}',
  'spcChart.unit': 'Uned: {unit}',
  'spcChart.target': 'Targed: {value}',
  'spcChart.targetLine': 'Targed',
  'spcChart.rebase': 'Terfynau wedi’u hailgyfrifo', // translator review
  'spcChart.table.show': 'Dangos y tabl data',
  'spcChart.table.hide': 'Cuddio’r tabl data',
  'spcChart.table.caption': 'Data ar gyfer {name}',
  'spcChart.table.region': 'Tabl data ar gyfer {name}',
  'spcChart.table.rows': 'Rhesi {from} i {to} o {total}', // translator review
  'spcChart.table.previous': 'Rhesi blaenorol', // translator review
  'spcChart.table.next': 'Rhesi nesaf', // translator review
  'spcChart.table.pages': 'Tudalennau’r tabl data', // translator review
  'spcChart.col.date': 'Dyddiad',
  'spcChart.col.value': 'Gwerth',
  'spcChart.col.denominator': 'Enwadur', // translator review
  'spcChart.col.mean': 'Cymedr',
  'spcChart.col.median': 'Canolrif',
  'spcChart.col.lower': 'Terfyn isaf y broses', // translator review
  'spcChart.col.upper': 'Terfyn uchaf y broses', // translator review
  'spcChart.col.signal': 'Arwydd', // translator review: “signal” in the SPC sense
  'spcChart.col.note': 'Nodyn',
  'spcChart.tools': 'Offer y siart',
  'spcChart.download': 'Lawrlwytho:',
  'spcChart.download.csv': 'Lawrlwytho’r data fel CSV', // translator review
  'spcChart.download.svg': 'Lawrlwytho’r siart fel SVG', // translator review
  'spcChart.download.png': 'Lawrlwytho’r siart fel PNG', // translator review
  'spcChart.legend': 'Allwedd',
  'spcChart.legend.values': 'Gwerthoedd',
  'spcChart.legend.mean': 'Cymedr',
  'spcChart.legend.median': 'Canolrif',
  'spcChart.legend.limits': 'Terfynau’r broses (3 sigma)', // translator review
  'spcChart.legend.sigma': 'Llinellau 1 a 2 sigma', // translator review
  'spcChart.legend.target': 'Targed',
  'spcChart.legend.rebase': 'Terfynau wedi’u hailgyfrifo', // translator review
  'spcChart.legend.common-cause': 'Amrywiad achos cyffredin', // translator review
  'spcChart.legend.improvement-high': 'Gwelliant: gwerthoedd uwch', // translator review
  'spcChart.legend.improvement-low': 'Gwelliant: gwerthoedd is', // translator review
  'spcChart.legend.concern': 'Pryder', // translator review
  'spcChart.legend.neutral': 'Achos arbennig, nad yw’n welliant nac yn bryder', // translator review
  'spcChart.legend.ghost': 'Wedi’i hepgor o’r cyfrifiadau',
  'spcChart.legend.annotation': 'Anodiad', // translator review
  'spcChart.annotations': 'Anodiadau', // translator review
  'spcChart.rules': '{chart}. Rheolau achos arbennig: {preset}.', // translator review
  // translator review
  'spcChart.rules.detail':
    'symudiad yw {shift} pwynt yn olynol ar un ochr i’r {centre}, tuedd yw {trend} pwynt yn codi neu’n gostwng',
  'spcChart.rules.mdc': 'Making Data Count (GIG Lloegr, 2024)', // translator review
  'spcChart.rules.mdc-2022': 'Making Data Count (GIG Lloegr, 2022)', // translator review
  // translator review
  'spcChart.rules.mdc-excel': 'Offeryn siart sengl Making Data Count (GIG Lloegr, v5.0)',
  'spcChart.rules.nhsr': 'NHSRplotthedots',
  // translator review
  'spcChart.rules.qic':
    'qicharts2 (pwyntiau y tu hwnt i’r terfynau 3-sigma, rheolau rhediadau Anhøj)',
  // translator review
  'spcChart.rules.anhoej':
    'Rheolau siart rhediad Anhøj (rhediadau anarferol o hir a chroesiadau anarferol o brin)',
  'spcChart.notes': 'Nodiadau ar y dadansoddiad', // translator review
  'spcChart.problem.notNumber': 'nid yw "{value}" yn rhif', // translator review
  // translator review
  'spcChart.problem.pngBlocked':
    'nid oedd modd ei greu: nid yw Polisi Diogelwch Cynnwys y dudalen hon yn caniatáu delweddau blob: (mae angen img-src blob:). Lawrlwythwch yr SVG yn lle hynny.',
  // translator review
  'spcChart.problem.pngFailed':
    'nid oedd modd ei greu ({reason}). Lawrlwythwch yr SVG yn lle hynny.',
  // translator review
  'spcChart.problem.overflow':
    'mae’r gwerthoedd yn rhy fawr i’w cyfrifo ({lines} yn gorlifo): nid yw’r llinellau hynny wedi’u tynnu ac ni ellir ymddiried yn y dyfarniad',
  // translator review
  'spcChart.problem.noSuchMeasure': 'nid oes mesur "{id}" yn y data; mae ganddo: {ids}',
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const spcChartMessages = { en: spcChartEn, cy: spcChartCy } satisfies MessagePart<
  typeof spcChartEn
>;
