import type { MessagesLike } from '../types.js';

/** UI words of the demo dashboard (apps/demo). */
export const demoEn = {
  'demo.title': '{organisation}: quality dashboard',
  'demo.skip': 'Skip to main content',
  'demo.settings': 'Display settings',
  'demo.language': 'Language',
  'demo.theme': 'Theme',
  'demo.theme.nhs': 'NHS',
  'demo.theme.high-contrast': 'High contrast',
  'demo.theme.vendor': 'Vendor example',
  'demo.asAt': 'Due and review dates are judged as at {date}, just after the sample data ends.',
  'demo.loading': 'Loading the dashboard…',

  'demo.selection.heading': 'Current selection',
  'demo.selection.none':
    'Nothing is selected, so every measure, statement and action is shown. Open a domain on the scorecard, or a segment of the wheel, to focus the page on it.',
  'demo.selection.domain': 'Domain',
  'demo.selection.measure': 'Measure',
  'demo.selection.aspect': 'QMS aspect',
  'demo.selection.centre': 'Centre of the wheel',
  'demo.count.measures': 'Measures: {count}',
  'demo.count.statements': 'Statements: {count}',
  'demo.count.actions': 'Actions: {count}',
  'demo.clearSelection': 'Clear selection',
  'demo.selectionCleared': 'Selection cleared: everything is shown.',

  'demo.scorecard.heading': 'Quality by domain',
  'demo.scorecard.intro':
    'Open a domain to see its measures and focus the page on it; choose a measure in its table to chart it.',
  'demo.chart.heading': 'Measure over time',
  'demo.chart.picker': 'Measure to chart',
  'demo.chart.none': 'There are no measures in this selection.',
  'demo.wheel.heading': 'Quality management system self-assessment',
  'demo.wheel.intro':
    'Select a segment to see and edit its maturity, guiding questions and tools. Selecting an aspect also focuses the statements and actions on it.',
  'demo.statements.heading': 'I and We statements',
  'demo.statements.none': 'No statements match this selection.',
  'demo.actions.heading': 'Improvement actions',

  'demo.upload.heading': 'Bring your own data',
  'demo.upload.intro':
    'Chart your own measures: a CSV file in long format, one row for each measure and date, with the columns {columns}; or a whole qms-kit dataset as JSON. The file is read in your browser and is not sent anywhere.',
  'demo.upload.optional': '{column} (optional)',
  'demo.upload.example': 'For example:',
  'demo.upload.denominator':
    'With a denominator, the value is a count (88 missed appointments out of 1,010) and the chart shows the value divided by the denominator.',
  'demo.upload.label': 'CSV or JSON file',
  'demo.upload.choose': 'Choose a file',
  'demo.upload.noFile': 'No file chosen yet.',
  'demo.upload.lastFile': 'Last file chosen: {file}',
  'demo.upload.drop': 'Or drop a file on this box.',
  'demo.upload.dropping': 'Drop the file to read it',
  'demo.upload.sample': 'Download an example CSV file',
  'demo.upload.reading': 'Reading {file}…',
  'demo.upload.error.title': 'The file could not be used',
  'demo.upload.error.intro':
    'Nothing on the page has changed. Fix these problems in {file} and try again:',
  'demo.upload.error.englishNote': 'The details are in English.',
  'demo.upload.problem.rowColumn': 'Row {row}, column {column}',
  'demo.upload.problem.row': 'Row {row}',
  'demo.upload.problem.file': 'The file',
  'demo.upload.error.type': 'is not a CSV or JSON file: choose a file ending in .csv or .json',
  'demo.upload.error.size': 'is larger than {size}: choose a smaller file',
  'demo.upload.error.empty': 'is empty',
  'demo.upload.error.read': 'could not be read by the browser',
  'demo.upload.error.many': 'Choose one file at a time.',
  'demo.upload.error.noMeasures': 'has no measures to chart',
  'demo.upload.ok.csv': 'Read {file}: its measures are charted under “Your data”.',
  'demo.upload.ok.json':
    'Read {file}: the dashboard now shows this dataset. “Reset to sample data” brings the sample back.',
  'demo.yourData.heading': 'Your data',
  'demo.yourData.note':
    'Measures from a CSV file have no domain, so they are charted here rather than on the scorecard. Each is an XmR chart with no preferred direction.',
  'demo.yourData.remove': 'Remove your data',
  'demo.yourData.removed': 'Your data was removed.',

  'demo.storage.heading': 'Your edits',
  'demo.storage.kept':
    'Changes to actions, statements and the self-assessment, and any data you bring, are kept in this browser (IndexedDB), so they survive a reload. Nothing is sent anywhere.',
  'demo.storage.unavailable':
    'This browser is not letting the page store data, so your edits will not be kept after a reload.',
  'demo.storage.saveFailed':
    'Your last change could not be saved in this browser, so it will be lost on reload.',
  'demo.storage.loadFailed':
    'Your saved edits could not be read, so the sample data is shown. Saving a change replaces them.',
  'demo.storage.conflict':
    'Another tab or window changed {actions} after this page showed it, so your change to it is not saved yet. It is still shown here: choose which version to keep.',
  'demo.storage.keepMine': 'Keep my change',
  'demo.storage.keepTheirs': 'Use the other tab’s version',
  'demo.storage.refreshed': 'The actions were updated with changes made in another tab.',
  'demo.reset': 'Reset to sample data',
  'demo.reset.done': 'The sample data is back and your saved edits were cleared.',
  'demo.footer': 'A demonstration of the qms-kit web components.',
} as const satisfies MessagesLike;

