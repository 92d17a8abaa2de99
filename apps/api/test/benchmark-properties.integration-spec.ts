import fc from 'fast-check';
import {
  bandOf,
  cellKey,
  changedOffices,
  figuresWithheld,
  parseDecimal,
  percentileCont,
  publishedFields,
  q,
  referenceQuartile,
  referenceRelease,
  type ReferenceCell,
  roundSignificantExact,
  singledOutOffices,
  expectedFields,
  tieNeighbour,
  toNumber,
} from './support/disclosure-reference';
import {
  BENCH_INDICATORS,
  BENCHMARK_CELLS,
  type BenchApi,
  describeDraft,
  programmeArbitrary,
  type ProgrammeDraft,
  referenceInputOfSeeded,
  RELEASE_PERIOD,
  type SeededProgramme,
  sessionCookieFor,
  startBenchApi,
  storedValue,
} from './support/random-programme';
import type { ApiCell } from './support/random-programme';

/**
 * Property test of the benchmark engine (docs/confidentiality.md, "How it is tested"): random
 * programmes and values go into a real PostgreSQL, the lead releases the period through GraphQL, and
 * every cell every coordinator reads through GraphQL must equal what an independent reference
 * implementation of the rules (support/disclosure-reference.ts) computes from the raw data: the
 * suppression reason, the band, each statistic, the office's own value and its quartile.
 *
 * FINDING 1 (a disagreement with rule 5, not a leak; fixed in e8000fa after this test found it):
 * statistics were computed in doubles before they were rounded (avg(value)::float8 and
 * percentile_cont in modules/releases/releases.repository.ts, then roundSignificant), so at an exact decimal tie
 * "halves away from zero" was not kept: 8.825 is the double 8.82499999999999928946 and was published
 * as 8.82, not 8.83. Data set (k = 3, PB_CASE_DAYS, the size band "Urzędy od 101 do 300 pracowników"
 * with six contributors 0.5, 0.5, 0.5, 6.8, 9.5, 9.5): p75 = 6.8 + 0.75 × (9.5 − 6.8) = 8.825 exactly;
 * expected 8.83, the API gave 8.82 (mean 4.55 and median 3.65 agreed). Values with one decimal hit it
 * for means, quantiles and pooled rates alike; integer values never do (their ties are binary
 * fractions). Exact ties must now round as the rule says; the only allowance left (tieNeighbour) is
 * for statistics a few ulps off a tie, which ratio values stored from doubles produce. Those are
 * counted in the log line.
 *
 * BENCH_PROPERTY_RUNS and BENCH_SEED override the number of programmes and fast-check's seed (a
 * failure prints the seed and the shrunk programme).
 */
const RUNS = Number(process.env.BENCH_PROPERTY_RUNS ?? 120);
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : undefined;

/** The office's own value as the API shows it: whatever its submission in the period holds, approved or not. */
function ownValue(draft: ProgrammeDraft, office: number, indicator: number): number | null {
  const { status, entries } = draft.offices[office];
  const entry = entries[indicator];
  return status === null || entry === null ? null : storedValue(BENCH_INDICATORS[indicator], entry);
}

/** What a cell shows an office, in the order the expectation is built in (they are compared as JSON). */
const actualCell = (cell: ApiCell) => ({
  own: cell.own,
  suppressed: cell.suppressed,
  ...publishedFields(cell),
  ownQuartile: cell.ownQuartile,
});

/** What the reference knows about a cell, for a failure message. */
const explain = (cell: ReferenceCell) => ({
  contributors: cell.contributors.length,
  singledOut: cell.singledOut?.length,
  exactMean: cell.exact && toNumber(cell.exact.mean),
  exactPooled: cell.exact?.pooledRate ? toNumber(cell.exact.pooledRate) : null,
  exactQuartiles: cell.exact && [cell.exact.p25, cell.exact.median, cell.exact.p75].map(toNumber),
});

