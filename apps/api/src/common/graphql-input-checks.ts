import type { ApolloServerPlugin } from '@apollo/server';
import { dateProblem, describeInputProblem, idProblem, type InputProblem, numberProblem, textProblem } from '@officebench/domain';
import {
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  type VariableNode,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { AppError } from './errors';
import { currentLanguage } from './request-context';

interface Found {
  name: string;
  problem: InputProblem;
}

/** The check for one scalar value, by the scalar's name; other scalars (Boolean, Int, enums) need none here. */
function scalarProblem(scalar: string, name: string, value: unknown): InputProblem | null {
  if (scalar === 'ID' && (typeof value === 'string' || typeof value === 'number')) return idProblem(String(value));
  if (scalar === 'String' && typeof value === 'string') return textProblem(name, value);
  if (scalar === 'DateTime' && typeof value === 'string') return dateProblem(value);
  if (scalar === 'Float' && typeof value === 'number') return numberProblem(value);
  return null;
}

/**
 * Walks a variable's raw JSON value along its declared type. Values of the wrong shape are left to
 * graphql-js's coercion, which refuses them with BAD_USER_INPUT; the walk follows the type, never the
 * value's own nesting, so a value nested 40,000 levels deep costs nothing here.
 */
function variableProblem(type: GraphQLInputType, value: unknown, name: string): Found | null {
  if (value === null || value === undefined) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const found = variableProblem(inner.ofType, item, name);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    for (const field of Object.values(inner.getFields())) {
      const found = variableProblem(field.type, (value as Record<string, unknown>)[field.name], field.name);
      if (found) return found;
    }
    return null;
  }
  if (isScalarType(inner)) {
    const problem = scalarProblem(inner.name, name, value);
    return problem ? { name, problem } : null;
  }
  return null;
}

/** The argument or input field a literal value belongs to. */
function nameOfPosition(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const node = ancestors[index];
    if (Array.isArray(node)) continue;
    const ast = node as ASTNode;
    if (ast.kind === Kind.ARGUMENT || ast.kind === Kind.OBJECT_FIELD) return ast.name.value;
    // a variable's default value
    if (ast.kind === Kind.VARIABLE_DEFINITION) return ast.variable.name.value;
  }
  return 'value';
}

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  return undefined;
}

/**
 * The first problem with the operation's inputs, in the order they are written: each literal, and each
 * variable's value walked along the type of the position it is used in, under that argument's or input
 * field's name (so `reason: $r` is held to the limit of a reason). graphql-js's visit is iterative, so
 * deeply nested literals are safe here; the parser's token limit keeps them small anyway.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Found | null {
  const typeInfo = new TypeInfo(schema);
  let found: Found | null = null;
  type Ancestor = ASTNode | ReadonlyArray<ASTNode>;
  const positionOf = (parent: Ancestor | undefined, ancestors: ReadonlyArray<Ancestor>) => ({
    type: typeInfo.getInputType(),
    name: nameOfPosition(parent ? [...ancestors, parent] : ancestors),
  });
  const checkLiteral = (
    node: ValueNode,
    _key: unknown,
    parent: Ancestor | undefined,
    _path: unknown,
    ancestors: ReadonlyArray<Ancestor>,
  ) => {
    const { type, name } = positionOf(parent, ancestors);
    if (found || !type) return;
    const scalar = getNamedType(type);
    const problem = isScalarType(scalar) ? scalarProblem(scalar.name, name, literalValue(node)) : null;
    if (problem) found = { name, problem };
  };
  const checkVariable = (
    node: VariableNode,
    _key: unknown,
    parent: Ancestor | undefined,
    _path: unknown,
    ancestors: ReadonlyArray<Ancestor>,
  ) => {
    // Where the variable is declared, its value is checked at the places it is used instead.
    if (found || (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.VARIABLE_DEFINITION)) return;
    const { type, name } = positionOf(parent, ancestors);
    if (type) found = variableProblem(type, variables[node.name.value], name);
  };
  // Only the operation that runs, and the fragments it may spread (each fragment once).
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, { StringValue: checkLiteral, IntValue: checkLiteral, FloatValue: checkLiteral, Variable: checkVariable }),
    );
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, before any resolver runs, an operation carrying an id that is not a uuid, text with control
 * characters or over its length, a date outside the calendar's range, or a number too large to mean
 * anything: BAD_USER_INPUT naming the field, HTTP 400. The limits: libs/domain/src/input-limits.ts.
 */
export function inputChecksPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const found = findInputProblem(schema, document, operation, request.variables ?? {});
          if (found) {
            throw new AppError('BAD_USER_INPUT', describeInputProblem(found.name, found.problem, currentLanguage()), {
              field: found.name,
              problem: found.problem.kind,
              http: { status: 400, headers: new Map() },
            });
          }
        },
      };
    },
  };
}
