import type { Page, Route } from 'playwright-core';

/** What the API answers while its database is away (apps/api, issue 13), as Apollo Server sends it to the dashboard. */
export function unavailableAnswer(retryAfterSeconds = 1) {
  return {
    status: 503,
    headers: { 'Retry-After': String(retryAfterSeconds) },
    // The dashboard's Accept header prefers this type, so the API answers with it.
    contentType: 'application/graphql-response+json; charset=utf-8',
    body: JSON.stringify({
      errors: [
        {
          message: 'The service is unavailable for a moment; try again shortly.',
          extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds },
        },
      ],
    }),
  };
}

export interface OutageOptions {
  /** How many GraphQL requests are answered 503 before the database is back; Infinity: it does not come back. */
  refusals: number;
  /** Which operations the outage concerns (the others go through); all by default. */
  only?: (operationName: string) => boolean;
  /**
   * The refusal (0-based) that is held, unanswered, until `release()`: the dashboard then waits for a
   * retry for as long as the test needs to look at it.
   */
  hold?: number;
}

export interface Outage {
  /** The operations answered 503, in order. */
  readonly refused: string[];
  /** The operations let through, in order. */
  readonly passed: string[];
  /** Resolves when the held request has arrived. */
  readonly held: Promise<void>;
  /** Answers the held request (503) and lets the outage run on. */
  release(): void;
  /** Removes the route: every request goes to the API again. */
  end(): Promise<void>;
}

/**
 * The database going away, as the browser sees it: the page's GraphQL requests answered 503 with
 * Retry-After (the API's own answer), the first `refusals` of them, then passed to the API again.
 */
export async function simulateOutage(page: Page, { refusals, only = () => true, hold }: OutageOptions): Promise<Outage> {
  const refused: string[] = [];
  const passed: string[] = [];
  let arrived: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (arrived = resolve));
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));

  const handler = async (route: Route) => {
    const operationName = String((route.request().postDataJSON() as { operationName?: unknown } | null)?.operationName ?? '');
    if (!only(operationName) || refused.length >= refusals) {
      passed.push(operationName);
      return route.continue();
    }
    const index = refused.push(operationName) - 1;
    if (index === hold) {
      arrived();
      await released;
    }
    return route.fulfill(unavailableAnswer());
  };
  await page.route('**/graphql', handler);
  return { refused, passed, held, release: () => release(), end: () => page.unroute('**/graphql', handler) };
}
