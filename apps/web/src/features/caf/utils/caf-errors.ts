import { errorExtensions, errorInfo, graphQLErrorsOf } from '../../../app/graphql-errors';

/**
 * The CAF API's own words for a refusal that the user can act on: a CONFLICT there says who still has
 * scores to give, which sub-criteria lack an agreed score, or that someone else saved first. Undefined
 * for anything else (then the app's message for the error code is shown).
 */
export function cafRefusalText(error: unknown): string | undefined {
  if (errorInfo(error).code !== 'CONFLICT') return undefined;
  return graphQLErrorsOf(error)[0]?.message || undefined;
}

/**
 * Whether the refusal says the cycle changed since it was read (another save came first): a CONFLICT
 * naming the current version, unlike the conflicts of a state or of missing scores.
 */
export function isStale(error: unknown): boolean {
  return errorInfo(error).code === 'CONFLICT' && errorExtensions(error)?.['currentVersion'] !== undefined;
}
