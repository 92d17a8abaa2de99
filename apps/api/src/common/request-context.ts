import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Language } from '@officebench/domain';
import type { NextFunction, Request, Response } from 'express';
import { languageOf } from './language';

interface RequestContext {
  id: string;
  language: Language;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A proxy's request id is kept when it looks like one (so logs of both can be joined); anything else is replaced. */
const FORWARDED_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id, sent back as X-Request-Id and available to any code running for the request
 * (error formatting, logs) through `currentRequestId()` and `currentLanguage()`, without passing them along
 * by hand.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const forwarded = request.headers['x-request-id'];
  const id = typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID();
  response.setHeader('X-Request-Id', id);
  storage.run({ id, language: languageOf(request) }, next);
}

/** The id of the request being served, or undefined outside a request (start-up, the release sweep). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.id;
}

/** The language the request asked for (Accept-Language), Polish outside a request. */
export function currentLanguage(): Language {
  return storage.getStore()?.language ?? 'pl';
}

/**
 * Runs `work` for the current request but in `language`: for a route whose language comes from `?lang=` (a download link cannot set
 * Accept-Language), so that the services it calls refuse in that language too.
 */
export function inLanguage<T>(language: Language, work: () => T): T {
  return storage.run({ id: storage.getStore()?.id ?? randomUUID(), language }, work);
}
