import { getFramework, parseFrameworkJson, type Framework, type Problem } from '@qms-kit/sdk';
import { inProperty } from '../../internal/attribute-check.js';
import type { LocalizeController } from '../../internal/localize.js';

type Checked = { framework?: Framework; problems: Problem[] };

/**
 * The framework that names the domains: the tracker's own (a preset id or an object), else the
 * provider's. An object from the host is checked once per object; a bad one is a problem.
 */
export class FrameworkInput {
  #checked: { input: unknown; result: Checked } | undefined;

  constructor(private readonly i18n: LocalizeController) {}

  /** The framework in effect, from the tracker's `framework` or else the dataset's. */
  resolve(own: unknown, shared: unknown): Framework | undefined {
    const value = own === undefined || own === null || own === '' ? shared : own;
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return getFramework(value);
    return this.check(value).framework;
  }

  check(value: unknown): Checked {
    const cached = this.#checked;
    if (cached && cached.input === value) return cached.result;
    const parsed = parseFrameworkJson(value);
    const result = parsed.ok
      ? { framework: parsed.value, problems: [] }
      : { problems: inProperty(this.i18n, 'framework', parsed.problems) };
    this.#checked = { input: value, result };
    return result;
  }
}
