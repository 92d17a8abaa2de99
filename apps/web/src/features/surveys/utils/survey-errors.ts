import { errorExtensions, errorInfo, graphQLErrorsOf } from '../../../app/graphql-errors';

/**
 * The surveys API's own words for a refusal the user can act on: a CONFLICT says the round is closed,
 * already open, has no responses or changed since it was read. Undefined for anything else (the app's
 * message for the code is shown then; BAD_USER_INPUT brings its own sentence through it).
 */
export function surveyRefusalText(error: unknown): string | undefined {
  if (errorInfo(error).code !== 'CONFLICT') return undefined;
  return graphQLErrorsOf(error)[0]?.message || undefined;
}

/** Whether the round changed since the page read it: a CONFLICT naming the current version. */
export function isStaleRound(error: unknown): boolean {
  return errorInfo(error).code === 'CONFLICT' && errorExtensions(error)?.['currentVersion'] !== undefined;
}
