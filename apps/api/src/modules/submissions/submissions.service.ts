import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, mayReadOfficeData } from '@officebench/domain';
import { type DataSource, In } from 'typeorm';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { PeriodEntity } from '../periods/entities/period.entity';
import { SubmissionValueEntity } from './entities/submission-value.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { IndicatorValueModel, SubmissionModel } from './models/submission.model';
import { isUuid } from '../../common/ids';


@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scoped: ScopedDatabase,
  ) {}

  /** An office's submission for a period, with its values: the office's coordinators and the programme's leads only. */
  async find(actor: Actor, officeId: string, periodId: string): Promise<SubmissionModel | null> {
    if (!isUuid(officeId) || !isUuid(periodId)) throw notFound('Period or office');
    const period = await this.dataSource.getRepository(PeriodEntity).findOneBy({ id: periodId });
    if (!period) throw notFound('Period');
    if (!mayReadOfficeData(actor, period.programmeId, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const submission = await manager.findOneBy(SubmissionEntity, { officeId, periodId });
      if (!submission) return null;
      const values = await manager.findBy(SubmissionValueEntity, { submissionId: submission.id });
      const indicators = await manager.findBy(IndicatorEntity, { id: In(values.map((v) => v.indicatorId)) });
      const byId = new Map(indicators.map((indicator) => [indicator.id, IndicatorModel.from(indicator)]));
      const { id, status, version, returnReason, updatedAt } = submission;
      return Object.assign(new SubmissionModel(), {
        id, status, version, returnReason, updatedAt, officeId, periodId,
        values: values
          .map(({ indicatorId, value, numerator, denominator, comment }) =>
            Object.assign(new IndicatorValueModel(), { indicator: byId.get(indicatorId), value, numerator, denominator, comment }),
          )
          .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code)),
      });
    });
  }
}
