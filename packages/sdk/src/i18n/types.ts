/** Locales shipped with qms-kit. Hosts may register more (see registerCatalogue). */
export type BuiltInLocale = 'en' | 'cy';

/** A flat catalogue: message key → template with `{name}` placeholders. */
export type MessagesLike = Record<string, string>;
