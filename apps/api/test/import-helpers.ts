import request from 'supertest';
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

/** A CSV file of these rows (semicolon-separated, UTF-8 with a BOM, CRLF: as Polish Excel writes "CSV UTF-8"). */
export function csvFile(rows: Array<Array<string | number | null>>, delimiter = ';'): Buffer {
  const line = (row: Array<string | number | null>) =>
    row.map((cell) => (cell === null ? '' : /[";\n,]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(delimiter);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.map(line).join('\r\n') + '\r\n', 'utf8')]);
}

/** What an office holds for a period, read past row-level security (the owner is a superuser in tests). */
export async function storedValues(owner: DataSource, officeId: string, periodId: string): Promise<Array<{ code: string; value: number | null; numerator: number | null; denominator: number | null; comment: string | null }>> {
  return owner.query(
    `SELECT i.code, v.value::float8 AS value, v.numerator::float8 AS numerator, v.denominator::float8 AS denominator, v.comment
       FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
      WHERE s.office_id = $1 AND s.period_id = $2 ORDER BY i.code`,
    [officeId, periodId],
  );
}

/** Rows of submission and submission_value of these offices in this period, audit_log rows about the offices, and import_request rows of the user. */
export async function footprint(owner: DataSource, officeIds: string[], periodId: string, userId?: string): Promise<{ submissions: number; values: number; audit: number; keys: number }> {
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
