import { request } from 'playwright-core';
import { baseUrl } from './browser';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './session';

/**
 * The demo's periods, found at run time: the demo is placed around the day the product first started
 * (README, "Demo data and accounts"), so its labels depend on the date the journeys run.
 */
export interface DemoPeriods {
  /** The open quarter: the current calendar quarter, its deadline ahead. */
  openQuarter: string;
  /** The latest quarter whose results are released (the one before the open quarter). */
  releasedQuarter: string;
  /** The released quarters, oldest first. */
  releasedQuarters: string[];
  /** The past (released) CAF cycles, oldest first. */
  cafCycles: string[];
  /** The CAF period open beside the open quarter (no self-assessment started in the demo). */
  openCafCycle: string;
  /** This calendar year, open as an annual period (no submission in the demo; offices run surveys in it). */
  openYear: string;
}

interface Period {
  kind: 'QUARTER' | 'YEAR' | 'CAF_CYCLE';
  label: string;
  startsOn: string;
  endsOn: string;
  releasedAt: string | null;
}

async function graphql<T>(post: (data: unknown) => Promise<{ json(): Promise<unknown> }>, query: string, variables = {}): Promise<T> {
  const body = (await (await post({ query, variables })).json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let found: Promise<DemoPeriods> | undefined;

/**
 * The demo programme's periods through the API (asked once per spec file), as the platform admin sees
 * them: the journeys sign the lead in often, and the API allows an account 10 sign-ins a minute.
 */
export function demoPeriods(): Promise<DemoPeriods> {
  found ??= (async () => {
    const api = await request.newContext({ baseURL: baseUrl() });
    try {
      const post = (data: unknown) => api.post('/graphql', { data });
      await graphql(post, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
        e: DEMO_ACCOUNTS.admin,
        p: DEMO_PASSWORD,
      });
      const { programmes } = await graphql<{ programmes: Array<{ isDemo: boolean; periods: Period[] }> }>(
        post,
        '{ programmes { isDemo periods { kind label startsOn endsOn releasedAt } } }',
      );
      const periods = programmes.find((p) => p.isDemo)?.periods ?? [];
      const byStart = (kind: Period['kind']) => periods.filter((p) => p.kind === kind).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
      const now = new Date().toISOString();
      const quarters = byStart('QUARTER');
      const open = quarters.find((q) => q.startsOn <= now && now < new Date(Date.parse(q.endsOn) + 86_400_000).toISOString());
      const releasedQuarters = quarters.filter((q) => q.releasedAt !== null).map((q) => q.label);
      const released = releasedQuarters.at(-1);
      const openCaf = byStart('CAF_CYCLE').find((c) => c.releasedAt === null);
      const openYear = byStart('YEAR').find((y) => y.releasedAt === null);
      if (!open || !released || !openCaf || !openYear)
        throw new Error(`The demo has no open or no released quarter, or no open CAF period or year: ${JSON.stringify(periods)}`);
      return {
        openQuarter: open.label,
        releasedQuarter: released,
        releasedQuarters,
        cafCycles: byStart('CAF_CYCLE')
          .filter((c) => c.releasedAt !== null)
          .map((c) => c.label),
        openCafCycle: openCaf.label,
        openYear: openYear.label,
      };
    } finally {
      await api.dispose();
    }
  })();
  return found;
}
