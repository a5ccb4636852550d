import type { MessagePart, MessagesLike } from '../types.js';

/**
 * UI words of <qms-statement-card> (English is the source of the keys). Labels shared with
 * other elements (evidence categories, score words, owner, review date) are in domain.ts.
 */
export const statementCardEn = {
  'statementCard.framework': 'Framework',
  'statementCard.keyQuestion': 'Key question or domain',
  'statementCard.frameworkVersion': '{name} {version}',
  'statementCard.problem.today': 'must be a date such as 2025-04-01, got "{value}"',
  'statementCard.problem.noSuchStatement': 'no statement "{id}" in the dataset; it has: {ids}',
  // Kept for hosts that use them; the elements name a language with `common.languageName.*`.
  'statementCard.language.en': 'English',
  'statementCard.language.cy': 'Welsh',
  'statementCard.noIStatement': 'No I statement has been written yet.',
  'statementCard.noWeStatement': 'No We statement has been written yet.',
  'statementCard.category.short.people-experience': 'People’s experience',
  'statementCard.category.short.staff-feedback': 'Staff and leaders',
  'statementCard.category.short.partner-feedback': 'Partners',
  'statementCard.category.short.observation': 'Observation',
  'statementCard.category.short.processes': 'Processes',
  'statementCard.category.short.outcomes': 'Outcomes',
  'statementCard.evidence.count.one': '{count} item',
  'statementCard.evidence.count.other': '{count} items',
  'statementCard.evidence.lastUpdated': 'Last updated {date}',
  'statementCard.evidence.none': 'No evidence yet',
  'statementCard.evidence.categoryScore': 'Category score {value}: {label}',
  'statementCard.evidence.items': 'Evidence items',
  'statementCard.measures': 'Linked measures',
  'statementCard.measure.notFound': 'not in the measures supplied',
  'statementCard.measure.unreadable': 'its data could not be read',
  'statementCard.actions': 'Linked actions',
  'statementCard.action.notFound': 'not in the actions supplied',
  'statementCard.action.unreadable': 'it could not be read',
  'statementCard.action.due': 'Due {date}',
  'statementCard.score.value': 'Score {value} of 4',
  'statementCard.score.none': 'Not scored yet',
  'statementCard.score.dated': '{source}, {date}',
  'statementCard.review.overdue': 'Overdue for review',
  'statementCard.edit': 'Edit',
  'statementCard.edit.what': 'the statement “{title}”',
  'statementCard.form.title': 'Edit statement',
  'statementCard.form.iStatement': 'I statement ({language})',
  'statementCard.form.iStatement.hint':
    'What good looks and feels like, in the words of the person receiving care.',
  'statementCard.form.weStatement': 'We statement ({language})',
  'statementCard.form.weStatement.hint': 'The commitment the organisation makes.',
  'statementCard.form.otherLanguage': 'In {language}:',
  'statementCard.form.score': 'Score',
  'statementCard.form.score.option': '{value} – {label}',
  'statementCard.form.scoreSource': 'Who gave the score',
  'statementCard.form.evidence': 'Evidence',
  'statementCard.form.evidence.item': 'Evidence item {number}',
  'statementCard.form.evidence.category': 'Category',
  'statementCard.form.evidence.title': 'Title ({language})',
  'statementCard.form.evidence.date': 'Date',
  'statementCard.form.evidence.add': 'Add evidence',
  'statementCard.form.evidence.remove': 'Remove',
  'statementCard.form.evidence.removeWhat': 'evidence item {number}',
  'statementCard.form.evidence.none': 'No evidence items.',
  'statementCard.form.evidence.added': 'Evidence item {number} added.',
  'statementCard.form.evidence.removed': 'Evidence item removed.',
  'statementCard.form.errorSummary': 'There is a problem',
  'statementCard.form.errorPrefix': 'Error:',
  'statementCard.form.error.iStatement.required': 'Enter the I statement',
  'statementCard.form.error.iStatement.invalid': 'Enter the I statement as text',
  'statementCard.form.error.weStatement.required': 'Enter the We statement',
  'statementCard.form.error.weStatement.invalid': 'Enter the We statement as text',
  'statementCard.form.error.score.required': 'Choose a score',
  'statementCard.form.error.score.invalid': 'Choose a score from 1 to 4',
  'statementCard.form.error.scoreSource.required': 'Choose who gave the score',
  'statementCard.form.error.scoreSource.invalid': 'Choose who gave the score',
  'statementCard.form.error.evidenceCategory.required':
    'Choose a category for evidence item {number}',
  'statementCard.form.error.evidenceCategory.invalid':
    'Choose a category for evidence item {number}',
  'statementCard.form.error.evidenceTitle.required': 'Enter a title for evidence item {number}',
  'statementCard.form.error.evidenceTitle.invalid': 'Enter a title for evidence item {number}',
  'statementCard.form.error.evidenceDate.required': 'Enter a date for evidence item {number}',
  'statementCard.form.error.evidenceDate.invalid': 'Enter a real date for evidence item {number}',
  'statementCard.form.error.other': '{where}: {message}',
  'statementCard.conflict.changed':
    'Someone else changed the same parts of this statement while you were editing. Nothing has been saved yet. Choose which to keep:',
  'statementCard.conflict.field': '{field}: yours “{mine}”, saved “{theirs}”',
  'statementCard.conflict.none': 'none',
  'statementCard.conflict.keepMine': 'Save your version',
  'statementCard.conflict.keepTheirs': 'Keep the saved version',
  'statementCard.form.vetoed': 'Your changes were not saved.',
  'statementCard.form.vetoedReason': 'Your changes were not saved: {reason}',
  'statementCard.form.changedElsewhere':
    'The saved version of this statement changed while you were editing. Your changes are kept; saving adds them to the saved version, and asks you if you both changed the same part.',
  'statementCard.form.confirmDiscard': 'Discard your changes to this statement?',
  'statementCard.form.discard': 'Discard changes',
  'statementCard.form.keepEditing': 'Keep editing',
  'statementCard.saved': 'Changes saved.',
  'statementCard.editingStopped':
    'Editing stopped: a different statement was loaded, and the unsaved changes were discarded.',
} as const satisfies MessagesLike;

