import { GraphQLError } from 'graphql';
import { foundIn } from './graphql-limits';

describe('foundIn', () => {
  it("reads the count from GraphQL Armor's refusal, however large", () => {
    expect(foundIn(new GraphQLError('Syntax Error: Query depth limit of 8 exceeded, found 9.'))).toBe(9);
    expect(foundIn(new GraphQLError('Syntax Error: Query Cost limit of 5000 exceeded, found 5062.5.'))).toBe(5063);
    expect(foundIn(new GraphQLError('Syntax Error: Query Cost limit of 5000 exceeded, found 4.5e+21.'))).toBe(4.5e21);
    expect(foundIn(new GraphQLError('Query validation error.'))).toBeUndefined();
  });
});
