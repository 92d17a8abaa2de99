import { messagesPl } from './catalogue-pl';
import type { Language } from './language';
import type { Messages } from './resources';

/**
 * The message catalogues at hand. Polish, the default, is bundled with the entry; English is a chunk of its
 * own (catalogue-en.ts), loaded the first time it is needed: one language's messages on every page, not
 * two (the bundle budget). The web specs register English before they load i18n.ts (jest-setup.ts), so
 * that they translate into both languages synchronously.
 */
const atHand: Partial<Record<Language, Messages>> = { pl: messagesPl };

const LOADERS: Record<Language, () => Promise<Messages>> = {
  pl: async () => messagesPl,
  en: async () => (await import('./catalogue-en')).messagesEn,
};

/** The catalogue of `language` if it is loaded, else undefined. */
export function catalogueAtHand(language: Language): Messages | undefined {
  return atHand[language];
}

/** The catalogue of `language`, loaded (once) if it is not at hand. */
export async function loadCatalogue(language: Language): Promise<Messages> {
  const messages = atHand[language] ?? (await LOADERS[language]());
  atHand[language] = messages;
  return messages;
}

/** Puts `messages` at hand as the catalogue of `language`, for every instance created from now on. */
export function registerCatalogue(language: Language, messages: Messages): void {
  atHand[language] = messages;
}
