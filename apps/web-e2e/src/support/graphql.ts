import type { BrowserContext } from 'playwright-core';
import { baseUrl } from './browser';

/** Asks the API as the context's signed-in user (its cookies); throws on any GraphQL error. */
export async function graphql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await context.request.post(`${baseUrl()}/graphql`, { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The first number of a shown value: "86,82 %" → 86.82, "3,28 na 1000" → 3.28, "1 234,5 zł" → 1234.5. */
export function firstNumber(text: string): number {
  const match = /-?\d+(?:[\s\u00a0\u202f]\d{3})*(?:,\d+)?/.exec(text);
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0].replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

/** Shown with at most two decimals (or three significant digits, for the published statistics). */
export function expectShown(text: string, value: number): void {
  expect(Math.abs(firstNumber(text) - value)).toBeLessThanOrEqual(Math.max(0.005, Math.abs(value) * 0.0051));
}
