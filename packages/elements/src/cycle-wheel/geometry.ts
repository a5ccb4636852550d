import { arc, type DefaultArcObject } from 'd3-shape';
import type { QmsAspect } from '@qms-kit/sdk';

/** Radii of the wheel, in viewBox units (the viewBox is centred on 0,0). */
export const R = {
  centre: 58,
  bandInner: 63,
  bandOuter: 81,
  segmentOuter: 172,
  enablerInner: 180,
  enablerOuter: 214,
  /** Half the viewBox with the enabler band, and without it. */
  extentWithEnablers: 222,
  extent: 180,
} as const;

const QUARTER = Math.PI / 2;
const PAD = 0.05;

/** Planning at the top, then clockwise: Control, Improvement, Assurance (DOMAIN.md §3.6). */
export const aspectAngles: Record<QmsAspect, { start: number; end: number; side: 'h' | 'v' }> = {
  planning: { start: -QUARTER / 2, end: QUARTER / 2, side: 'h' },
  control: { start: QUARTER / 2, end: (3 * QUARTER) / 2, side: 'v' },
  improvement: { start: (3 * QUARTER) / 2, end: (5 * QUARTER) / 2, side: 'h' },
  assurance: { start: (5 * QUARTER) / 2, end: (7 * QUARTER) / 2, side: 'v' },
};

const arcPath = arc<DefaultArcObject>();

function ring(inner: number, outer: number, start: number, end: number, pad = PAD) {
  return {
    innerRadius: inner,
    outerRadius: outer,
    startAngle: start,
    endAngle: end,
    padAngle: pad,
  };
}

/** Path of an annular sector; d3 measures angles clockwise from 12 o'clock. */
export function sectorPath(inner: number, outer: number, start: number, end: number, pad = PAD) {
  return arcPath(ring(inner, outer, start, end, pad)) ?? '';
}

export function sectorCentroid(
  inner: number,
  outer: number,
  start: number,
  end: number,
): [number, number] {
  return arcPath.centroid(ring(inner, outer, start, end));
}

/** The clockwise arrow drawn between two segments, at `angle`, as a transform. */
export function arrowTransform(angle: number, radius: number): string {
  const x = radius * Math.sin(angle);
  const y = -radius * Math.cos(angle);
  return `translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${((angle * 180) / Math.PI).toFixed(2)})`;
}

/** The i-th of n equal sectors of the enabler band, starting at 12 o'clock. */
export function enablerAngles(i: number, n: number): { start: number; end: number } {
  const step = (2 * Math.PI) / n;
  return { start: i * step, end: (i + 1) * step };
}

/** Splits text into lines of at most `max` characters, on spaces (a long word stays whole). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * The x (distance from the wheel's vertical centre line) of a line of text in a side segment
 * (Control or Assurance): the block's common centre `preferred`, moved only as far as needed to
 * keep a line `width` wide inside the segment at the height its glyphs reach (`reach`, the
 * larger |y| of their top and bottom). The segment there runs from the diagonal edge (or the
 * stage band) out to the outer arc, and narrows towards its top and bottom.
 */
export function sideLineX(preferred: number, reach: number, width: number): number {
  const y = Math.min(Math.abs(reach), R.segmentOuter - 1);
  // The padded edge between segments sits a little off the 45° diagonal.
  const inner = Math.max(y + 4, Math.sqrt(Math.max(0, R.bandOuter ** 2 - y ** 2))) + 3;
  const outer = Math.sqrt(R.segmentOuter ** 2 - y ** 2) - 3;
  const half = width / 2;
  if (outer - inner <= width) return (inner + outer) / 2;
  return Math.min(Math.max(preferred, inner + half), outer - half);
}

/**
 * Lines for a badge in a segment `max` characters wide: a bracketed part ("(2 late)") starts a
 * line of its own when the whole will not fit, then words wrap.
 */
export function wrapBadge(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  // Collapse white space first: splitting on /\s+(?=\()/ retries every start of a long run of spaces.
  return text
    .replace(/\s+/g, ' ')
    .split(/ (?=\()/)
    .flatMap((part) => wrapWords(part, max));
}

/** Pattern density (0–4) for a stage on a scale whose top stage is `top`. */
export function densityOf(stage: number, top: number): number {
  if (top <= 0) return 0;
  return Math.max(0, Math.min(4, Math.round((stage / top) * 4)));
}