describe('the reference implementation itself', () => {
  it('rounds to three significant digits, halves away from zero, exactly', () => {
    const cases: Array<[string, number]> = [
      ['12.25', 12.3],
      ['-12.25', -12.3],
      ['12.249999999', 12.2],
      ['1.235', 1.24],
      ['999.5', 1000],
      ['9.995', 10],
      ['0.00123456', 0.00123],
      ['123456', 123000],
      ['0', 0],
      ['33.333333333333336', 33.3],
    ];
    for (const [text, rounded] of cases) expect([text, roundSignificantExact(parseDecimal(text))]).toEqual([text, rounded]);
  });

  it('knows the other neighbour near a rounding tie (within ~1e-12), not on one', () => {
    expect(tieNeighbour(parseDecimal('8.825'))).toBeNull();
    expect(tieNeighbour(parseDecimal('-8.82499999999999'))).toBe(-8.83);
    expect(tieNeighbour(parseDecimal('68.74999999999999'))).toBe(68.8);
    expect(tieNeighbour(parseDecimal('68.75000000000001'))).toBe(68.7);
    expect(tieNeighbour(parseDecimal('68.7501'))).toBeNull();
    expect(tieNeighbour(parseDecimal('12.2'))).toBeNull();
  });

  it('interpolates quantiles as percentile_cont does', () => {
    const sorted = [1, 2, 4, 10].map((x) => q(x));
    expect(toNumber(percentileCont(sorted, q(1, 2)))).toBe(3);
    expect(toNumber(percentileCont(sorted, q(1, 4)))).toBe(1.75);
    expect(toNumber(percentileCont(sorted, q(3, 4)))).toBe(5.5);
    expect(toNumber(percentileCont([q(7)], q(1, 4)))).toBe(7);
  });

  it('bands contributors', () => {
    expect([4, 5, 9, 10, 19, 20, 300].map(bandOf)).toEqual(['3-4', '5-9', '5-9', '10-19', '10-19', '20+', '20+']);
  });

  it('finds what differencing singles out, in office space', () => {
    const abcdefg = [...'abcdefg'];
    // Nested groups differing by one office: that office.
    expect(singledOutOffices([abcdefg, abcdefg.slice(0, 6)], 3)).toEqual(['g']);
    // Differing by k offices (3): singled out; by k + 1 (4): not.
    expect(singledOutOffices([abcdefg, abcdefg.slice(0, 4)], 3)).toEqual(['e', 'f', 'g']);
    expect(singledOutOffices([[...abcdefg, 'h'], abcdefg.slice(0, 4)], 3)).toBeNull();
    // Overlapping groups: (abcd + defg) - abcdefg = d.
    expect(singledOutOffices([abcdefg, [...'abcd'], [...'defg']], 3)).toEqual(['d']);
    // Two crossed partitions of eight offices leave every combination with more than three offices.
    const crossed = [[...'abcdefgh'], [...'abcd'], [...'efgh'], [...'aceg'], [...'bdfh']];
    expect(singledOutOffices(crossed, 3)).toBeNull();
    // With k = 4 it does: abcd - aceg = b + d - e - g involves four offices.
    expect(singledOutOffices(crossed, 4)).not.toBeNull();
    // A cell of at most k offices singles out its own offices (the threshold suppresses it first anyway).
    expect(singledOutOffices([[...'ab']], 3)).toEqual(['a', 'b']);
  });

  it('counts changed offices in a cell', () => {
    const c = (value: string) => ({ value, numerator: null, denominator: null });
    const before = new Map([
      ['a', c('1')],
      ['b', c('2')],
      ['c', c('3')],
    ]);
    const after = new Map([
      ['a', c('1.0')],
      ['b', c('5')],
      ['d', c('4')],
    ]);
    expect(changedOffices(before, after, ['a', 'b', 'c', 'd', 'e'])).toBe(3);
  });
});

