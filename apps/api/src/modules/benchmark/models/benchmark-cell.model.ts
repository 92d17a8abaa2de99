import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { SuppressionReason } from '@officebench/domain';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { PeerGroupModel } from '../../peer-groups/models/peer-group.model';
import { SuppressionReasonEnum } from './suppression-reason.enum';

@ObjectType('BenchmarkCell', {
  description: 'Peer statistics of one indicator in one peer group, as released; never another office’s value',
})
export class BenchmarkCellModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => PeerGroupModel) peerGroup!: PeerGroupModel;
  @Field(() => Float, { nullable: true, description: 'The viewing office’s own value' }) own!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReasonEnum, { nullable: true }) suppressionReason!: SuppressionReason | null;
  @Field(() => String, { nullable: true, description: '"5-9", "10-19" or "20+"; null when suppressed' }) contributorsBand!: string | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the offices’ values, 3 significant digits' }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: sum of numerators / sum of denominators x scale' }) pooledRate!:
    number | null;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p25!: number | null;
  @Field(() => Float, { nullable: true }) p75!: number | null;
  @Field(() => Int, { nullable: true, description: '1 (lowest values) to 4, where quartiles are published' }) ownQuartile!: number | null;
}