export const demoCy: Record<keyof typeof demoEn, string> = {
  'demo.title': '{organisation}: dangosfwrdd ansawdd',
  'demo.skip': 'Neidio i’r prif gynnwys',
  'demo.settings': 'Gosodiadau dangos', // translator review
  'demo.language': 'Iaith',
  'demo.theme': 'Thema',
  'demo.theme.nhs': 'GIG',
  'demo.theme.high-contrast': 'Cyferbyniad uchel',
  'demo.theme.vendor': 'Enghraifft gan gyflenwr', // translator review
  'demo.asAt':
    'Asesir dyddiadau targed a dyddiadau adolygu fel yr oeddent ar {date}, ychydig ar ôl diwedd y data sampl.', // translator review
  'demo.loading': 'Wrthi’n llwytho’r dangosfwrdd…',

  'demo.selection.heading': 'Y dewis presennol',
  'demo.selection.none':
    'Nid oes dim wedi’i ddewis, felly dangosir pob mesur, datganiad a cham gweithredu. Agorwch faes ansawdd ar y cerdyn sgorio, neu ran o’r olwyn, i ganolbwyntio’r dudalen arno.', // translator review
  'demo.selection.domain': 'Maes ansawdd',
  'demo.selection.measure': 'Mesur',
  'demo.selection.aspect': 'Agwedd ar y system rheoli ansawdd',
  'demo.selection.centre': 'Canol yr olwyn',
  'demo.count.measures': 'Mesurau: {count}',
  'demo.count.statements': 'Datganiadau: {count}',
  'demo.count.actions': 'Camau gweithredu: {count}',
  'demo.clearSelection': 'Clirio’r dewis',
  'demo.selectionCleared': 'Cliriwyd y dewis: dangosir popeth.',

  'demo.scorecard.heading': 'Ansawdd fesul maes',
  'demo.scorecard.intro':
    'Agorwch faes i weld ei fesurau ac i ganolbwyntio’r dudalen arno; dewiswch fesur yn ei dabl i’w ddangos ar siart.', // translator review
  'demo.chart.heading': 'Y mesur dros amser',
  'demo.chart.picker': 'Mesur i’w ddangos ar y siart',
  'demo.chart.none': 'Nid oes mesurau yn y dewis hwn.',
  'demo.wheel.heading': 'Hunanasesiad y system rheoli ansawdd',
  'demo.wheel.intro':
    'Dewiswch ran o’r olwyn i weld a golygu ei haeddfedrwydd, ei chwestiynau arweiniol a’i hoffer. Mae dewis agwedd hefyd yn canolbwyntio’r datganiadau a’r camau gweithredu arni.', // translator review
  'demo.statements.heading': 'Datganiadau “Fi” a “Ni”',
  'demo.statements.none': 'Nid oes datganiadau’n cyfateb i’r dewis hwn.',
  'demo.actions.heading': 'Camau gweithredu i wella',

  'demo.upload.heading': 'Dewch â’ch data eich hun',
  'demo.upload.intro':
    'Dangoswch eich mesurau eich hun ar siart: ffeil CSV ar ffurf hir, un rhes ar gyfer pob mesur a dyddiad, gyda’r colofnau {columns}; neu set ddata qms-kit gyfan fel JSON. Caiff y ffeil ei darllen yn eich porwr ac nid yw’n cael ei hanfon i unman.', // translator review
  'demo.upload.optional': '{column} (dewisol)',
  'demo.upload.example': 'Er enghraifft:',
  'demo.upload.denominator':
    'Gydag enwadur, cyfrif yw’r gwerth (88 o apwyntiadau a gollwyd allan o 1,010) ac mae’r siart yn dangos y gwerth wedi’i rannu â’r enwadur.', // translator review
  'demo.upload.label': 'Ffeil CSV neu JSON',
  'demo.upload.choose': 'Dewis ffeil',
  'demo.upload.noFile': 'Nid oes ffeil wedi’i dewis eto.',
  'demo.upload.lastFile': 'Y ffeil ddiwethaf a ddewiswyd: {file}',
  'demo.upload.drop': 'Neu gollyngwch ffeil ar y blwch hwn.',
  'demo.upload.dropping': 'Gollyngwch y ffeil i’w darllen',
  'demo.upload.sample': 'Lawrlwytho ffeil CSV enghreifftiol',
  'demo.upload.reading': 'Wrthi’n darllen {file}…',
  'demo.upload.error.title': 'Nid oedd modd defnyddio’r ffeil',
  'demo.upload.error.intro':
    'Nid oes dim ar y dudalen wedi newid. Cywirwch y problemau hyn yn {file} a rhowch gynnig arall arni:',
  'demo.upload.error.englishNote': 'Mae’r manylion yn Saesneg.',
  'demo.upload.problem.rowColumn': 'Rhes {row}, colofn {column}',
  'demo.upload.problem.row': 'Rhes {row}',
  'demo.upload.problem.file': 'Y ffeil',
  'demo.upload.error.type':
    'nid yw’n ffeil CSV na JSON: dewiswch ffeil sy’n gorffen gyda .csv neu .json',
  'demo.upload.error.size': 'mae’n fwy na {size}: dewiswch ffeil lai',
  'demo.upload.error.empty': 'mae’n wag',
  'demo.upload.error.read': 'nid oedd modd i’r porwr ei darllen',
  'demo.upload.error.many': 'Dewiswch un ffeil ar y tro.',
  'demo.upload.error.noMeasures': 'nid oes ganddi fesurau i’w dangos ar siart',
  'demo.upload.ok.csv': 'Darllenwyd {file}: mae ei mesurau ar siartiau o dan “Eich data”.',
  'demo.upload.ok.json':
    'Darllenwyd {file}: mae’r dangosfwrdd bellach yn dangos y set ddata hon. Mae “Ailosod i’r data sampl” yn dod â’r sampl yn ôl.',
  'demo.yourData.heading': 'Eich data',
  'demo.yourData.note':
    'Nid oes maes ansawdd gan fesurau o ffeil CSV, felly maent ar siartiau yma yn hytrach nag ar y cerdyn sgorio. Siart XmR heb gyfeiriad gwella penodol yw pob un.', // translator review
  'demo.yourData.remove': 'Tynnu eich data',
  'demo.yourData.removed': 'Tynnwyd eich data.',

  'demo.storage.heading': 'Eich golygiadau',
  'demo.storage.kept':
    'Caiff newidiadau i gamau gweithredu, datganiadau a’r hunanasesiad, ac unrhyw ddata y dewch chi ag ef, eu cadw yn y porwr hwn (IndexedDB), felly maent yn aros ar ôl ail-lwytho. Nid oes dim yn cael ei anfon i unman.', // translator review
  'demo.storage.unavailable':
    'Nid yw’r porwr hwn yn gadael i’r dudalen storio data, felly ni fydd eich golygiadau’n cael eu cadw ar ôl ail-lwytho.',
  'demo.storage.saveFailed':
    'Nid oedd modd cadw eich newid diwethaf yn y porwr hwn, felly bydd yn cael ei golli wrth ail-lwytho.',
  'demo.storage.loadFailed':
    'Nid oedd modd darllen eich golygiadau a gadwyd, felly dangosir y data sampl. Bydd cadw newid yn cymryd eu lle.', // translator review
  'demo.storage.conflict':
    'Newidiodd tab neu ffenestr arall {actions} ar ôl i’r dudalen hon ei ddangos, felly nid yw eich newid wedi’i gadw eto. Mae’n dal i’w weld yma: dewiswch pa fersiwn i’w chadw.', // translator review
  'demo.storage.keepMine': 'Cadw fy newid', // translator review
  'demo.storage.keepTheirs': 'Defnyddio fersiwn y tab arall', // translator review
  'demo.storage.refreshed':
    'Diweddarwyd y camau gweithredu gyda newidiadau a wnaed mewn tab arall.', // translator review
  'demo.reset': 'Ailosod i’r data sampl',
  'demo.reset.done': 'Mae’r data sampl yn ôl ac mae eich golygiadau a gadwyd wedi’u clirio.',
  'demo.footer': 'Arddangosiad o gydrannau gwe qms-kit.', // translator review
};
