import type { FORMAT_MESSAGES } from './formats';
import type { messagesPl } from './catalogue-pl';

/** i18next's own typing of keys: `t('unknown.key')` is a type error anywhere in the dashboard. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messagesPl & typeof FORMAT_MESSAGES };
    keySeparator: false;
    nsSeparator: false;
  }
}
