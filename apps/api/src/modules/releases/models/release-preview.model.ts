import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SuppressionReason } from '@officebench/domain';
import { SuppressionReasonEnum } from '../../benchmark/models/suppression-reason.enum';

@ObjectType('ReleaseBlocker', { description: 'A published cell whose contributors changed by too few offices to release again' })
export class ReleaseBlockerModel {
  @Field() indicatorCode!: string;
  @Field() peerGroupName!: string;
  @Field(() => Int) changedOffices!: number;
}

@ObjectType('HiddenCells', { description: 'How many cells a release hides for one reason' })
export class HiddenCellsModel {
  @Field(() => SuppressionReasonEnum) reason!: SuppressionReason;
  @Field(() => Int) cells!: number;
}

@ObjectType('ReleasePreview', {
  description: 'What releasing the period now would do, computed by the release itself and rolled back (the lead only)',
})
export class ReleasePreviewModel {
  @Field(() => ID) periodId!: string;
  @Field({ description: 'The deadline has passed: the lead may release now' }) due!: boolean;
  @Field({ description: 'The period was released before: this would be a re-release' }) again!: boolean;
  @Field({ description: 'A re-release would be refused now' }) refused!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it would be refused and what the lead can do, in one sentence' })
  refusal!: string | null;
  @Field(() => [ReleaseBlockerModel]) blockers!: ReleaseBlockerModel[];
  @Field(() => Int, { description: 'Cells (indicator x peer group) that would show figures; 0 when refused' }) shown!: number;
  @Field(() => [HiddenCellsModel], { description: 'Cells that would be hidden, by reason; empty when refused' })
  hidden!: HiddenCellsModel[];
}
