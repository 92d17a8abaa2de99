import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { OfficeProgressModel } from './office-progress.model';
import { TargetModel } from './target.model';

@ObjectType('TargetSummary', { description: 'Lead only: the programme’s progress toward one target' })
export class TargetSummaryModel {
  @Field(() => TargetModel) target!: TargetModel;
  @Field(() => Int) officesWithData!: number;
  @Field(() => Int) officesOnTrack!: number;
  @Field(() => Float, { nullable: true, description: 'Offices on track / offices with data' }) shareOnTrack!: number | null;
  @Field(() => Float, { nullable: true }) baselineMean!: number | null;
  @Field(() => Float, { nullable: true }) latestMean!: number | null;
  @Field(() => [OfficeProgressModel]) offices!: OfficeProgressModel[];
}
