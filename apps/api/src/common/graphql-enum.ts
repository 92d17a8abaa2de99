import { registerEnumType } from '@nestjs/graphql';

/** Registers a GraphQL enum whose values are the given strings (the domain's `as const` lists). */
export function graphqlEnum<T extends string>(name: string, values: readonly T[]): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, { name });
  return enumObject;
}
