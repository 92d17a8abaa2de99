import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { QUERY_LIMITS } from '@officebench/domain';
import { buildSchema, parse, print, validate, type DocumentNode } from 'graphql';

/**
 * Every GraphQL operation of the dashboard (the `graphql/` folders of the features) is valid against
 * the API's committed schema, so that a renamed or removed field fails here rather than in a browser.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../../../api/schema.gql'), 'utf8'));
const src = join(__dirname, '..');

function graphqlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return folder.endsWith('/graphql') && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document';
}

const documents = graphqlFiles(src).flatMap((file) =>
  Object.entries(jest.requireActual<Record<string, unknown>>(file))
    .filter(([, value]) => isDocument(value))
    .map(([name, document]) => [`${relative(src, file)} ${name}`, document as DocumentNode] as const),
);

describe('GraphQL operations', () => {
  it('are found', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents.filter(([, document]) => document.definitions.some((d) => d.kind === 'OperationDefinition')))(
    '%s is valid against apps/api/schema.gql',
    (_name, document) => {
      expect(validate(schema, document).map(({ message }) => message)).toEqual([]);
    },
  );

  // The API refuses documents past these limits (docs/security.md); the dashboard's own must pass them all.
  const limitRules = [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, flattenFragments: true }),
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost }),
  ];
  it.each(documents.filter(([, document]) => document.definitions.some((d) => d.kind === 'OperationDefinition')))(
    "%s is within the API's document limits",
    (_name, document) => {
      expect(() => parse(print(document), { maxTokens: QUERY_LIMITS.maxTokens })).not.toThrow();
      expect(validate(schema, document, limitRules).map(({ message }) => message)).toEqual([]);
    },
  );
});
