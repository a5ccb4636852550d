/** Locales shipped with qms-kit. Hosts may register more (see registerCatalogue). */
export type BuiltInLocale = 'en' | 'cy';

/** A flat catalogue: message key → template with `{name}` placeholders. */
export type MessagesLike = Record<string, string>;

/**
 * One part of the built-in messages (e.g. the SPC chart's) in both languages. The Welsh side is
 * typed from the English keys, so a missing Welsh key fails to compile.
 */
export interface MessagePart<E extends MessagesLike = MessagesLike> {
  readonly en: E;
  readonly cy: Record<keyof E, string>;
}
