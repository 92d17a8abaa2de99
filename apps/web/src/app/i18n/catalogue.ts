/**
 * The English catalogue of a feature has exactly the keys of its Polish one (a missing or an extra key is
 * a type error); every text is an ICU MessageFormat message.
 */
export type Catalogue<Polish> = { readonly [Key in keyof Polish]: string };

/** The one i18next namespace that holds every message. */
export const NAMESPACE = 'translation';
