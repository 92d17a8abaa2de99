import type { Language } from '@officebench/domain';
import type { Request } from 'express';
import { languageOf } from '../../common/language';

/**
 * The language of an import route's answer: `?lang=pl|en` when given (the template is a download link,
 * which cannot set headers), else Accept-Language as everywhere in the API (the import page sends the
 * interface language in it), else Polish.
 */
export function importLanguage(request: Pick<Request, 'headers' | 'query'> | undefined): Language {
  const lang = request?.query?.lang;
  return lang === 'en' || lang === 'pl' ? lang : languageOf(request);
}
