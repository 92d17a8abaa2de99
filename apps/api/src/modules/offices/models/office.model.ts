import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OFFICE_KINDS, type OfficeKind } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import type { OfficeEntity } from '../entities/office.entity';

export const OfficeKindEnum = graphqlEnum('OfficeKind', OFFICE_KINDS);

/** Public facts about an office (name, kind, region, size): never its indicator values. */
@ObjectType('Office')
export class OfficeModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OfficeKindEnum) kind!: OfficeKind;
  @Field() region!: string;
  @Field(() => Int, { nullable: true, description: 'Headcount, where known' }) employees!: number | null;
  @Field(() => Int, { nullable: true, description: 'Residents served, where known' }) population!: number | null;
  @Field({ description: 'True when the size figures are synthetic demo data' }) sizeIsSynthetic!: boolean;

  static from(entity: OfficeEntity): OfficeModel {
    const { id, name, kind, region, employees, population, sizeIsSynthetic } = entity;
    return Object.assign(new OfficeModel(), { id, name, kind, region, employees, population, sizeIsSynthetic });
  }
}
