import * as z from 'zod/mini';
import '../zod-config.js';
import { isCalendarDate } from './calendar.js';

/** Text in one language (a plain string) or several: `{ en: 'Safe', cy: 'Diogel' }`. */
export const localisedTextSchema = /* @__PURE__ */ z.union([
  z.string().check(z.minLength(1, 'must not be empty')),
  z
    .record(
      z
        .string()
        .check(
          z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language tag such as "en" or "cy"'),
        ),
      z.string(),
    )
    .check(
      z.refine((v) => Object.values(v).some((s) => s.trim() !== ''), {
        message: 'needs the text in at least one language, e.g. { "en": "…" }',
      }),
    ),
]);
export type LocalisedText = z.infer<typeof localisedTextSchema>;

/** A calendar date or date-time in ISO 8601 form, e.g. `2024-04-01`. */
export const isoDateSchema = /* @__PURE__ */ z.string().check(
  z.regex(
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO date such as 2024-04-01',
  ),
  // Date.parse accepts 2024-02-30, so the calendar check is done by hand.
  z.refine((s) => isCalendarDate(s) && !Number.isNaN(Date.parse(s)), 'is not a real calendar date'),
);

/** Identifiers users type into data files: letters, digits, `-`, `_`, `.`, `:`. */
export const idSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'may use only letters, digits, "-", "_", "." and ":"'),
  );

/** A list of ids referring to other records in the dataset (checked there). */
export const idListSchema = /* @__PURE__ */ z._default(z.array(idSchema), []);

/**
 * A link shown to users: an http(s) or mailto address, or a relative path on the host's site.
 * Other schemes (notably `javascript:`) are refused because elements render these as links.
 */
export const linkSchema = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1, 'must not be empty'),
    z.refine(
      isSafeLink,
      'must be a web address starting with https:// or http://, a mailto: address or a relative path',
    ),
  );

function isSafeLink(link: string): boolean {
  // Browsers ignore tabs, newlines and leading spaces in URLs, so "java\tscript:" must be caught too.
  // eslint-disable-next-line no-control-regex
  const compact = link.replace(/[\u0000-\u0020]/g, '');
  // "//host", "\\host" and "/\host" are read by browsers as another site, not a relative path.
  if (/^[/\\]{2}/.test(compact)) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(compact) || /^(https?|mailto):/i.test(compact);
}
