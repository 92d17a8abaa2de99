import { type Grant, STANDARD_QUESTIONNAIRES } from '@officebench/domain';
import type { DataSource } from 'typeorm';
import { DEMO_PROGRAMME_CODE } from '../../src/database/seed/demo-seed';
import { issueAccountToken } from '../../src/modules/auth/account.repository';
import { hashPassword } from '../../src/modules/auth/password-hashing';
import { newRoundCode } from '../../src/modules/surveys/survey-rounds.service';

/**
 * The demo programme's ids: the programme, its offices in programme order, its open quarter (the
 * current calendar quarter, UTC, as the seed places it) and the quarter before it (approved and released).
 */
export interface DemoIds {
  programmeId: string;
  officeIds: string[];
  openQuarterId: string;
  openQuarterLabel: string;
  previousQuarterId: string;
  previousQuarterLabel: string;
}

export async function demoIds(owner: DataSource): Promise<DemoIds> {
  const [{ id: programmeId }] = await owner.query(`SELECT id FROM programme WHERE code = $1`, [DEMO_PROGRAMME_CODE]);
  const offices: Array<{ office_id: string }> = await owner.query(
    `SELECT office_id FROM programme_office WHERE programme_id = $1 ORDER BY position`,
    [programmeId],
  );
  const [open, previous]: Array<{ id: string; label: string }> = await owner.query(
    `SELECT id, label FROM period
      WHERE programme_id = $1 AND kind = 'QUARTER' AND starts_on <= (now() AT TIME ZONE 'UTC')::date
      ORDER BY starts_on DESC LIMIT 2`,
    [programmeId],
  );
  return {
    programmeId,
    officeIds: offices.map((o) => o.office_id),
    openQuarterId: open.id,
    openQuarterLabel: open.label,
    previousQuarterId: previous.id,
    previousQuarterLabel: previous.label,
  };
}

/**
 * A second programme sharing some of the demo's offices, with one open quarter in which each of its
 * offices has a draft with one value: for checking that nothing crosses programmes.
 */
/** The names of a programme's offices in programme order (position 1 first). */
export async function officeNamesOf(owner: DataSource, programmeId: string): Promise<string[]> {
  const rows: Array<{ name: string }> = await owner.query(
    `SELECT o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
    [programmeId],
  );
  return rows.map((r) => r.name);
}

export async function addSecondProgramme(owner: DataSource, officeIds: string[]): Promise<{ programmeId: string; periodId: string }> {
  const [{ id: programmeId }] = await owner.query(`INSERT INTO programme (code, name) VALUES ('second', 'Drugi program') RETURNING id`);
  for (const [index, officeId] of officeIds.entries()) {
    await owner.query(`INSERT INTO programme_office (programme_id, office_id, position) VALUES ($1, $2, $3)`, [
      programmeId,
      officeId,
      index + 1,
    ]);
  }
  const [{ id: periodId }] = await owner.query(
    `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
     VALUES ($1, 'QUARTER', '2011-Q2', '2011-04-01', '2011-06-30', '2011-07-01', '2011-07-20') RETURNING id`,
    [programmeId],
  );
  const [{ id: indicatorId }] = await owner.query(`SELECT id FROM indicator WHERE code = 'CASE_HANDLING_DAYS'`);
  await owner.query(`INSERT INTO programme_indicator (programme_id, indicator_id, position) VALUES ($1, $2, 1)`, [
    programmeId,
    indicatorId,
  ]);
  for (const [index, officeId] of officeIds.entries()) {
    const [{ id }] = await owner.query(`INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`, [
      programmeId,
      officeId,
      periodId,
    ]);
    await owner.query(`INSERT INTO submission_value (submission_id, indicator_id, value) VALUES ($1, $2, $3)`, [
      id,
      indicatorId,
      index + 1,
    ]);
  }
  return { programmeId, periodId };
}

/** An account with these grants and, unless `password` is null, a password. Returns its id. */
export async function createUser(
  owner: DataSource,
  email: string,
  grants: Grant[],
  password: string | null = 'correct horse battery',
): Promise<string> {
  const [{ id }] = await owner.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
    email,
    email.split('@')[0],
    password === null ? null : await hashPassword(password),
  ]);
  for (const grant of grants) {
    await owner.query(`INSERT INTO role_grant (user_id, role, programme_id, office_id) VALUES ($1, $2, $3, $4)`, [
      id,
      grant.role,
      grant.programmeId,
      grant.officeId,
    ]);
  }
  return id;
}

/** A fresh set-password link token for a user, as an invitation would make. */
export async function linkTokenFor(
  owner: DataSource,
  userId: string,
  purpose: 'INVITATION' | 'PASSWORD_RESET' = 'INVITATION',
): Promise<string> {
  return owner.transaction(async (manager) => (await issueAccountToken(manager, userId, purpose, null)).token);
}

export const lead = (programmeId: string): Grant => ({ role: 'PROGRAMME_LEAD', programmeId, officeId: null });
export const coordinator = (programmeId: string, officeId: string): Grant => ({ role: 'OFFICE_COORDINATOR', programmeId, officeId });

let cycles = 0;

/** A new open CAF cycle of the programme (one mandatory indicator, CAF_TOTAL_SCORE), for a test of its own. */
export async function freshCafCycle(
  owner: DataSource,
  programmeId: string,
  options: { lockedAt?: string | null; opensAt?: string; deadline?: string; kind?: 'CAF_CYCLE' | 'YEAR' } = {},
): Promise<string> {
  const year = 2100 + ++cycles;
  const annual = options.kind === 'YEAR';
  const [{ id }] = await owner.query(
    `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, locked_at)
     VALUES ($1, $8, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      programmeId,
      annual ? `${year} test` : `CAF ${year} test`,
      annual ? `${year}-01-01` : `${year}-03-01`,
      annual ? `${year}-12-31` : `${year}-05-31`,
      options.opensAt ?? '2011-01-01',
      options.deadline ?? '2999-12-31',
      options.lockedAt ?? null,
      options.kind ?? 'CAF_CYCLE',
    ],
  );
  return id;
}

