import type { Language } from '@officebench/domain';
import type { Request } from 'express';

/** The language of explanations in answers: English when the client asks for it first, Polish otherwise. */
export function languageOf(request: Pick<Request, 'headers'> | undefined): Language {
  const header = request?.headers['accept-language'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'pl';
}