export const statementCardCy: Record<keyof typeof statementCardEn, string> = {
  'statementCard.framework': 'Fframwaith',
  // translator review: "cwestiwn allweddol" for CQC's key question, "parth" for a domain.
  'statementCard.keyQuestion': 'Cwestiwn allweddol neu faes',
  'statementCard.frameworkVersion': '{name} {version}',
  'statementCard.problem.today': 'rhaid iddo fod yn ddyddiad fel 2025-04-01, nid "{value}"', // translator review
  'statementCard.problem.noSuchStatement':
    'nid oes datganiad "{id}" yn y set ddata; mae ganddi: {ids}', // translator review
  // Language names as used inside a Welsh sentence ("Dangosir yn Saesneg").
  'statementCard.language.en': 'Saesneg',
  'statementCard.language.cy': 'Cymraeg',
  'statementCard.noIStatement': 'Nid oes datganiad “Fi” wedi’i ysgrifennu eto.',
  'statementCard.noWeStatement': 'Nid oes datganiad “Ni” wedi’i ysgrifennu eto.',
  // translator review: short evidence-category labels are drafts.
  'statementCard.category.short.people-experience': 'Profiad pobl',
  'statementCard.category.short.staff-feedback': 'Staff ac arweinwyr',
  'statementCard.category.short.partner-feedback': 'Partneriaid',
  'statementCard.category.short.observation': 'Arsylwi',
  'statementCard.category.short.processes': 'Prosesau',
  'statementCard.category.short.outcomes': 'Canlyniadau',
  // Welsh counts take the singular noun: "3 eitem".
  'statementCard.evidence.count.one': '{count} eitem',
  'statementCard.evidence.count.other': '{count} eitem',
  'statementCard.evidence.lastUpdated': 'Diweddarwyd ddiwethaf {date}',
  'statementCard.evidence.none': 'Dim tystiolaeth eto',
  'statementCard.evidence.categoryScore': 'Sgôr y categori {value}: {label}', // translator review
  'statementCard.evidence.items': 'Eitemau tystiolaeth',
  'statementCard.measures': 'Mesurau cysylltiedig',
  'statementCard.measure.notFound': 'nid yw yn y mesurau a roddwyd', // translator review
  'statementCard.measure.unreadable': 'nid oedd modd darllen ei ddata', // translator review
  'statementCard.actions': 'Camau gweithredu cysylltiedig', // translator review
  'statementCard.action.notFound': 'nid yw yn y camau gweithredu a roddwyd', // translator review
  'statementCard.action.unreadable': 'nid oedd modd ei ddarllen', // translator review
  'statementCard.action.due': 'Dyddiad targed {date}',
  'statementCard.score.value': 'Sgôr {value} o 4',
  'statementCard.score.none': 'Heb ei sgorio eto',
  'statementCard.score.dated': '{source}, {date}',
  'statementCard.review.overdue': 'Mae’n hwyr i’w adolygu', // translator review
  'statementCard.edit': 'Golygu',
  'statementCard.edit.what': 'y datganiad “{title}”',
  'statementCard.form.title': 'Golygu’r datganiad',
  'statementCard.form.iStatement': 'Datganiad “Fi” ({language})',
  // translator review
  'statementCard.form.iStatement.hint':
    'Sut beth yw profiad da, yng ngeiriau’r unigolyn sy’n cael gofal.',
  'statementCard.form.weStatement': 'Datganiad “Ni” ({language})',
  'statementCard.form.weStatement.hint': 'Yr ymrwymiad y mae’r sefydliad yn ei wneud.',
  'statementCard.form.otherLanguage': 'Yn {language}:',
  'statementCard.form.score': 'Sgôr',
  'statementCard.form.score.option': '{value} – {label}',
  'statementCard.form.scoreSource': 'Pwy roddodd y sgôr',
  'statementCard.form.evidence': 'Tystiolaeth',
  'statementCard.form.evidence.item': 'Eitem dystiolaeth {number}',
  'statementCard.form.evidence.category': 'Categori',
  'statementCard.form.evidence.title': 'Teitl ({language})',
  'statementCard.form.evidence.date': 'Dyddiad',
  'statementCard.form.evidence.add': 'Ychwanegu tystiolaeth',
  'statementCard.form.evidence.remove': 'Tynnu',
  'statementCard.form.evidence.removeWhat': 'eitem dystiolaeth {number}',
  'statementCard.form.evidence.none': 'Dim eitemau tystiolaeth.',
  'statementCard.form.evidence.added': 'Ychwanegwyd eitem dystiolaeth {number}.',
  'statementCard.form.evidence.removed': 'Tynnwyd eitem dystiolaeth.',
  // GOV.UK's Welsh error summary title.
  'statementCard.form.errorSummary': 'Mae problem wedi codi',
  'statementCard.form.errorPrefix': 'Gwall:',
  'statementCard.form.error.iStatement.required': 'Rhowch y datganiad “Fi”',
  'statementCard.form.error.iStatement.invalid': 'Rhowch y datganiad “Fi” fel testun',
  'statementCard.form.error.weStatement.required': 'Rhowch y datganiad “Ni”',
  'statementCard.form.error.weStatement.invalid': 'Rhowch y datganiad “Ni” fel testun',
  'statementCard.form.error.score.required': 'Dewiswch sgôr',
  'statementCard.form.error.score.invalid': 'Dewiswch sgôr o 1 i 4',
  'statementCard.form.error.scoreSource.required': 'Dewiswch pwy roddodd y sgôr',
  'statementCard.form.error.scoreSource.invalid': 'Dewiswch pwy roddodd y sgôr',
  'statementCard.form.error.evidenceCategory.required':
    'Dewiswch gategori ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.evidenceCategory.invalid':
    'Dewiswch gategori ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.evidenceTitle.required':
    'Rhowch deitl ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.evidenceTitle.invalid':
    'Rhowch deitl ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.evidenceDate.required':
    'Rhowch ddyddiad ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.evidenceDate.invalid':
    'Rhowch ddyddiad go iawn ar gyfer eitem dystiolaeth {number}',
  'statementCard.form.error.other': '{where}: {message}',
  // translator review: the five conflict strings below are draft translations.
  'statementCard.conflict.changed':
    'Newidiodd rhywun arall yr un rhannau o’r datganiad hwn tra oeddech yn golygu. Nid oes dim wedi’i gadw eto. Dewiswch pa un i’w gadw:',
  'statementCard.conflict.field': '{field}: eich un chi “{mine}”, yr un a gadwyd “{theirs}”',
  'statementCard.conflict.none': 'dim',
  'statementCard.conflict.keepMine': 'Cadw eich fersiwn chi',
  'statementCard.conflict.keepTheirs': 'Cadw’r fersiwn a gadwyd',
  'statementCard.form.vetoed': 'Ni chadwyd eich newidiadau.',
  'statementCard.form.vetoedReason': 'Ni chadwyd eich newidiadau: {reason}',
  // translator review
  'statementCard.form.changedElsewhere':
    'Newidiodd y fersiwn a gadwyd o’r datganiad hwn tra oeddech yn golygu. Nid yw eich newidiadau wedi’u colli; os byddwch yn eu cadw, cânt eu hychwanegu at y fersiwn a gadwyd, a gofynnir i chi a ydych chi’ch dau wedi newid yr un rhan.',
  'statementCard.form.confirmDiscard': 'Cael gwared ar eich newidiadau i’r datganiad hwn?', // translator review
  'statementCard.form.discard': 'Cael gwared ar y newidiadau', // translator review
  'statementCard.form.keepEditing': 'Parhau i olygu',
  'statementCard.saved': 'Cadwyd y newidiadau.',
  // translator review
  'statementCard.editingStopped':
    'Daeth y golygu i ben: llwythwyd datganiad gwahanol, a chollwyd y newidiadau heb eu cadw.',
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const statementCardMessages = {
  en: statementCardEn,
  cy: statementCardCy,
} satisfies MessagePart<typeof statementCardEn>;
