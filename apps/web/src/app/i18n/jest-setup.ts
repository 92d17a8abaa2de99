// The web specs' set-up (jest.config.cjs, setupFiles): the English catalogue at hand before any spec loads
// i18n.ts, so that specs translate into both languages synchronously (the dashboard loads it on demand).
import { messagesEn } from './catalogue-en';
import { registerCatalogue } from './catalogues-at-hand';

registerCatalogue('en', messagesEn);
