import type { MessagePart, MessagesLike } from '../types.js';

/**
 * Words used by the web components (@qms-kit/elements): icon names, data-loading problems,
 * error panels. Icon names follow the Making Data Count legend wording (DOMAIN.md §1.4).
 */
export const elementsEn = {
  // Variation icons: accessible name (legend wording) and the short visible label.
  'icon.variation.common-cause': 'Common cause variation: no significant change',
  'icon.variation.improvement-high':
    'Special cause variation of an improving nature due to higher values',
  'icon.variation.improvement-low':
    'Special cause variation of an improving nature due to lower values',
  'icon.variation.concern-high':
    'Special cause variation of a concerning nature due to higher values',
  'icon.variation.concern-low':
    'Special cause variation of a concerning nature due to lower values',
  'icon.variation.neither-high':
    'Special cause variation due to higher values, where higher is neither better nor worse',
  'icon.variation.neither-low':
    'Special cause variation due to lower values, where lower is neither better nor worse',
  'icon.variation.none': 'Variation not assessed: not enough data',
  'icon.variation.common-cause.short': 'Common cause',
  'icon.variation.improvement-high.short': 'Improvement (high)',
  'icon.variation.improvement-low.short': 'Improvement (low)',
  'icon.variation.concern-high.short': 'Concern (high)',
  'icon.variation.concern-low.short': 'Concern (low)',
  'icon.variation.neither-high.short': 'Neither (high)',
  'icon.variation.neither-low.short': 'Neither (low)',
  'icon.variation.none.short': 'Not assessed',
  // Assurance icons: where the target sits against the process limits.
  'icon.assurance.pass': 'Will consistently pass the target',
  'icon.assurance.fail': 'Will consistently fail the target',
  'icon.assurance.hit-or-miss': 'Will not consistently pass or fail the target: hit or miss',
  'icon.assurance.none': 'Assurance not assessed: no target or not enough data',
  'icon.assurance.pass.short': 'Pass',
  'icon.assurance.fail.short': 'Fail',
  'icon.assurance.hit-or-miss.short': 'Hit or miss',
  'icon.assurance.none.short': 'Not assessed',
  // Letters drawn inside the icons; hosts may override them with registerCatalogue.
  'icon.letter.high': 'H',
  'icon.letter.low': 'L',
  'icon.letter.pass': 'P',
  'icon.letter.fail': 'F',
  'icon.letter.hit-or-miss': '?',
  // Where a problem is, when it is not inside the data itself.
  'element.where.attribute': 'the {name} attribute',
  'element.where.slot': 'the JSON script inside the element',
  'element.where.property': 'the {name} property',
  // What is wrong.
  'element.problem.notOneOf': '"{value}" is not one of: {allowed}',
  'element.problem.httpStatus': 'the server answered with status {status}',
  'element.problem.network': 'could not be fetched ({reason})',
  'element.problem.badJson': 'is not valid JSON ({reason})',
  'element.problem.csvUnsupported': 'is CSV, which this element cannot read: supply JSON instead',
  'element.problem.unreadable': 'could not be read ({reason})',
  'element.problem.notNumber': '"{value}" is not a number',
  'element.problem.notBoolean': '"{value}" is not true or false',
  'element.problem.notText': '"{value}" is not text',
  'element.problem.notDate': 'must be a date such as 2025-03-31, got "{value}"',
  'element.problem.notList': '"{value}" is not a list',
  'element.problem.notObject': '"{value}" is not an object with named fields',
  'element.problem.numberRange': '"{value}" is not a number from {min} to {max}',
  'element.problem.wholeNumberRange': '"{value}" is not a whole number from {min} to {max}',
  'element.problem.timeout': 'did not answer within {seconds} seconds',
  'element.retry': 'Try again',
  'element.error.defaultsUsed': 'Some settings could not be used; their defaults are shown instead',
  // The error panel lists at most a few problems, then says how many more there are.
  'element.error.more.one': '…and {count} more problem',
  'element.error.more.other': '…and {count} more problems',
} as const satisfies MessagesLike;