describe('every cell the API returns equals the reference', () => {
  let api: BenchApi['api'];
  let seed: BenchApi['seed'];

  beforeAll(async () => {
    ({ api, seed } = await startBenchApi());
  });
  afterAll(() => api?.close());

  /** The lead releases the programme's period through GraphQL. */
  const release = async (seeded: SeededProgramme) => {
    const released = await api.graphql(RELEASE_PERIOD, { p: seeded.periodId }, await sessionCookieFor(api.owner, seeded.leadUserId));
    expect(released.body.errors).toBeUndefined();
    expect(released.body.data.releasePeriod.releasedAt).toEqual(expect.any(String));
  };

  /** Every cell one office reads through GraphQL, of the released period unless told. */
  const readCells = async (seeded: SeededProgramme, office: number, periodId = seeded.periodId): Promise<ApiCell[]> => {
    const cookie = await sessionCookieFor(api.owner, seeded.coordinatorUserIds[office]);
    const { body } = await api.graphql(BENCHMARK_CELLS, { pr: seeded.programmeId, p: periodId, o: seeded.officeIds[office] }, cookie);
    expect(body.errors).toBeUndefined();
    return body.data.benchmark;
  };

  it(`over ${RUNS} random programmes, released by the lead and read by every coordinator`, async () => {
    const ties: Array<Record<string, unknown>> = [];
    const seen = {
      programmes: 0,
      cells: 0,
      published: 0,
      quantiles: 0,
      TOO_FEW_OFFICES: 0,
      DOMINANCE: 0,
      NESTED_GROUP: 0,
      ownQuartiles: 0,
    };
    await fc.assert(
      fc.asyncProperty(programmeArbitrary(), async (draft) => {
        const seeded = await seed(draft);
        await release(seeded);

        const reference = referenceRelease(referenceInputOfSeeded(seeded));
        const mismatches: unknown[] = [];
        for (const office of seeded.officeIds.keys()) {
          const cells = await readCells(seeded, office);
          expect(cells).toHaveLength(seeded.groups.length * BENCH_INDICATORS.length);
          for (const cell of cells) {
            const indicator = BENCH_INDICATORS.findIndex((i) => i.code === cell.indicator.code);
            const expected = reference.get(cellKey(cell.indicator.code, cell.peerGroup.id));
            if (!expected) {
              mismatches.push({ unexpected: cell });
              continue;
            }
            const got = actualCell(cell);
            // A statistic a few ulps off a rounding tie may come out on the other side (see the finding
            // at the top of this file); it is accepted only there, and counted.
            const { expected: fields, ties: atTies } = expectedFields(expected, got);
            for (const stat of atTies)
              ties.push({
                office,
                indicator: cell.indicator.code,
                group: cell.peerGroup.name,
                stat,
                expected: expected[stat],
                actual: got[stat],
              });
            const own = ownValue(seeded.draft, office, indicator);
            const want = { own, suppressed: expected.suppressionReason !== null, ...fields, ownQuartile: referenceQuartile(own, fields) };
            if (JSON.stringify(want) !== JSON.stringify(got))
              mismatches.push({
                office,
                indicator: cell.indicator.code,
                group: cell.peerGroup.name,
                expected: want,
                actual: got,
                reference: explain(expected),
              });
            if (office === 0) {
              seen.cells += 1;
              if (expected.suppressionReason === null) seen.published += 1;
              else seen[expected.suppressionReason as 'TOO_FEW_OFFICES' | 'DOMINANCE' | 'NESTED_GROUP'] += 1;
              if (expected.median !== null) seen.quantiles += 1;
            }
            if (want.ownQuartile !== null) seen.ownQuartiles += 1;
          }
        }

        // The second period was never released: every cell says so and carries nothing.
        for (const cell of await readCells(seeded, 0, seeded.unreleasedPeriodId)) {
          expect({ ...actualCell(cell), own: null }).toEqual({
            own: null,
            suppressed: true,
            ...figuresWithheld('NOT_RELEASED'),
            ownQuartile: null,
          });
        }

        seen.programmes += 1;
        if (mismatches.length > 0)
          throw new Error(
            `k=${draft.k}, ${mismatches.length} cells differ from the reference:\n${JSON.stringify(mismatches.slice(0, 6), null, 1)}\nprogramme: ${describeDraft(draft)}`,
          );
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );
    // Not vacuous: the random programmes reached every rule.
    console.info(
      `benchmark properties: ${JSON.stringify(seen)}; statistics a few ulps off a rounding tie that came out on the other side: ${ties.length}${ties.length ? `, e.g. ${JSON.stringify(ties[0])}` : ''}`,
    );
    expect(seen.published).toBeGreaterThan(0);
    expect(seen.quantiles).toBeGreaterThan(0);
    expect(seen.ownQuartiles).toBeGreaterThan(0);
    expect(seen.TOO_FEW_OFFICES).toBeGreaterThan(0);
    expect(seen.DOMINANCE).toBeGreaterThan(0);
    expect(seen.NESTED_GROUP).toBeGreaterThan(0);
  }, 600_000);

  it('rounds an exact decimal tie away from zero (finding 1: p75 of 0.5, 0.5, 0.5, 6.8, 9.5, 9.5 is 8.825 → 8.83)', async () => {
    const values = [0.5, 0.5, 0.5, 6.8, 9.5, 9.5];
    const draft: ProgrammeDraft = {
      k: 3,
      offices: values.map((value) => ({
        kind: 'RURAL_GMINA',
        region: 'opolskie',
        employees: 150,
        status: 'APPROVED' as const,
        entries: [{ value, numerator: null, denominator: null }, null, null],
      })),
      customGroups: [],
    };
    const seeded = await seed(draft);
    await release(seeded);
    const cells = (await readCells(seeded, 0)).filter((c) => c.indicator.code === 'PB_CASE_DAYS');
    expect(cells.map((c) => [c.suppressionReason, c.mean, c.median, c.p25, c.p75])).toEqual(cells.map(() => [null, 4.55, 3.65, 0.5, 8.83]));
    expect(cells).toHaveLength(4);
  });
});
