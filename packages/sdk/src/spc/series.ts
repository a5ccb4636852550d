/** The columnar form every calculation works on: one entry per plotted point, NaN for "none". */
export interface Series {
  readonly length: number;
  /** Plotted value before chart transforms (y, y/n, subgroup mean or SD). NaN = missing. */
  readonly value: Float64Array;
  /** y as given (counts for p and u charts); for subgroups the subgroup mean. */
  readonly numerator: Float64Array;
  /** n as given, or the subgroup size. NaN = none. */
  readonly denominator: Float64Array;
  /** Subgroup standard deviations (Xbar and S charts), else null. */
  readonly sd: Float64Array | null;
  /** For subgroups, the first data row of each; else null (point i is row i). */
  readonly firstRow: Int32Array | null;
  /** Whether any row gave a denominator. */
  readonly hasDenominator: boolean;
}
