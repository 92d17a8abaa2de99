import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PERIOD_KINDS, PERIOD_STATES, type PeriodKind, periodState, type PeriodState } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import type { PeriodEntity } from '../entities/period.entity';

export const PeriodKindEnum = graphqlEnum('PeriodKind', PERIOD_KINDS);
export const PeriodStateEnum = graphqlEnum('PeriodState', PERIOD_STATES);

@ObjectType('Period')
export class PeriodModel {
  @Field(() => ID) id!: string;
  @Field(() => PeriodKindEnum) kind!: PeriodKind;
  @Field({ description: 'e.g. 2010-Q3, 2010, CAF 2010' }) label!: string;
  @Field() startsOn!: Date;
  @Field() endsOn!: Date;
  @Field({ description: 'When entry opens' }) opensAt!: Date;
  @Field() deadline!: Date;
  @Field(() => Date, { nullable: true, description: 'After this only the lead can reopen the period' }) lockedAt!: Date | null;
  @Field(() => Date, { nullable: true }) releasedAt!: Date | null;
  @Field(() => PeriodStateEnum, { description: 'Whether offices can enter values now' }) state!: PeriodState;

  static from(entity: PeriodEntity): PeriodModel {
    const { id, kind, label, opensAt, deadline, lockedAt, releasedAt } = entity;
    return Object.assign(new PeriodModel(), {
      id,
      kind,
      label,
      startsOn: new Date(`${entity.startsOn}T00:00:00Z`),
      endsOn: new Date(`${entity.endsOn}T00:00:00Z`),
      opensAt,
      deadline,
      lockedAt,
      releasedAt,
      state: periodState({ opensAt, lockedAt }, new Date()),
    });
  }
}
