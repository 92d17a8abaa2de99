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
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
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
    if (!Array.isArray(node) && ((node as ASTNode).kind === Kind.ARGUMENT || (node as ASTNode).kind === Kind.OBJECT_FIELD)) {
      return (node as { name: { value: string } }).name.value;
    }
  }
  return 'value';
}

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  return undefined;
}

/** Checks the literals written in the document (graphql-js's visit is iterative: deep nesting is safe). */
function literalProblem(schema: GraphQLSchema, document: DocumentNode): Found | null {
  const typeInfo = new TypeInfo(schema);
  let found: Found | null = null;
  type Ancestor = ASTNode | ReadonlyArray<ASTNode>;
  const check = (node: ValueNode, _key: unknown, parent: Ancestor | undefined, _path: unknown, ancestors: ReadonlyArray<Ancestor>) => {
    const type = typeInfo.getInputType();
    if (found || !type) return;
    const scalar = getNamedType(type);
    const name = nameOfPosition(parent ? [...ancestors, parent] : ancestors);
    const problem = isScalarType(scalar) ? scalarProblem(scalar.name, name, literalValue(node)) : null;
    if (problem) found = { name, problem };
  };
  visit(document, visitWithTypeInfo(typeInfo, { StringValue: check, IntValue: check, FloatValue: check }));
  return found;
}

/** The first problem with the operation's inputs: its variables and the literals of the document. */
export function findInputProblem(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Found | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (!type) continue;
    const found = variableProblem(type as GraphQLInputType, variables[definition.variable.name.value], definition.variable.name.value);
    if (found) return found;
  }
  return literalProblem(schema, document);
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
