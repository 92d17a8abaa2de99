import { smallProgramme, type SmallProgramme } from './support/small-programme';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * What the lead's programme settings ask the API besides the mutations themselves: whether a custom
 * group would be accepted (the same sentence createPeerGroup refuses it with, nothing written) and
 * why a group cannot be deleted, on small programmes of k = 3 (a group needs 4 offices).
 */

const PASSWORD = 'officebench-settings';
let api: TestApi;
let programmes = 0;

beforeAll(async () => {
  api = await startTestApi({ rateLimits: { loginPerIp: 10_000, loginPerAccount: 10_000 } });
});
afterAll(() => api?.close());

/** A programme of `offices` offices with its ALL group, its lead and the coordinator of office 0. */
const programme = (offices: number): Promise<SmallProgramme> =>
  smallProgramme(api, { name: `settings-${++programmes}`, offices, password: PASSWORD });

const CHECK = 'query($i: PeerGroupMembersInput!) { peerGroupCheck(input: $i) { accepted reason members minimum } }';
const CREATE = 'mutation($i: PeerGroupInput!) { createPeerGroup(input: $i) { id } }';
const GROUPS = 'query($pr: ID!) { programme(id: $pr) { peerGroups { id name basis deletionRefusal } } }';

const groupCount = async (programmeId: string): Promise<number> =>
  (await api.owner.query('SELECT count(*)::int AS count FROM peer_group WHERE programme_id = $1', [programmeId]))[0].count;

