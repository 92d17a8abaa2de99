import {
  applyChanges,
  type BenchApi,
  RELEASE_PERIOD,
  RERELEASE_CASES,
  rereleaseDraft,
  type SeededProgramme,
  sessionCookieFor,
  startBenchApi,
  writeChanges,
} from './support/random-programme';

/**
 * The lead's release preview (releasePreview) and the re-release rule through GraphQL: the preview is
 * the release itself, rolled back, so its numbers are the stored cells'; a re-release is refused only
 * where two published figures of a cell would tell a change, with one sentence saying why and what
 * the lead can do.
 */

const PREVIEW = `query($p: ID!) {
  releasePreview(periodId: $p) { periodId due again refused refusal blockers { indicatorCode peerGroupName changedOffices } shown hidden { reason cells } }
}`;

let bench: BenchApi;
beforeAll(async () => {
  bench = await startBenchApi();
});
afterAll(() => bench?.api.close());

interface Seeded extends SeededProgramme {
  lead: string;
  coordinator: string;
}

async function seeded(): Promise<Seeded> {
  const s = await bench.seed(rereleaseDraft(), { users: true, secondPeriod: false });
  return {
    ...s,
    lead: await sessionCookieFor(bench.api.owner, s.leadUserId),
    coordinator: await sessionCookieFor(bench.api.owner, s.coordinatorUserIds[0]),
  };
}

async function preview(s: Seeded, language = 'pl') {
  const body = (await bench.api.graphql(PREVIEW, { p: s.periodId }, s.lead).set('Accept-Language', language)).body;
  expect(body.errors).toBeUndefined();
  return body.data.releasePreview;
}

const release = async (s: Seeded, language = 'pl') =>
  (await bench.api.graphql(RELEASE_PERIOD, { p: s.periodId }, s.lead).set('Accept-Language', language)).body;

/** The stored cells, counted as the preview counts them. */
async function storedCounts(s: Seeded) {
  const rows: Array<{ reason: string | null; cells: number }> = await bench.api.owner.query(
    `SELECT suppression_reason AS reason, count(*)::int AS cells FROM benchmark_cell WHERE period_id = $1 GROUP BY 1 ORDER BY 1`,
    [s.periodId],
  );
  return {
    shown: rows.find((r) => r.reason === null)?.cells ?? 0,
    hidden: Object.fromEntries(rows.filter((r) => r.reason !== null).map((r) => [r.reason, r.cells])),
  };
}

/** What a release leaves behind: the period's release count, its snapshots and stored cells. */
async function traces(s: Seeded) {
  const [row] = await bench.api.owner.query(
    `SELECT p.releases, (SELECT coalesce(sum(cardinality(indicator_ids)), 0)::int FROM release_snapshot WHERE period_id = p.id) AS snapshot,
            (SELECT count(*)::int FROM benchmark_cell WHERE period_id = p.id) AS cells
       FROM period p WHERE p.id = $1`,
    [s.periodId],
  );
  return row;
}

const hiddenByReason = (hidden: Array<{ reason: string; cells: number }>) => Object.fromEntries(hidden.map((h) => [h.reason, h.cells]));

async function change(s: Seeded, name: keyof typeof RERELEASE_CASES) {
  const { changes } = RERELEASE_CASES[name];
  await bench.api.owner.transaction((manager) => writeChanges(manager, s, applyChanges(s.draft, changes), changes));
}

it('previews a first release with the numbers the release then stores, leaving nothing behind', async () => {
  const s = await seeded();
  const first = await preview(s);
  expect(first).toMatchObject({ periodId: s.periodId, due: true, again: false, refused: false, refusal: null, blockers: [] });
  expect(first.shown).toBeGreaterThan(0);
  expect(hiddenByReason(first.hidden)).toMatchObject({ TOO_FEW_OFFICES: expect.any(Number), NESTED_GROUP: expect.any(Number) });
  expect(await traces(s)).toEqual({ releases: 0, snapshot: 0, cells: 0 });

  expect((await release(s)).errors).toBeUndefined();
  expect(await storedCounts(s)).toEqual({ shown: first.shown, hidden: hiddenByReason(first.hidden) });
});

it('re-releases when only a cell hidden before and after changed by few offices (an office alone in its kind)', async () => {
  const s = await seeded();
  expect((await release(s)).errors).toBeUndefined();
  await change(s, 'an office alone in its kind corrects its data');
  const again = await preview(s);
  expect(again).toMatchObject({ again: true, refused: false, refusal: null, blockers: [] });
  expect(await traces(s)).toMatchObject({ releases: 1 });

  expect((await release(s)).errors).toBeUndefined();
  expect(await traces(s)).toMatchObject({ releases: 2 });
  expect(await storedCounts(s)).toEqual({ shown: again.shown, hidden: hiddenByReason(again.hidden) });
});

it('refuses a re-release that would tell one office’s change, in one sentence with advice, and previews the refusal', async () => {
  const s = await seeded();
  expect((await release(s)).errors).toBeUndefined();
  const before = await traces(s);
  await change(s, 'one office revises a published cell');

  const pl = await preview(s);
  expect(pl).toMatchObject({ again: true, refused: true, shown: 0, hidden: [] });
  expect(pl.blockers).toEqual(
    expect.arrayContaining([{ indicatorCode: 'PB_CASE_DAYS', peerGroupName: 'Wszystkie urzędy programu', changedOffices: 1 }]),
  );
  expect(pl.refusal).toMatch(/^Nie można teraz ponownie opublikować wyników: w \d+ komórkach, które urzędy już widziały/);
  expect(pl.refusal).toContain('mniej niż 4 urzędów');
  expect(pl.refusal).toContain('zatwierdź sprawozdania kolejnych urzędów');
  expect(pl.refusal).toContain('albo opublikuj wyniki później.');
  expect((await preview(s, 'en')).refusal).toContain('or release later.');

  const refused = await release(s);
  expect(refused.errors[0]).toMatchObject({ message: pl.refusal, extensions: { code: 'RELEASE_REFUSED', cells: pl.blockers } });
  // Neither the preview nor the refused release left a snapshot or a cell behind.
  expect(await traces(s)).toEqual(before);
});

it('is the lead’s: a coordinator and another programme’s lead are refused, and say nothing of the period', async () => {
  const s = await seeded();
  const other = await seeded();
  for (const cookie of [s.coordinator, other.lead]) {
    const body = (await bench.api.graphql(PREVIEW, { p: s.periodId }, cookie).set('Accept-Language', 'en')).body;
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.data).toBeNull();
  }
  const missing = (await bench.api.graphql(PREVIEW, { p: '00000000-0000-4000-8000-000000000000' }, s.lead)).body;
  expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
});
