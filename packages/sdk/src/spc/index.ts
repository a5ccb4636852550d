/**
 * The SPC engine: XmR (Making Data Count), MR, run, p, p′, u, u′, c, g, t, Xbar and S charts;
 * special-cause rules by preset (mdc, mdc-2022, mdc-excel, nhsr, qic, anhoej); variation and
 * assurance icons; Anhøj runs analysis; plain-language descriptions in English and Welsh.
 */
export { analyseSpc, spc } from './analyse.js';
export { spcForMeasure, type SpcMeasureOptions } from './measure.js';
export { measureRules } from './measure-rules.js';
export {
  describePoint,
  describeSpc,
  describeSpcWarning,
  type DescribeOptions,
} from './describe.js';
export { resolveRules } from './presets.js';
export {
  spcDataPointSchema,
  spcInputSchema,
  spcOptionsSchema,
  spcXSchema,
  type SpcDataPoint,
  type SpcInput,
  type SpcOptions,
} from './input.js';
export { binomialFifthPercentile } from './qbinom.js';
export type {
  ResolvedRules,
  RunsAnalysis,
  SpcPartition,
  SpcPoint,
  SpcResult,
  SpcSide,
  SpcWarning,
  SpcWarningCode,
  SpcX,
} from './types.js';
export type { SpcWarningKey } from '../i18n/messages/spc-warnings.js';
