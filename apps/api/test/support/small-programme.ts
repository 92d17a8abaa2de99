import { coordinator, createUser, lead } from './fixtures';
import type { TestApi } from './test-api';

/** A small programme made for one test: its offices, its groups by name, its lead's and one coordinator's sessions. */
export interface SmallProgramme {
  programmeId: string;
  officeIds: string[];
  /** Group ids by name: `ALL` (every office) and the custom groups asked for. */
  groups: Map<string, string>;
  leadCookie: string;
  /** The coordinator of office 0. */
  officeCookie: string;
}

export interface SmallProgrammeOptions {
  /** Makes the programme's code and its accounts' e-mails unique within the test file (e.g. `bench-3`). */
  name: string;
  offices: number;
  /** Custom groups by name, their members given by office index. */
  custom?: Record<string, number[]>;
  /** The anonymity threshold k (3 unless said: a cell needs 4 contributors). */
  k?: number;
  password: string;
}

/**
 * A programme of `offices` rural gminas in one voivodeship with an ALL group and custom groups, its lead
 * (`lead.<name>@test.test`) and the coordinator of office 0, both signed in with `password`.
 */
export async function smallProgramme(
  api: TestApi,
  { name, offices, custom = {}, k = 3, password }: SmallProgrammeOptions,
): Promise<SmallProgramme> {
  const { owner } = api;
  const [{ id: programmeId }] = await owner.query(
    `INSERT INTO programme (code, name, anonymity_threshold) VALUES ($1, $1, $2) RETURNING id`,
    [name, k],
  );
  const officeIds: string[] = [];
  for (let i = 0; i < offices; i += 1) {
    const [{ id }] = await owner.query(`INSERT INTO office (name, kind, region) VALUES ($1, 'RURAL_GMINA', 'opolskie') RETURNING id`, [
      `Urząd ${name}.${i}`,
    ]);
    await owner.query(`INSERT INTO programme_office (programme_id, office_id, position) VALUES ($1, $2, $3)`, [programmeId, id, i + 1]);
    officeIds.push(id);
  }
  const groups = new Map<string, string>();
  for (const [group, members] of Object.entries({ ALL: officeIds.map((_, i) => i), ...custom })) {
    const [{ id }] = await owner.query(`INSERT INTO peer_group (programme_id, name, basis) VALUES ($1, $2, $3) RETURNING id`, [
      programmeId,
      group,
      group === 'ALL' ? 'ALL' : 'CUSTOM',
    ]);
    await owner.query(`INSERT INTO peer_group_member (peer_group_id, programme_id, office_id) SELECT $1, $2, unnest($3::uuid[])`, [
      id,
      programmeId,
      members.map((i) => officeIds[i]),
    ]);
    groups.set(group, id);
  }
  await createUser(owner, `lead.${name}@test.test`, [lead(programmeId)], password);
  await createUser(owner, `office.${name}@test.test`, [coordinator(programmeId, officeIds[0])], password);
  return {
    programmeId,
    officeIds,
    groups,
    leadCookie: await api.signIn(`lead.${name}@test.test`, password),
    officeCookie: await api.signIn(`office.${name}@test.test`, password),
  };
}