/**
 * A survey round of an office in a fresh annual period (freshCafCycle with kind YEAR), written as the owner
 * with the standard questions, open, with `answers` answers of 5 already swept into its responses.
 */
export async function surveyRoundIn(
  owner: DataSource,
  round: { programmeId: string; officeId: string; kind: 'CLIENT' | 'EMPLOYEE'; answers?: number },
): Promise<{ id: string; version: number }> {
  const periodId = await freshCafCycle(owner, round.programmeId, { kind: 'YEAR' });
  const [{ id }] = await owner.query(
    `INSERT INTO survey_round (programme_id, office_id, period_id, kind, code, questionnaire) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [round.programmeId, round.officeId, periodId, round.kind, newRoundCode(), JSON.stringify(STANDARD_QUESTIONNAIRES[round.kind])],
  );
  await owner.query(`INSERT INTO survey_response (round_id, answers) SELECT $1, '{"OVERALL": 5}' FROM generate_series(1, $2)`, [
    id,
    round.answers ?? 0,
  ]);
  return { id, version: 1 };
}

/**
 * An office's submission in that period with a CAF_TOTAL_SCORE value (and a comment, so no warning
 * blocks it), moved to `status` the way the workflow would. Returns its id and version.
 */
export async function submissionIn(
  owner: DataSource,
  programmeId: string,
  periodId: string,
  officeId: string,
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED',
  value = 500,
): Promise<{ id: string; version: number }> {
  const [{ id }] = await owner.query(`INSERT INTO submission (programme_id, office_id, period_id) VALUES ($1, $2, $3) RETURNING id`, [
    programmeId,
    officeId,
    periodId,
  ]);
  await owner.query(
    `INSERT INTO submission_value (submission_id, indicator_id, value, comment) SELECT $1, id, $2, 'test value' FROM indicator WHERE code = 'CAF_TOTAL_SCORE'`,
    [id, value],
  );
  const [[row]] = await owner.query(
    `UPDATE submission SET status = $2, submitted_at = CASE WHEN $2 = 'DRAFT' THEN NULL ELSE now() END,
            approved_at = CASE WHEN $2 = 'APPROVED' THEN now() END, return_reason = CASE WHEN $2 = 'RETURNED' THEN 'test' END
      WHERE id = $1 RETURNING version`,
    [id, status],
  );
  return { id, version: row.version };
}

/** A good practice of the office, written past row-level security, draft or published. Returns its id. */
export async function practiceIn(
  owner: DataSource,
  officeId: string,
  status: 'DRAFT' | 'PUBLISHED',
  fields: { title?: string; summary?: string; body?: string; tags?: string[]; indicatorCodes?: string[]; cafCriteria?: number[] } = {},
): Promise<string> {
  const [{ id }] = await owner.query(
    `INSERT INTO good_practice (office_id, title, summary, body, tags, caf_criteria, status, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 = 'PUBLISHED' THEN now() END) RETURNING id`,
    [
      officeId,
      fields.title ?? 'Praktyka testowa',
      fields.summary ?? 'Streszczenie praktyki testowej.',
      fields.body ?? 'Opis praktyki testowej.',
      fields.tags ?? [],
      fields.cafCriteria ?? [],
      status,
    ],
  );
  await owner.query(
    'INSERT INTO good_practice_indicator (good_practice_id, indicator_id) SELECT $1, id FROM indicator WHERE code = ANY ($2::text[]) AND version = 1',
    [id, fields.indicatorCodes ?? []],
  );
  return id;
}
