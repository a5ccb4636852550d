import { svg, type TemplateResult } from 'lit';
import type { TextLine } from '../view.js';

/** A segment's badge lines (tools, flagged measures, actions) as SVG text. */
export function badgesPart(lines: readonly TextLine[]): TemplateResult[] {
  return lines.map(
    (line) => svg`<tspan class=${line.cls} x=${line.x} y=${line.y}>${line.text} </tspan>`,
  );
}
