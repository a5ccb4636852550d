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

/** Pattern density (0–4) for a stage on a scale whose top stage is `top`. */
export function densityOf(stage: number, top: number): number {
  if (top <= 0) return 0;
  return Math.max(0, Math.min(4, Math.round((stage / top) * 4)));
}
