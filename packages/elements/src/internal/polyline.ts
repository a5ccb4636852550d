/**
 * The SVG path of d3-shape's `line()` with its default linear curve, without d3-shape (whose
 * curve classes cannot be tree-shaken and add about 18 kB minified to a bundle). Runs of defined
 * points become `M…L…` subpaths, a run of one point `M x,y Z`, and coordinates are rounded to
 * 3 decimals as d3 does; no defined point gives ''. A point whose x or y is not finite is a gap.
 */
export function polyline<T>(
  data: readonly T[],
  x: (d: T, i: number) => number,
  y: (d: T, i: number) => number,
  defined: (d: T, i: number) => boolean = () => true,
): string {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  let path = '';
  let run = 0;
  for (let i = 0; i < data.length; i++) {
    const d = data[i] as T;
    // A coordinate that is not finite (an overflowing limit) is a gap, never "NaN" in the path.
    const px = defined(d, i) ? round(+x(d, i)) : NaN;
    const py = px === px ? round(+y(d, i)) : NaN;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      if (run === 1) path += 'Z';
      run = 0;
      continue;
    }
    path += `${run === 0 ? 'M' : 'L'}${px},${py}`;
    run++;
  }
  return run === 1 ? `${path}Z` : path;
}
