import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TARGET_KINDS, type TargetKind } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';

export const TargetKindEnum = graphqlEnum('TargetKind', TARGET_KINDS);

@ObjectType('Target', { description: 'A programme target for one indicator' })
export class TargetModel {
  @Field(() => ID) id!: string;
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => TargetKindEnum, {
    description:
      'LEVEL: reach the value; CHANGE: move by the value (signed, in the indicator’s unit) from the office’s baseline; RELATIVE_CHANGE: move by the value per cent of the office’s baseline',
  })
  kind!: TargetKind;
  @Field(() => Float) value!: number;
  @Field(() => Date, { nullable: true, description: 'When the target should be reached' }) dueOn!: Date | null;
}
