import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { QueryLimits } from '@officebench/domain';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { AppError, type ErrorCode } from './errors';
import { type MessageKey, message } from './messages';
import { currentLanguage } from './request-context';

export { QUERY_LIMITS as DEFAULT_QUERY_LIMITS, type QueryLimits } from '@officebench/domain';

type LimitCode = Extract<ErrorCode, 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COMPLEX'>;

/** GraphQL Armor words a refusal as "... limit of N exceeded, found M."; the count found, for the client. */
export function foundIn(error: GraphQLError): number | undefined {
  const found = /found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i.exec(error.message)?.[1];
  return found === undefined ? undefined : Math.ceil(Number(found));
}

/** Each refusal's code and its sentence in the catalogue. */
const REFUSALS = {
  QUERY_TOO_DEEP: 'limit.depth',
  TOO_MANY_ALIASES: 'limit.aliases',
  TOO_MANY_DIRECTIVES: 'limit.directives',
  QUERY_TOO_COMPLEX: 'limit.cost',
} as const satisfies Record<LimitCode, MessageKey>;

/**
 * Reports a GraphQL Armor refusal as a validation error with our code, message (in the request's
 * language) and numbers, instead of Armor's "Syntax Error: ..." (Apollo answers validation errors with
 * HTTP 400 before anything runs).
 */
function reportAs(code: LimitCode, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = foundIn(error);
    const text = message(REFUSALS[code], currentLanguage(), { found: String(found), limit: String(limit) });
    context?.reportError(new AppError(code, text, { ...(found === undefined ? {} : { found }), limit }));
  };
}

/**
 * The document limits, as validation rules from GraphQL Armor: each fragment is measured once however
 * often it is spread (a document of fragments that spread each other twice costs linear time, not 2^n).
 * The parser's own token limit (Apollo's `parseOptions.maxTokens`) comes before them.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const counted = { propagateOnRejection: false, exposeLimits: true } as const;
  const common = { ...counted, ignoreIntrospection: true } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, onReject: [reportAs('QUERY_TOO_DEEP', limits.maxDepth)] }),
    maxAliasesRule({ ...counted, n: limits.maxAliases, onReject: [reportAs('TOO_MANY_ALIASES', limits.maxAliases)] }),
    maxDirectivesRule({ ...counted, n: limits.maxDirectives, onReject: [reportAs('TOO_MANY_DIRECTIVES', limits.maxDirectives)] }),
    costLimitRule({ ...common, maxCost: limits.maxCost, onReject: [reportAs('QUERY_TOO_COMPLEX', limits.maxCost)] }),
  ];
}
