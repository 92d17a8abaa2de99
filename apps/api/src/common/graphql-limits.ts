import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isListType,
  isNonNullType,
  type GraphQLOutputType,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { AppError } from './errors';

export interface QueryLimits {
  /** nesting of selections, e.g. programme { peerGroups { members { name } } } is 4 */
  maxDepth: number;
  /** a field asked for under several aliases in one selection */
  maxAliasesPerField: number;
  /** estimated cost: 1 per field, and a list's children count as many as `assumedListSize` */
  maxCost: number;
  assumedListSize: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliasesPerField: 3, maxCost: 5000, assumedListSize: 10 };

type Fragments = Map<string, FragmentDefinitionNode>;

/** The deepest selection under a selection set, following fragments (a fragment cycle is invalid anyway). */
function depthOf(selectionSet: SelectionSetNode, fragments: Fragments, seen: Set<string> = new Set()): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
      }
    }
  }
  return deepest;
}

/** The largest number of times one field is selected side by side (under different aliases) anywhere. */
function maxAliasesOf(selectionSet: SelectionSetNode, fragments: Fragments, seen: Set<string> = new Set()): number {
  const counts = new Map<string, number>();
  let worst = 0;
  const visit = (set: SelectionSetNode, visited: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const count = (counts.get(selection.name.value) ?? 0) + 1;
        counts.set(selection.name.value, count);
        worst = Math.max(worst, count);
        if (selection.selectionSet) worst = Math.max(worst, maxAliasesOf(selection.selectionSet, fragments, visited));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, visited);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) visit(fragment.selectionSet, new Set([...visited, fragment.name.value]));
      }
    }
  };
  visit(selectionSet, seen);
  return worst;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** 1 per field; a list field's selection is multiplied by the assumed list size. */
function listAwareEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ field, childComplexity }) => 1 + (isList(field.type) ? assumedListSize : 1) * childComplexity;
}

function refuse(code: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX', message: string, details: Record<string, number>): never {
  throw new AppError(code, message, { ...details, http: { status: 400, headers: new Map() } });
}

/** Checks each operation before it runs: depth, aliases of one field, and estimated cost. */
export function queryLimitsPlugin(limits: QueryLimits, schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const fragments: Fragments = new Map(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const op = operation as OperationDefinitionNode;
          const depth = depthOf(op.selectionSet, fragments);
          if (depth > limits.maxDepth) refuse('QUERY_TOO_DEEP', `The query is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed.`, { depth, maxDepth: limits.maxDepth });
          const aliases = maxAliasesOf(op.selectionSet, fragments);
          if (aliases > limits.maxAliasesPerField) {
            refuse('TOO_MANY_ALIASES', `A field is asked for ${aliases} times in one selection; at most ${limits.maxAliasesPerField} are allowed.`, {
              aliases,
              maxAliasesPerField: limits.maxAliasesPerField,
            });
          }
          const cost = getComplexity({
            schema: schema(),
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [listAwareEstimator(limits.assumedListSize)],
          });
          if (cost > limits.maxCost) refuse('QUERY_TOO_COMPLEX', `The query would cost ${cost}; at most ${limits.maxCost} is allowed.`, { cost, maxCost: limits.maxCost });
        },
      };
    },
  };
}

