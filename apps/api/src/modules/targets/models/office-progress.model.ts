import { Field, Float, ObjectType } from '@nestjs/graphql';
import { PROGRESS_STATUSES, type ProgressStatus } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { OfficeModel } from '../../offices/models/office.model';
import { PeriodModel } from '../../periods/models/period.model';
import { TargetModel } from './target.model';

export const ProgressStatusEnum = graphqlEnum('ProgressStatus', PROGRESS_STATUSES);

@ObjectType('OfficeProgress')
export class OfficeProgressModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => TargetModel) target!: TargetModel;
  @Field(() => Float, { nullable: true, description: 'The office’s first approved value' }) baseline!: number | null;
  @Field(() => PeriodModel, { nullable: true }) baselinePeriod!: PeriodModel | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The office’s last approved value; once the due date has passed, its last one of a period ended by the due date',
  })
  latest!: number | null;
  @Field(() => PeriodModel, { nullable: true }) latestPeriod!: PeriodModel | null;
  @Field(() => Float, { nullable: true }) change!: number | null;
  @Field(() => ProgressStatusEnum, {
    description:
      'Before the due date: MET, ON_PACE, BEHIND or NO_DATA; once it has passed, MET or MISSED on the last value by the due date (NO_DATA without one). NO_DATA too for a RELATIVE_CHANGE target from a baseline of 0',
  })
  status!: ProgressStatus;
  @Field({ description: 'Met, or on pace to meet it by its due date' }) onTrack!: boolean;
  @Field({ description: 'The due date has passed: the status is final (MET, MISSED or NO_DATA)' }) settled!: boolean;
}
