// axe-core ships as UMD: importing it sets window.axe.
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

interface AxeGlobal {
  run(context: ElementContext, options: RunOptions): Promise<AxeResults>;
}

/** Runs axe on `el` (shadow roots included) and fails with a readable list of violations. */
export async function expectNoAxeViolations(el: Element, options: RunOptions = {}): Promise<void> {
  const axe = (window as unknown as { axe: AxeGlobal }).axe;
  const results = await axe.run(el, { resultTypes: ['violations'], ...options });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${v.help}\n` +
        v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
