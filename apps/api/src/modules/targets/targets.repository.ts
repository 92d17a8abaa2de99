import { Injectable } from '@nestjs/common';
import type { DatedValue, TargetKind } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { ProgrammeIndicatorEntity } from '../indicators/entities/programme-indicator.entity';

export interface TargetRow {
  id: string;
  indicatorId: string;
  kind: TargetKind;
  value: number;
  dueOn: Date | null;
}

/** An approved value of an office, dated by its period's end. */
export type ApprovedValueRow = DatedValue & { officeId: string; indicatorId: string };

/** Programme targets and the approved values progress is measured on (under row-level security). */
@Injectable()
export class TargetsRepository {
  /** The programme's targets in the order of its indicators. */
  targets(manager: EntityManager, programmeId: string): Promise<TargetRow[]> {
    return manager.query(
      `SELECT t.id, t.indicator_id AS "indicatorId", t.kind, t.value::float8 AS value, t.due_on AS "dueOn"
         FROM programme_target t JOIN programme_indicator pi ON pi.programme_id = t.programme_id AND pi.indicator_id = t.indicator_id
        WHERE t.programme_id = $1 ORDER BY pi.position`,
      [programmeId],
    );
  }

  /** The programme's indicators in programme order. */
  async indicators(manager: EntityManager, programmeId: string): Promise<IndicatorEntity[]> {
    const rows = await manager.find(ProgrammeIndicatorEntity, {
      where: { programmeId },
      relations: { indicator: true },
      order: { position: 'ASC' },
    });
    return rows.map((r) => r.indicator as IndicatorEntity);
  }

  async indicator(manager: EntityManager, programmeId: string, code: string): Promise<IndicatorEntity> {
    const indicator = (await this.indicators(manager, programmeId)).find((i) => i.code === code);
    if (!indicator) throw notFound('Indicator');
    return indicator;
  }

  /** Sets (or replaces) the programme's target for the indicator; returns its id. */
  async upsert(
    manager: EntityManager,
    target: { programmeId: string; indicatorId: string; kind: TargetKind; value: number; dueOn: Date | null },
  ): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await manager.query(
      `INSERT INTO programme_target (programme_id, indicator_id, kind, value, due_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (programme_id, indicator_id) DO UPDATE SET kind = EXCLUDED.kind, value = EXCLUDED.value, due_on = EXCLUDED.due_on
       RETURNING id`,
      [target.programmeId, target.indicatorId, target.kind, target.value, target.dueOn],
    );
    return id;
  }

  /** The programme a target belongs to, or null when there is no such target. */
  async programmeOf(manager: EntityManager, targetId: string): Promise<string | null> {
    const [target]: Array<{ programmeId: string }> = await manager.query(
      'SELECT programme_id AS "programmeId" FROM programme_target WHERE id = $1',
      [targetId],
    );
    return target?.programmeId ?? null;
  }

  async delete(manager: EntityManager, targetId: string): Promise<void> {
    await manager.query('DELETE FROM programme_target WHERE id = $1', [targetId]);
  }

  /** The programme's offices in programme order (one, when given). */
  async officeIds(manager: EntityManager, programmeId: string, officeId: string | null): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      'SELECT office_id AS id FROM programme_office WHERE programme_id = $1 AND ($2::uuid IS NULL OR office_id = $2) ORDER BY position',
      [programmeId, officeId],
    );
    return rows.map((r) => r.id);
  }

  /** Approved values of the indicators, of one office or every office of the programme. */
  async approvedValues(
    manager: EntityManager,
    programmeId: string,
    officeId: string | null,
    indicatorIds: readonly string[],
  ): Promise<ApprovedValueRow[]> {
    const rows: ApprovedValueRow[] = await manager.query(
      `SELECT s.office_id AS "officeId", v.indicator_id AS "indicatorId", p.id AS "periodId", p.ends_on AS "endsOn", v.value::float8 AS value
         FROM submission s JOIN submission_value v ON v.submission_id = s.id JOIN period p ON p.id = s.period_id
        WHERE s.programme_id = $1 AND ($2::uuid IS NULL OR s.office_id = $2) AND s.status = 'APPROVED'
          AND v.value IS NOT NULL AND v.indicator_id = ANY($3::uuid[])`,
      [programmeId, officeId, indicatorIds],
    );
    return rows.map((row) => ({ ...row, endsOn: new Date(row.endsOn) }));
  }
}
