import {
  frameworkPresets,
  getFramework,
  parseFrameworkJson,
  rulePresetSchema,
  type Framework,
  type Problem,
  type RulePreset,
} from '@qms-kit/sdk';
import { inProperty, notOneOf } from '../internal/attribute-check.js';
import type { LocalizeController } from '../internal/localize.js';
import type { Settings } from './view.js';

/** The element's attributes that choose how the card is drawn, as given. */
export interface SettingAttributes {
  framework: string | Framework | undefined;
  rules: string | undefined;
  order: string;
  detail: string;
}

/** The settings to draw with (defaults in place of bad attributes) and the problems found. */
export type Resolved = { settings: Settings | undefined; problems: Problem[] };

/** Checks the attributes and picks the framework (attribute/property, else the data's). */
export function resolveSettings(
  attrs: SettingAttributes,
  fallback: string | Framework,
  i18n: LocalizeController,
): Resolved {
  const problems: Problem[] = [];
  let framework: Framework | undefined;
  // An empty attribute means "not set", like an absent one.
  const own =
    typeof attrs.framework === 'string' && attrs.framework.trim() === ''
      ? undefined
      : attrs.framework;
  const given = own ?? fallback;
  if (typeof given === 'string') {
    framework = getFramework(given.trim());
    if (!framework) {
      problems.push(notOneOf(i18n, 'framework', given, Object.keys(frameworkPresets)));
    }
  } else {
    const parsed = parseFrameworkJson(given);
    if (parsed.ok) framework = parsed.value;
    else problems.push(...inProperty(i18n, 'framework', parsed.problems));
  }
  // A bad `framework` of the element's own falls back to the data's (or STEEEP).
  if (!framework && own !== undefined && own !== null) {
    const parsed = typeof fallback === 'string' ? undefined : parseFrameworkJson(fallback);
    framework =
      typeof fallback === 'string' ? getFramework(fallback) : parsed?.ok ? parsed.value : undefined;
  }
  let rules: RulePreset | undefined;
  if (attrs.rules !== undefined && attrs.rules !== null && attrs.rules.trim() !== '') {
    const parsed = rulePresetSchema.safeParse(attrs.rules.trim());
    if (parsed.success) rules = parsed.data;
    else problems.push(notOneOf(i18n, 'rules', attrs.rules, rulePresetSchema.options));
  }
  const order =
    choice(i18n, 'order', attrs.order, ['concern-first', 'framework'], problems) ?? 'concern-first';
  const detail = choice(i18n, 'detail', attrs.detail, ['host', 'inline'], problems) ?? 'host';
  return { settings: framework ? { framework, rules, order, detail } : undefined, problems };
}

function choice<T extends string>(
  i18n: LocalizeController,
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  problems: Problem[],
): T | undefined {
  const v = (value ?? '').trim() || allowed[0];
  const found = allowed.find((a) => a === v);
  if (!found) problems.push(notOneOf(i18n, name, value, allowed));
  return found;
}
