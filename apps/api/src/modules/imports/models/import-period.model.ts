import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SubmissionStatus } from '@officebench/domain';
import { SubmissionStatusEnum } from '../../submissions/models/submission.model';

@ObjectType('ImportOfficeStanding', { description: "One of the caller's offices in a period the import page lists" })
export class ImportOfficeStandingModel {
  @Field(() => ID) officeId!: string;
  @Field() officeName!: string;
  @Field(() => SubmissionStatusEnum, { nullable: true, description: 'null: nothing saved yet' }) status!: SubmissionStatus | null;
  @Field({ description: 'The office can take imported values in the period now (not handed in)' }) importable!: boolean;
}

@ObjectType('ImportPeriod', { description: 'A period open for entries, and whether the caller can import values into it' })
export class ImportPeriodModel {
  @Field({ description: 'At least one of the caller’s offices can take values in it: the import page offers it' }) importable!: boolean;
  @Field(() => [ImportOfficeStandingModel], { description: 'The caller’s offices of the programme, in programme order' })
  offices!: ImportOfficeStandingModel[];
  periodId!: string;
}
