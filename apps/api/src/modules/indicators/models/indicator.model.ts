import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DIRECTIONS, PERIODICITIES, type Direction, type Periodicity } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import type { IndicatorEntity } from '../entities/indicator.entity';

export const DirectionEnum = graphqlEnum('Direction', DIRECTIONS);
export const PeriodicityEnum = graphqlEnum('Periodicity', PERIODICITIES);

/** The fields the model takes from the entity as they are (the name and labels are the Polish ones; isRatio is read from the input kind). */
const SAME_AS_ENTITY = [
  'code',
  'version',
  'nameEn',
  'unit',
  'direction',
  'periodicity',
  'scale',
  'minValue',
  'maxValue',
  'cafCriterion',
] as const satisfies ReadonlyArray<keyof IndicatorEntity & keyof IndicatorModel>;

@ObjectType('Indicator')
export class IndicatorModel {
  @Field() code!: string;
  @Field(() => Int, { description: 'Definition version: a changed definition is a new version' }) version!: number;
  @Field({ description: 'Name in Polish' }) name!: string;
  @Field({ description: 'Name in English' }) nameEn!: string;
  @Field() unit!: string;
  @Field(() => DirectionEnum) direction!: Direction;
  @Field(() => PeriodicityEnum) periodicity!: Periodicity;
  @Field({ description: 'Entered as numerator and denominator; value = numerator / denominator x scale' }) isRatio!: boolean;
  @Field(() => Float) scale!: number;
  @Field(() => String, { nullable: true, description: "What a ratio's numerator counts, in Polish" }) numeratorLabel!: string | null;
  @Field(() => String, { nullable: true, description: "What a ratio's denominator counts, in Polish" }) denominatorLabel!: string | null;
  @Field(() => String, { nullable: true, description: "What a ratio's numerator counts, in English" }) numeratorLabelEn!: string | null;
  @Field(() => String, { nullable: true, description: "What a ratio's denominator counts, in English" }) denominatorLabelEn!: string | null;
  @Field(() => Float, { nullable: true }) minValue!: number | null;
  @Field(() => Float, { nullable: true }) maxValue!: number | null;
  @Field(() => Int, { nullable: true, description: 'CAF criterion (1-9) the indicator evidences' }) cafCriterion!: number | null;

  static from(entity: IndicatorEntity): IndicatorModel {
    const same = Object.fromEntries(SAME_AS_ENTITY.map((field) => [field, entity[field]]));
    return Object.assign(new IndicatorModel(), same, {
      name: entity.namePl,
      isRatio: entity.inputKind === 'RATIO',
      numeratorLabel: entity.numeratorLabelPl,
      denominatorLabel: entity.denominatorLabelPl,
    });
  }
}
