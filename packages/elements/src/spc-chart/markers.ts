import type { MarkerKind } from './model.js';

/** The non-colour cue of each kind of point (WCAG 1.4.1): its marker shape. */
export type MarkerShape = 'circle' | 'triangle-up' | 'triangle-down' | 'diamond' | 'square';

export const SHAPES: Readonly<Record<MarkerKind, MarkerShape>> = {
  'common-cause': 'circle',
  'improvement-high': 'triangle-up',
  'improvement-low': 'triangle-down',
  'concern-high': 'diamond',
  'concern-low': 'diamond',
  'neutral-high': 'square',
  'neutral-low': 'square',
  ghost: 'circle',
};

/** CSS class carrying the colour of each kind (see the styles). */
export const TONES: Readonly<Record<MarkerKind, string>> = {
  'common-cause': 'common',
  'improvement-high': 'improvement',
  'improvement-low': 'improvement',
  'concern-high': 'concern',
  'concern-low': 'concern',
  'neutral-high': 'neutral',
  'neutral-low': 'neutral',
  ghost: 'ghost',
};

const r1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * An SVG path of a marker centred on (x, y) with "radius" r, in absolute coordinates so that
 * many markers can share one path. Special-cause shapes are drawn a little larger than circles
 * so their area reads about the same.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${r1(x - r)} ${r1(y)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
    case 'triangle-up':
      return `M${r1(x)} ${r1(y - 1.45 * r)}L${r1(x + 1.3 * r)} ${r1(y + 0.85 * r)}H${r1(x - 1.3 * r)}Z`;
    case 'triangle-down':
      return `M${r1(x)} ${r1(y + 1.45 * r)}L${r1(x + 1.3 * r)} ${r1(y - 0.85 * r)}H${r1(x - 1.3 * r)}Z`;
    case 'diamond':
      return `M${r1(x)} ${r1(y - 1.45 * r)}L${r1(x + 1.15 * r)} ${r1(y)}L${r1(x)} ${r1(y + 1.45 * r)}L${r1(x - 1.15 * r)} ${r1(y)}Z`;
    case 'square':
      return `M${r1(x - r)} ${r1(y - r)}h${r1(2 * r)}v${r1(2 * r)}h${r1(-2 * r)}Z`;
  }
}
