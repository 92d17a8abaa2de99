import { coordinator, createUser, lead } from './support/fixtures';
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

interface Programme {
  programmeId: string;
  officeIds: string[];
  allGroupId: string;
  leadCookie: string;
  officeCookie: string;
}

/** A programme of `offices` offices with its ALL group, its lead and the coordinator of office 0. */
async function programme(offices: number): Promise<Programme> {
  const n = ++programmes;
  const { owner } = api;
  const [{ id: programmeId }] = await owner.query(
    `INSERT INTO programme (code, name, anonymity_threshold) VALUES ($1, $1, 3) RETURNING id`,
    [`settings-${n}`],
  );
  const officeIds: string[] = [];
  for (let i = 0; i < offices; i += 1) {
    const [{ id }] = await owner.query(`INSERT INTO office (name, kind, region) VALUES ($1, 'RURAL_GMINA', 'opolskie') RETURNING id`, [
      `Urząd ${n}.${i}`,
    ]);
    await owner.query(`INSERT INTO programme_office (programme_id, office_id, position) VALUES ($1, $2, $3)`, [programmeId, id, i + 1]);
    officeIds.push(id);
  }
  const [{ id: allGroupId }] = await owner.query(
    `INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, 'Wszystkie', 'ALL') RETURNING id`,
    [programmeId],
  );
  await owner.query(`INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT $1, $2, unnest($3::uuid[])`, [
    allGroupId,
    programmeId,
    officeIds,
  ]);
  await createUser(owner, `lead.${n}@settings.test`, [lead(programmeId)], PASSWORD);
  await createUser(owner, `office.${n}@settings.test`, [coordinator(programmeId, officeIds[0])], PASSWORD);
  return {
    programmeId,
    officeIds,
    allGroupId,
    leadCookie: await api.signIn(`lead.${n}@settings.test`, PASSWORD),
    officeCookie: await api.signIn(`office.${n}@settings.test`, PASSWORD),
  };
}

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
        "The group differs from “Wszystkie” by 2 offices. The difference must hold at least 4 offices, or comparing the two groups would reveal single offices' values.",
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
    expect(refusal.get(p.allGroupId)).toBe('Only a group the lead defined can be deleted.');
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
