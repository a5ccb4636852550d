import { svg, type SVGTemplateResult } from 'lit';
import { polyline } from '../internal/polyline.js';
import { scaleLinear } from '../internal/scale.js';
import type { Sparkline } from '@qms-kit/sdk';

const WIDTH = 80;
const HEIGHT = 24;
const PAD = 3;

/**
 * A tiny trend line for a summary-table row, from the SDK's sparkline values. Decorative
 * (`aria-hidden`): the row's cells and a visually hidden sentence carry the values.
 */
export function renderSparkline(spark: Sparkline): SVGTemplateResult {
  const { values, min, max } = spark;
  if (min === null || max === null || values.length === 0) {
    return svg`<svg class="spark" part="sparkline" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false"></svg>`;
  }
  const x = scaleLinear([0, Math.max(1, values.length - 1)], [PAD, WIDTH - PAD]);
  // A flat series is drawn through the middle.
  const y = scaleLinear(min === max ? [min - 1, max + 1] : [min, max], [HEIGHT - PAD, PAD]);
  const path = polyline(
    values,
    (_, i) => x(i),
    (v) => y(v ?? 0),
    (v) => v !== null,
  );
  let lastIndex = values.length - 1;
  while (lastIndex >= 0 && values[lastIndex] === null) lastIndex--;
  const last = values[lastIndex];
  return svg`<svg class="spark" part="sparkline" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">
    <path class="spark-line" d=${path}></path>
    ${
      last !== null && last !== undefined
        ? svg`<circle class="spark-last" cx=${x(lastIndex)} cy=${y(last)} r="2.5"></circle>`
        : null
    }
  </svg>`;
}
