import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type DatedValue,
  describeTargetProblem,
  type Direction,
  type Language,
  mayReadOfficeData,
  mayReviewProgramme,
  maySeeProgramme,
  progressToward,
  targetProblem,
  isUuid,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { TargetInput } from './dto/target.input';
import type { OfficeProgressModel } from './models/office-progress.model';
import type { TargetModel } from './models/target.model';
import type { TargetSummaryModel } from './models/target-summary.model';
import { TargetsRepository } from './targets.repository';

/** Office progress carries ids; the resolver turns them into offices and periods. */
export type OfficeProgressRow = Omit<OfficeProgressModel, 'office' | 'baselinePeriod' | 'latestPeriod'> & {
  officeId: string;
  baselinePeriodId: string | null;
  latestPeriodId: string | null;
};

const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Programme targets per indicator and each office's progress toward them (approved values only). */
@Injectable()
export class TargetsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: TargetsRepository,
  ) {}

  private async targets(manager: EntityManager, programmeId: string): Promise<Array<TargetModel & { indicatorEntity: IndicatorEntity }>> {
    const rows = await this.repository.targets(manager, programmeId);
    const indicators = new Map((await this.repository.indicators(manager, programmeId)).map((i) => [i.id, i]));
    return rows.map((row) => {
      const indicatorEntity = indicators.get(row.indicatorId) as IndicatorEntity;
      return {
        id: row.id,
        kind: row.kind,
        value: row.value,
        dueOn: row.dueOn ? new Date(row.dueOn) : null,
        indicator: IndicatorModel.from(indicatorEntity),
        indicatorEntity,
      };
    });
  }

  async list(actor: Actor, programmeId: string): Promise<TargetModel[]> {
    if (!maySeeProgramme(actor, programmeId)) return [];
    return this.scoped.run(actor, (manager) => this.targets(manager, programmeId));
  }

  async set(actor: Actor, input: TargetInput, language: Language): Promise<TargetModel> {
    if (!mayReviewProgramme(actor, input.programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const indicator = await this.repository.indicator(manager, input.programmeId, input.indicatorCode);
      const problem = targetProblem(input.kind, input.value, indicator);
      if (problem) throw badInput(describeTargetProblem(problem, indicator, language), 'value');
      const id = await this.repository.upsert(manager, {
        programmeId: input.programmeId,
        indicatorId: indicator.id,
        kind: input.kind,
        value: input.value,
        dueOn: input.dueOn ?? null,
      });
      await auditBy(manager, actor, 'TARGET_SET', ['programme_target', id], { newValue: { ...input }, programmeId: input.programmeId });
      return (await this.targets(manager, input.programmeId)).find((t) => t.id === id) as TargetModel;
    });
  }

  async remove(actor: Actor, targetId: string): Promise<boolean> {
    return this.scoped.run(actor, async (manager) => {
      const programmeId = isUuid(targetId) ? await this.repository.programmeOf(manager, targetId) : null;
      if (!programmeId) throw notFound('Target');
      if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
      await this.repository.delete(manager, targetId);
      await auditBy(manager, actor, 'TARGET_REMOVED', ['programme_target', targetId], { programmeId });
      return true;
    });
  }

  /** Progress of one office (null: every office of the programme) toward every target, at `now`. */
  private async progress(manager: EntityManager, programmeId: string, officeId: string | null, now: Date) {
    const targets = await this.targets(manager, programmeId);
    const offices = await this.repository.officeIds(manager, programmeId, officeId);
    const rows = await this.repository.approvedValues(
      manager,
      programmeId,
      officeId,
      targets.map((t) => t.indicatorEntity.id),
    );
    const values = new Map<string, DatedValue[]>();
    for (const row of rows)
      values.set(`${row.officeId}/${row.indicatorId}`, [...(values.get(`${row.officeId}/${row.indicatorId}`) ?? []), row]);
    return targets.map(({ indicatorEntity, ...target }) => ({
      target,
      offices: offices.map((id): OfficeProgressRow => {
        const p = progressToward(target, indicatorEntity.direction as Direction, values.get(`${id}/${indicatorEntity.id}`) ?? [], now);
        return {
          officeId: id,
          target,
          baseline: p.baseline?.value ?? null,
          baselinePeriodId: p.baseline?.periodId ?? null,
          latest: p.latest?.value ?? null,
          latestPeriodId: p.latest?.periodId ?? null,
          change: p.change,
          status: p.status,
          onTrack: p.onTrack,
          settled: p.settled,
        };
      }),
    }));
  }

  async officeProgress(actor: Actor, programmeId: string, officeId: string, now = new Date()): Promise<OfficeProgressRow[]> {
    if (!isUuid(programmeId) || !isUuid(officeId)) throw notFound('Office');
    if (!mayReadOfficeData(actor, programmeId, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => (await this.progress(manager, programmeId, officeId, now)).flatMap((t) => t.offices));
  }

  async programmeProgress(
    actor: Actor,
    programmeId: string,
    now = new Date(),
  ): Promise<Array<Omit<TargetSummaryModel, 'offices'> & { offices: OfficeProgressRow[] }>> {
    if (!isUuid(programmeId)) throw notFound('Programme');
    if (!mayReviewProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) =>
      (await this.progress(manager, programmeId, null, now)).map(({ target, offices }) => {
        const withData = offices.filter((o) => o.status !== 'NO_DATA');
        const onTrack = withData.filter((o) => o.onTrack).length;
        return {
          target,
          offices,
          officesWithData: withData.length,
          officesOnTrack: onTrack,
          shareOnTrack: withData.length === 0 ? null : onTrack / withData.length,
          baselineMean: mean(withData.map((o) => o.baseline as number)),
          latestMean: mean(withData.map((o) => o.latest as number)),
        };
      }),
    );
  }
}
