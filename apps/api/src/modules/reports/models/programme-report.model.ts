import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql-enum';
import { PeriodModel } from '../../periods/models/period.model';

export const REPORT_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export const ReportStateEnum = graphqlEnum('ReportState', REPORT_STATES);

@ObjectType('ProgrammeReport', { description: 'A programme report (PDF) for the lead, made in the background' })
export class ProgrammeReportModel {
  @Field(() => ID) id!: string;
  @Field(() => PeriodModel) period!: PeriodModel;
  @Field({ description: 'pl or en' }) language!: string;
  @Field(() => ReportStateEnum) state!: (typeof REPORT_STATES)[number];
  @Field(() => Float, { description: 'How far it is made, 0 to 1' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'What it is doing while it runs: gathering, offices or rendering' }) step!:
    string | null;
  @Field(() => Int, { nullable: true }) pageCount!: number | null;
  @Field(() => Int, { nullable: true }) sizeBytes!: number | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field({ description: "False once the period's data changed after the report was asked for (ask again for a new one)" })
  current!: boolean;
  @Field(() => String, { nullable: true, description: 'Where to download the PDF once it is made' }) downloadUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it could not be made' }) failure!: string | null;
}
