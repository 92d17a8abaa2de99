import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ProgrammeEntity } from '../entities/programme.entity';

@ObjectType('Programme')
export class ProgrammeModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'True for the demo programme, whose indicator values are synthetic' }) isDemo!: boolean;
  @Field(() => Int, { description: 'k of the confidentiality rules' }) anonymityThreshold!: number;
  leadOfficeId!: string | null;

  static from({ id, name, isDemo, anonymityThreshold, leadOfficeId }: ProgrammeEntity): ProgrammeModel {
    return Object.assign(new ProgrammeModel(), { id, name, isDemo, anonymityThreshold, leadOfficeId });
  }
}
