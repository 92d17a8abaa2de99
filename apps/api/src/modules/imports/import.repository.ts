import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeriodKind } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** How long an applied import's key is remembered. */
const KEY_RETENTION = '24 hours';

/**
 * The SQL of spreadsheet imports: the programme's structure the rows are resolved against, and the
 * `Idempotency-Key` of each applied import. The values themselves go through SubmissionWriter.
 */
@Injectable()
export class ImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async period(periodId: string): Promise<{ id: string; label: string; programme_id: string; kind: PeriodKind } | null> {
    const [period] = await this.dataSource.query(`SELECT id, label, programme_id, kind FROM period WHERE id = $1`, [periodId]);
    return period ?? null;
  }

  async programme(programmeId: string): Promise<{ name: string; code: string } | null> {
    const [programme] = await this.dataSource.query(`SELECT name, code FROM programme WHERE id = $1`, [programmeId]);
    return programme ?? null;
  }

  /** The programme's offices in programme order. */
  programmeOffices(programmeId: string): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.query(
      `SELECT o.id, o.name FROM programme_office po JOIN office o ON o.id = po.office_id WHERE po.programme_id = $1 ORDER BY po.position`,
      [programmeId],
    );
  }

  programmePeriods(programmeId: string): Promise<Array<{ id: string; label: string }>> {
    return this.dataSource.query(`SELECT id, label FROM period WHERE programme_id = $1`, [programmeId]);
  }

  /** The hash and answer stored under this user's key, if the key was used within the retention. */
  async storedAnswer<T>(userId: string, key: string): Promise<{ request_hash: Buffer; answer: T } | null> {
    const [stored] = await this.dataSource.query(
      `SELECT request_hash, answer FROM import_request WHERE user_id = $1 AND idempotency_key = $2 AND created_at > now() - interval '${KEY_RETENTION}'`,
      [userId, key],
    );
    return stored ?? null;
  }

  /**
   * Takes the key inside the import's transaction (forgetting the user's keys past the retention first).
   * A concurrent request with the same key waits on the primary key until this transaction ends. False
   * when the key is taken.
   */
  async claimKey(manager: EntityManager, userId: string, key: string, requestHash: Buffer): Promise<boolean> {
    await manager.query(`DELETE FROM import_request WHERE user_id = $1 AND created_at <= now() - interval '${KEY_RETENTION}'`, [userId]);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO import_request (user_id, idempotency_key, request_hash, answer) VALUES ($1, $2, $3, '{}'::jsonb)
       ON CONFLICT (user_id, idempotency_key) DO NOTHING RETURNING 1`,
      [userId, key, requestHash],
    );
    return inserted.length === 1;
  }

  async storeAnswer(manager: EntityManager, userId: string, key: string, answer: unknown): Promise<void> {
    await manager.query(`UPDATE import_request SET answer = $3 WHERE user_id = $1 AND idempotency_key = $2`, [userId, key, answer]);
  }
}