export const elementsCy: Record<keyof typeof elementsEn, string> = {
  // translator review: "amrywiad achos cyffredin / arbennig" for common / special cause variation.
  'icon.variation.common-cause': 'Amrywiad achos cyffredin: dim newid arwyddocaol',
  // translator review
  'icon.variation.improvement-high':
    'Amrywiad achos arbennig sy’n dangos gwelliant oherwydd gwerthoedd uwch',
  // translator review
  'icon.variation.improvement-low':
    'Amrywiad achos arbennig sy’n dangos gwelliant oherwydd gwerthoedd is',
  // translator review
  'icon.variation.concern-high':
    'Amrywiad achos arbennig sy’n peri pryder oherwydd gwerthoedd uwch',
  // translator review
  'icon.variation.concern-low': 'Amrywiad achos arbennig sy’n peri pryder oherwydd gwerthoedd is',
  // translator review
  'icon.variation.neither-high':
    'Amrywiad achos arbennig oherwydd gwerthoedd uwch, lle nad yw uwch yn well nac yn waeth',
  // translator review
  'icon.variation.neither-low':
    'Amrywiad achos arbennig oherwydd gwerthoedd is, lle nad yw is yn well nac yn waeth',
  // translator review
  'icon.variation.none': 'Amrywiad heb ei asesu: dim digon o ddata',
  'icon.variation.common-cause.short': 'Achos cyffredin', // translator review
  'icon.variation.improvement-high.short': 'Gwelliant (uchel)', // translator review
  'icon.variation.improvement-low.short': 'Gwelliant (isel)', // translator review
  'icon.variation.concern-high.short': 'Pryder (uchel)', // translator review
  'icon.variation.concern-low.short': 'Pryder (isel)', // translator review
  'icon.variation.neither-high.short': 'Y naill na’r llall (uchel)', // translator review
  'icon.variation.neither-low.short': 'Y naill na’r llall (isel)', // translator review
  'icon.variation.none.short': 'Heb ei asesu', // translator review
  // translator review: "cyrraedd" (reach) chosen over "pasio" for pass.
  'icon.assurance.pass': 'Bydd yn cyrraedd y targed yn gyson',
  // translator review
  'icon.assurance.fail': 'Bydd yn methu’r targed yn gyson',
  // translator review
  'icon.assurance.hit-or-miss':
    'Ni fydd yn cyrraedd nac yn methu’r targed yn gyson: weithiau’n cyrraedd, weithiau’n methu',
  // translator review
  'icon.assurance.none': 'Sicrwydd heb ei asesu: dim targed neu ddim digon o ddata',
  'icon.assurance.pass.short': 'Cyrraedd', // translator review
  'icon.assurance.fail.short': 'Methu', // translator review
  'icon.assurance.hit-or-miss.short': 'Anghyson', // translator review
  'icon.assurance.none.short': 'Heb ei asesu', // translator review
  // translator review: the MDC letters are kept as drawn in the published icons.
  'icon.letter.high': 'H',
  'icon.letter.low': 'L',
  'icon.letter.pass': 'P',
  'icon.letter.fail': 'F',
  'icon.letter.hit-or-miss': '?',
  'element.where.attribute': 'y briodoledd {name}', // translator review
  'element.where.slot': 'y sgript JSON y tu mewn i’r elfen', // translator review
  'element.where.property': 'y briodwedd {name}', // translator review
  'element.problem.notOneOf': 'nid yw "{value}" yn un o: {allowed}', // translator review
  'element.problem.httpStatus': 'atebodd y gweinydd gyda statws {status}', // translator review
  'element.problem.network': 'nid oedd modd ei nôl ({reason})', // translator review
  'element.problem.badJson': 'nid yw’n JSON dilys ({reason})', // translator review
  // translator review
  'element.problem.csvUnsupported':
    'mae’n CSV, na all yr elfen hon ei ddarllen: rhowch JSON yn lle hynny',
  'element.problem.unreadable': 'nid oedd modd ei ddarllen ({reason})', // translator review
  'element.problem.notNumber': 'nid yw "{value}" yn rhif', // translator review
  'element.problem.notBoolean': 'nid yw "{value}" yn wir nac yn gau', // translator review
  'element.problem.notText': 'nid yw "{value}" yn destun', // translator review
  'element.problem.notDate': 'rhaid iddo fod yn ddyddiad fel 2025-03-31, nid "{value}"', // translator review
  'element.problem.notList': 'nid yw "{value}" yn rhestr', // translator review
  'element.problem.notObject': 'nid yw "{value}" yn wrthrych gyda meysydd wedi’u henwi', // translator review
  'element.problem.numberRange': 'nid yw "{value}" yn rhif o {min} i {max}', // translator review
  // translator review
  'element.problem.wholeNumberRange': 'nid yw "{value}" yn rhif cyfan o {min} i {max}',
  'element.problem.timeout': 'ni atebodd o fewn {seconds} eiliad', // translator review
  'element.retry': 'Rhoi cynnig arall arni', // translator review
  // translator review
  'element.error.defaultsUsed':
    'Nid oedd modd defnyddio rhai gosodiadau; dangosir eu gwerthoedd diofyn yn lle hynny',
  'element.error.more.one': '…ac {count} broblem arall', // translator review
  'element.error.more.other': '…a rhagor o broblemau ({count})', // translator review
};

/** This part in both languages, for `registerMessages` and `LocalizeController`'s `parts`. */
export const elementsMessages = { en: elementsEn, cy: elementsCy } satisfies MessagePart<
  typeof elementsEn
>;
