/** Partitions (from rebase indices) and the included points of each, as offsets into one Int32Array. */

export interface Segment {
  /** First and last point index, inclusive. */
  readonly start: number;
  readonly end: number;
}

/** Indices of the points that take part, in order; partition k owns inc[offsets[k]] … inc[offsets[k+1] − 1]. */
export interface Included {
  readonly inc: Int32Array;
  readonly offsets: Int32Array;
}

export function segmentsFrom(length: number, rebase: readonly number[]): Segment[] {
  if (length === 0) return [];
  const starts = [...new Set(rebase)].filter((r) => r > 0 && r < length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let start = 0;
  for (const s of starts) {
    segments.push({ start, end: s - 1 });
    start = s;
  }
  segments.push({ start, end: length - 1 });
  return segments;
}

export function excludedMask(length: number, exclude: readonly number[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const i of exclude) if (i < length) mask[i] = 1;
  return mask;
}

/** Points that are neither excluded nor missing (NaN), per segment. */
export function includedPoints(
  values: Float64Array,
  excluded: Uint8Array,
  segments: readonly Segment[],
): Included {
  // One pass into a buffer sized for every point; the view is trimmed to those included.
  const buffer = new Int32Array(values.length);
  const offsets = new Int32Array(segments.length + 1);
  let q = 0;
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k];
    offsets[k] = q;
    if (segment === undefined) continue;
    for (let i = segment.start; i <= segment.end; i++) {
      const v = values[i] ?? NaN;
      if (v === v && excluded[i] === 0) buffer[q++] = i;
    }
  }
  offsets[segments.length] = q;
  return { inc: q === buffer.length ? buffer : buffer.subarray(0, q), offsets };
}
