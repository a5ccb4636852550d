import { calendarDay, type Problem } from '@qms-kit/sdk';
import type { LocalizeController } from './localize.js';

/** A numeric attribute's allowed range; `integer` for counts and levels. */
export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
}

const MAX_SHOWN = 60;

/**
 * A value as named in a problem message, without running a Proxy's traps or printing a
 * megabyte: strings are quoted and cut, objects and lists are shown by their kind.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'Symbol()';
    case 'function':
      return 'function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? '[…]' : '{…}';
      } catch {
        return '{…}';
      }
  }
}

/** A problem with an attribute or property, in the shape every element reports. */
export function problemAt(where: string, name: string, message: string, lang: string): Problem {
  return { where, message, path: [name], lang };
}

/** `"pie" is not one of: run, xmr, …`, named after the attribute. */
export function notOneOf(
  i18n: LocalizeController,
  name: string,
  value: unknown,
  allowed: readonly string[],
): Problem {
  return problemAt(
    i18n.t('element.where.attribute', { name }),
    name,
    i18n.t('element.problem.notOneOf', {
      value: describeValue(value ?? ''),
      allowed: allowed.join(', '),
    }),
    i18n.lang,
  );
}

/** The SDK's problems with a property's value, each placed under "the {name} property". */
export function inProperty(
  i18n: LocalizeController,
  name: string,
  problems: readonly Problem[],
): Problem[] {
  const where = i18n.t('element.where.property', { name });
  return problems.map((p) => ({ ...p, where: `${where}: ${p.where}` }));
}

/** A `today` attribute that is not a calendar date (`2025-03-31`), as a problem; else undefined. */
export function notADate(
  i18n: LocalizeController,
  name: string,
  value: string | null | undefined,
): Problem | undefined {
  const given = value?.trim();
  if (!given || calendarDay(given) !== undefined) return undefined;
  return problemAt(
    i18n.t('element.where.attribute', { name }),
    name,
    i18n.t('element.problem.notDate', { value: describeValue(given) }),
    i18n.lang,
  );
}
