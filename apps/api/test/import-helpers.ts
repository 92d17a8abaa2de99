import request from 'supertest';
import { hashPassword } from '../src/modules/auth/password-hashing';
import type { DataSource } from 'typeorm';
import type { TestApi } from './support/test-api';

/** POST /api/import as the holder of `cookie`, with the file as the multipart field "file". */
export function upload(
  api: TestApi,
  cookie: string | null,
  file: Buffer,
  filename: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): request.Test {
  let post = request(api.app.getHttpServer()).post('/api/import').query(query);
  if (cookie) post = post.set('Cookie', cookie);
  for (const [name, value] of Object.entries(headers)) post = post.set(name, value);
  return post.attach('file', file, filename);
}

/** GET /api/import/template as the holder of `cookie`, with the workbook read whole into the response body (a Buffer). */
export function downloadTemplate(api: TestApi, cookie: string, query: Record<string, string>): request.Test {
  return request(api.app.getHttpServer())
    .get('/api/import/template')
    .query(query)
    .set('Cookie', cookie)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** A CSV file of these rows (semicolon-separated, UTF-8 with a BOM, CRLF: as Polish Excel writes "CSV UTF-8"). */
export function csvFile(rows: Array<Array<string | number | null>>, delimiter = ';'): Buffer {
  const line = (row: Array<string | number | null>) =>
    row
      .map((cell) => (cell === null ? '' : /[";\n,]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell)))
      .join(delimiter);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.map(line).join('\r\n') + '\r\n', 'utf8')]);
}

/** What an office holds for a period, read past row-level security (the owner is a superuser in tests). */
export async function storedValues(
  owner: DataSource,
  officeId: string,
  periodId: string,
): Promise<Array<{ code: string; value: number | null; numerator: number | null; denominator: number | null; comment: string | null }>> {
  return owner.query(
    `SELECT i.code, v.value::float8 AS value, v.numerator::float8 AS numerator, v.denominator::float8 AS denominator, v.comment
       FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
      WHERE s.office_id = $1 AND s.period_id = $2 ORDER BY i.code`,
    [officeId, periodId],
  );
}

/** Rows of submission and submission_value of these offices in this period, audit_log rows about the offices, and import_request rows of the user. */
export async function footprint(
  owner: DataSource,
  officeIds: string[],
  periodId: string,
  userId?: string,
): Promise<{ submissions: number; values: number; audit: number; keys: number }> {
  const [row] = await owner.query(
    `SELECT (SELECT count(*) FROM submission WHERE office_id = ANY($1::uuid[]) AND period_id = $2)::int AS submissions,
            (SELECT count(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id WHERE s.office_id = ANY($1::uuid[]) AND s.period_id = $2)::int AS values,
            (SELECT count(*) FROM audit_log WHERE office_id = ANY($1::uuid[]))::int AS audit,
            (SELECT count(*) FROM import_request WHERE user_id = $3)::int AS keys`,
    [officeIds, periodId, userId ?? '00000000-0000-0000-0000-000000000000'],
  );
  return row;
}

/**
 * Polls the database until `sql` returns a row (a condition, not a sleep: it returns as soon as the
 * state is reached, and fails after `timeoutMs`).
 */
export async function waitForRow(owner: DataSource, sql: string, params: unknown[] = [], timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if ((await owner.query(sql, params)).length > 0) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${sql}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface BulkProgramme {
  programmeId: string;
  periodId: string;
  periodLabel: string;
  officeIds: string[];
  officeNames: string[];
  indicatorCodes: string[];
  userId: string;
  email: string;
}

/**
 * A programme for large imports, made with the owner connection: `offices` offices all coordinated by
 * one account (password `password`), `indicators` quarterly VALUE indicators (0 to 1,000,000), and one
 * open quarter; offices x indicators valid entries exist.
 */
export async function createBulkProgramme(
  owner: DataSource,
  options: { code: string; offices: number; indicators: number; password: string },
): Promise<BulkProgramme> {
  const { code, offices, indicators } = options;
  return owner.transaction(async (manager) => {
    const [{ id: programmeId }] = await manager.query(`INSERT INTO programme (code, name) VALUES ($1, $2) RETURNING id`, [
      code,
      `Program ${code}`,
    ]);
    const officeRows: Array<{ id: string; name: string }> = await manager.query(
      `INSERT INTO office (name, kind, region) SELECT $1 || ' urząd ' || n, 'URBAN_GMINA', 'dolnośląskie' FROM generate_series(1, $2::int) n RETURNING id, name`,
      [code, offices],
    );
    await manager.query(
      `INSERT INTO programme_office (programme_id, office_id, position) SELECT $1, id, ordinality FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ordinality)`,
      [programmeId, officeRows.map((o) => o.id)],
    );
    const indicatorRows: Array<{ id: string; code: string }> = await manager.query(
      `INSERT INTO indicator (code, name_pl, name_en, unit, direction, periodicity, input_kind, min_value, max_value)
       SELECT upper($1) || '_' || n, 'Wskaźnik ' || n, 'Indicator ' || n, 'points', 'HIGHER_BETTER', 'QUARTERLY', 'VALUE', 0, 1000000
         FROM generate_series(1, $2::int) n ORDER BY n RETURNING id, code`,
      [code.replace(/-/g, '_'), indicators],
    );
    await manager.query(
      `INSERT INTO programme_indicator (programme_id, indicator_id, position) SELECT $1, id, ordinality FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ordinality)`,
      [programmeId, indicatorRows.map((i) => i.id)],
    );
    const periodLabel = '2030-Q1';
    const [{ id: periodId }] = await manager.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline)
       VALUES ($1, 'QUARTER', $2, '2030-01-01', '2030-03-31', now() - interval '1 day', now() + interval '30 days') RETURNING id`,
      [programmeId, periodLabel],
    );
    const email = `${code}@test.officebench.local`;
    const [{ id: userId }] = await manager.query(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [email, `Koordynator ${code}`, await hashPassword(options.password)],
    );
    await manager.query(
      `INSERT INTO role_grant (user_id, role, programme_id, office_id) SELECT $1, 'OFFICE_COORDINATOR', $2, unnest($3::uuid[])`,
      [userId, programmeId, officeRows.map((o) => o.id)],
    );
    return {
      programmeId,
      periodId,
      periodLabel,
      officeIds: officeRows.map((o) => o.id),
      officeNames: officeRows.map((o) => o.name),
      indicatorCodes: indicatorRows.map((i) => i.code),
      userId,
      email,
    };
  });
}

/** A CSV of one value for every office x indicator of a bulk programme (office by name, no period column). */
export function bulkCsv(programme: BulkProgramme): Buffer {
  const lines = ['office;indicator;value'];
  programme.officeNames.forEach((name, o) =>
    programme.indicatorCodes.forEach((code, i) => lines.push(`${name};${code};${(o * 7 + i * 13) % 1000},5`)),
  );
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}
