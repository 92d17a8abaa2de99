import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PeriodDraft } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PeriodEntity } from './entities/period.entity';

/** A period to create: a checked draft, in its programme. */
export type NewPeriod = PeriodDraft & { programmeId: string };

/** The SQL of periods: creating one, reading it and setting its lock. */
@Injectable()
export class PeriodRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs work in one transaction (periods are not under row-level security). */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The new period's id, or null when the programme already has a period with this label. */
  async insert(manager: EntityManager, period: NewPeriod): Promise<string | null> {
    const [created]: Array<{ id: string }> = await manager.query(
      `INSERT INTO period (programme_id, kind, label, starts_on, ends_on, opens_at, deadline, locked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (programme_id, label) DO NOTHING RETURNING id`,
      [period.programmeId, period.kind, period.label, period.startsOn, period.endsOn, period.opensAt, period.deadline, period.lockedAt],
    );
    return created?.id ?? null;
  }

  findById(manager: EntityManager, id: string): Promise<PeriodEntity | null> {
    return manager.findOne(PeriodEntity, { where: { id } });
  }

  getById(manager: EntityManager, id: string): Promise<PeriodEntity> {
    return manager.findOneByOrFail(PeriodEntity, { id });
  }

  async setLockedAt(manager: EntityManager, id: string, lockedAt: Date): Promise<void> {
    await manager.query('UPDATE period SET locked_at = $2 WHERE id = $1', [id, lockedAt]);
  }
}
