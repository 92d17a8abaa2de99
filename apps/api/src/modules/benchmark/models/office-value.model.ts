import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { SubmissionStatus } from '@officebench/domain';
import { OfficeModel } from '../../offices/models/office.model';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';

@ObjectType('OfficeValue', { description: 'Lead only: one office’s identified value' })
export class OfficeValueModel {
  @Field(() => OfficeModel) office!: OfficeModel;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => SubmissionStatusEnum, { nullable: true }) status!: SubmissionStatus | null;
}