describe('peerGroupCheck', () => {
  it('accepts members createPeerGroup accepts, saying how many were chosen and the fewest allowed', async () => {
    const p = await programme(10);
    const { body } = await api.graphql(CHECK, { i: { programmeId: p.programmeId, officeIds: p.officeIds.slice(0, 5) } }, p.leadCookie);
    expect(body.data.peerGroupCheck).toEqual({ accepted: true, reason: null, members: 5, minimum: 4 });
    expect(await groupCount(p.programmeId)).toBe(1);
    const created = await api.graphql(
      CREATE,
      { i: { programmeId: p.programmeId, name: 'Pięć', officeIds: p.officeIds.slice(0, 5) } },
      p.leadCookie,
    );
    expect(created.body.data.createPeerGroup.id).toEqual(expect.any(String));
  });

  it('refuses, with the sentence createPeerGroup would give, in the request’s language, and writes nothing', async () => {
    const p = await programme(10);
    const nested = { programmeId: p.programmeId, officeIds: p.officeIds.slice(0, 8) };
    const check = await api.graphql(CHECK, { i: nested }, p.leadCookie).set('Accept-Language', 'en');
    expect(check.body.data.peerGroupCheck).toEqual({
      accepted: false,
      reason:
        "The group differs from “ALL” by 2 offices. The difference must hold at least 4 offices, or comparing the two groups would reveal single offices' values.",
      members: 8,
      minimum: 4,
    });
    const create = await api.graphql(CREATE, { i: { ...nested, name: 'Prawie wszystkie' } }, p.leadCookie).set('Accept-Language', 'en');
    expect(create.body.errors[0].message).toBe(check.body.data.peerGroupCheck.reason);
    const polish = await api.graphql(CHECK, { i: { programmeId: p.programmeId, officeIds: p.officeIds.slice(0, 2) } }, p.leadCookie);
    expect(polish.body.data.peerGroupCheck.reason).toBe(
      'Grupa ma 2 urzędy; potrzeba co najmniej 4, inaczej jej statystyki zawsze byłyby ukryte.',
    );
    expect(await groupCount(p.programmeId)).toBe(1);
  });

  it('counts an office chosen twice once and refuses offices of another programme', async () => {
    const p = await programme(6);
    const other = await programme(6);
    const twice = await api.graphql(
      CHECK,
      { i: { programmeId: p.programmeId, officeIds: [p.officeIds[0], p.officeIds[0], p.officeIds[1]] } },
      p.leadCookie,
    );
    expect(twice.body.data.peerGroupCheck).toMatchObject({ accepted: false, members: 2 });
    const foreign = await api.graphql(CHECK, { i: { programmeId: p.programmeId, officeIds: other.officeIds.slice(0, 4) } }, p.leadCookie);
    expect(foreign.body.data.peerGroupCheck).toMatchObject({
      accepted: false,
      reason: 'Grupa może obejmować tylko urzędy tego programu.',
    });
  });

  it('is refused to the programme’s coordinators and to another programme’s lead', async () => {
    const p = await programme(6);
    const other = await programme(6);
    const variables = { i: { programmeId: p.programmeId, officeIds: p.officeIds.slice(0, 4) } };
    for (const cookie of [p.officeCookie, other.leadCookie]) {
      const { body } = await api.graphql(CHECK, variables, cookie);
      expect(body.data).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('PeerGroup.deletionRefusal', () => {
  it('says why a standard or published group stays and lets an unpublished custom group go', async () => {
    const p = await programme(8);
    const draft = (
      await api.graphql(CREATE, { i: { programmeId: p.programmeId, name: 'Szkic', officeIds: p.officeIds.slice(0, 4) } }, p.leadCookie)
    ).body.data.createPeerGroup.id as string;
    const shown = (
      await api.graphql(CREATE, { i: { programmeId: p.programmeId, name: 'Pokazana', officeIds: p.officeIds.slice(4) } }, p.leadCookie)
    ).body.data.createPeerGroup.id as string;
    const [{ id: periodId }] = await api.owner.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
       VALUES ($1, 'QUARTER', '2020-Q1', '2020-01-01', '2020-03-31', '2020-04-01', '2020-04-20') RETURNING id`,
      [p.programmeId],
    );
    await api.owner.query(
      `INSERT INTO released_cell (period_id, programme_id, release_no, indicator_id, peer_group_id) SELECT $1, $2, 1, id, $3 FROM indicator LIMIT 1`,
      [periodId, p.programmeId, shown],
    );

    const { body } = await api.graphql(GROUPS, { pr: p.programmeId }, p.leadCookie).set('Accept-Language', 'en');
    const refusal = new Map(
      body.data.programme.peerGroups.map((g: { id: string; deletionRefusal: string | null }) => [g.id, g.deletionRefusal]),
    );
    expect(refusal.get(p.groups.get('ALL'))).toBe('Only a group the lead defined can be deleted.');
    expect(refusal.get(draft)).toBeNull();
    expect(refusal.get(shown)).toBe(
      'Statistics of this group have been released, so the group stays: later releases are checked together with earlier ones.',
    );

    const DELETE = 'mutation($g: ID!) { deletePeerGroup(peerGroupId: $g) }';
    const refused = await api.graphql(DELETE, { g: shown }, p.leadCookie).set('Accept-Language', 'en');
    expect(refused.body.errors[0].message).toBe(refusal.get(shown));
    expect((await api.graphql(DELETE, { g: draft }, p.leadCookie)).body.data.deletePeerGroup).toBe(true);
    expect(await groupCount(p.programmeId)).toBe(2);
  });
});

describe('Period.releaseDueAt', () => {
  it('is the deadline plus the grace days while the period is not released, then null', async () => {
    const p = await programme(4);
    const CREATE_PERIOD = 'mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id releasedAt releaseDueAt } }';
    const { body } = await api.graphql(
      CREATE_PERIOD,
      {
        i: {
          programmeId: p.programmeId,
          kind: 'QUARTER',
          label: '2093-Q2',
          startsOn: '2093-04-01',
          endsOn: '2093-06-30',
          opensAt: '2093-07-01T00:00:00Z',
          deadline: '2093-07-21T23:59:59Z',
        },
      },
      p.leadCookie,
    );
    // The default RELEASE_GRACE_DAYS: 14 days after the deadline.
    expect(body.data.createPeriod).toEqual({ id: expect.any(String), releasedAt: null, releaseDueAt: '2093-08-04T23:59:59.000Z' });

    await api.owner.query(`UPDATE period SET released_at = now(), releases = 1 WHERE id = $1`, [body.data.createPeriod.id]);
    const PERIODS = 'query($pr: ID!) { programme(id: $pr) { periods { id releasedAt releaseDueAt } } }';
    const [period] = (await api.graphql(PERIODS, { pr: p.programmeId }, p.leadCookie)).body.data.programme.periods;
    expect(period.releasedAt).not.toBeNull();
    expect(period.releaseDueAt).toBeNull();
  });
});
