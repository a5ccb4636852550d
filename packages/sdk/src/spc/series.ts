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
  /** For subgroups, the first row (in x order) of each; else null (point i is row i in x order). */
  readonly firstRow: Int32Array | null;
  /** Whether any row gave a denominator. */
  readonly hasDenominator: boolean;
  /** The caller's row of each row in x order, or null when the data came in x order. */
  readonly order: Int32Array | null;
  /** Whether x values are dates or numbers (for the words of the sorted warning). */
  readonly xKind: 'date' | 'number';
}
