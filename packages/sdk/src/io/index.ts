export { zodIssuesToProblems, type ZodProblemOptions } from './zod-problems.js';
export { describeValue, formatPath } from './describe-value.js';
export { parseJsonText } from './json-text.js';
export { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax.js';
export { parseWithSchema } from './parse-with-schema.js';
export {
  parseDatasetJson,
  parseMeasureJson,
  parseActionsJson,
  parseStatementJson,
  parseAssessmentJson,
  parseFrameworkJson,
} from './parse-json.js';
export {
  parseMeasuresCsv,
  parseDataPointsCsv,
  type MeasureMeta,
  type MeasuresCsvOptions,
} from './measures-csv.js';
export { actionsToCsv, parseActionsCsv, type ActionsCsvOptions } from './actions-csv.js';
export { escapeFormula, unescapeFormula, isFormulaLike } from './csv-formula.js';
export { formatCsv, formatCsvCell, type CsvFormatOptions } from './csv-format.js';
export { spcResultCsv, SPC_CSV_COLUMNS, type SpcResultCsvOptions } from './spc-result-csv.js';
export { quoteText } from '../quote-text.js';
