import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { QueryLimits } from '@officebench/domain';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { AppError, type ErrorCode } from './errors';

export { QUERY_LIMITS as DEFAULT_QUERY_LIMITS, type QueryLimits } from '@officebench/domain';

type LimitCode = Extract<ErrorCode, 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COMPLEX'>;

/** GraphQL Armor words a refusal as "... limit of N exceeded, found M."; the count found, for the client. */
export function foundIn(error: GraphQLError): number | undefined {
  const found = /found (\d+(?:\.\d+)?(?:e\+?\d+)?)/i.exec(error.message)?.[1];
  return found === undefined ? undefined : Math.ceil(Number(found));
}

/**
 * Reports a GraphQL Armor refusal as a validation error with our code, message and numbers, instead of
 * Armor's "Syntax Error: ..." (Apollo answers validation errors with HTTP 400 before anything runs).
 */
function reportAs(code: LimitCode, limit: number, describe: (found: number | undefined) => string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = foundIn(error);
    context?.reportError(new AppError(code, describe(found), { ...(found === undefined ? {} : { found }), limit }));
  };
}

/**
 * The document limits, as validation rules from GraphQL Armor: each fragment is measured once however
 * often it is spread (a document of fragments that spread each other twice costs linear time, not 2^n).
 * The parser's own token limit (Apollo's `parseOptions.maxTokens`) comes before them.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true, ignoreIntrospection: true } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [
        reportAs(
          'QUERY_TOO_DEEP',
          limits.maxDepth,
          (found) => `The query is nested ${found} levels deep; at most ${limits.maxDepth} are allowed.`,
        ),
      ],
    }),
    maxAliasesRule({
      propagateOnRejection: false,
      exposeLimits: true,
      n: limits.maxAliases,
      onReject: [
        reportAs(
          'TOO_MANY_ALIASES',
          limits.maxAliases,
          (found) => `The query uses ${found} aliases; at most ${limits.maxAliases} are allowed.`,
        ),
      ],
    }),
    maxDirectivesRule({
      propagateOnRejection: false,
      exposeLimits: true,
      n: limits.maxDirectives,
      onReject: [
        reportAs(
          'TOO_MANY_DIRECTIVES',
          limits.maxDirectives,
          (found) => `The query uses ${found} directives; at most ${limits.maxDirectives} are allowed.`,
        ),
      ],
    }),
    costLimitRule({
      ...common,
      maxCost: limits.maxCost,
      onReject: [
        reportAs('QUERY_TOO_COMPLEX', limits.maxCost, (found) => `The query would cost ${found}; at most ${limits.maxCost} is allowed.`),
      ],
    }),
  ];
}
