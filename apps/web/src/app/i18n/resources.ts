import { type Catalogue, NAMESPACE } from './catalogue';
import { CATALOGUES_EN, messagesEn } from './catalogue-en';
import { CATALOGUES_PL, messagesPl } from './catalogue-pl';

/*
 * Both languages' messages together, for the specs and the types. The dashboard itself bundles the Polish
 * ones (catalogue-pl.ts) and loads the English ones when English is chosen (catalogue-en.ts, see i18n.ts).
 */

type Feature = keyof typeof CATALOGUES_PL;

/**
 * Every feature's messages (`features/<name>/messages.{pl,en}.ts`) and the shared ones (`app/messages.*`),
 * by feature. The keys are unique across features (messages.spec.ts checks it), so i18next holds them in
 * one namespace and components look them up by key alone.
 */
export const CATALOGUES = Object.fromEntries(
  (Object.keys(CATALOGUES_PL) as Feature[]).map((feature) => [feature, { pl: CATALOGUES_PL[feature], en: CATALOGUES_EN[feature] }]),
) as { readonly [F in Feature]: { readonly pl: (typeof CATALOGUES_PL)[F]; readonly en: (typeof CATALOGUES_EN)[F] } };

export { messagesEn, messagesPl, NAMESPACE };

export type MessageKey = keyof typeof messagesPl;
export type Messages = Catalogue<typeof messagesPl>;
