import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { SubmissionModel } from './submission.model';

@ObjectType('ReviewComment', { description: "The lead's latest reason on a submission (returning or reopening it), from the audit log" })
export class ReviewCommentModel {
  @Field({ description: 'RETURN or REOPEN' }) kind!: string;
  @Field() text!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ObjectType('ReviewItem', { description: "One submission of the lead's review list" })
export class ReviewItemModel {
  @Field(() => SubmissionModel, { description: "With its values; each value's `warnings` are the form's plausibility warnings" })
  submission!: SubmissionModel;
  @Field(() => Int, { description: 'How many of its values carry a plausibility warning' }) warningCount!: number;
  @Field(() => ReviewCommentModel, { nullable: true }) latestComment!: ReviewCommentModel | null;
}

@ObjectType('ApprovalOutcome', { description: 'What became of one submission of a bulk approval' })
export class ApprovalOutcomeModel {
  @Field(() => ID) submissionId!: string;
  @Field() approved!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it was refused: CONFLICT (changed meanwhile or not SUBMITTED), NOT_FOUND, ...' })
  code!: string | null;
  @Field(() => String, { nullable: true, description: "The refusal in the request's language" }) reason!: string | null;
  @Field(() => SubmissionModel, { nullable: true, description: 'The approved submission' }) submission!: SubmissionModel | null;
}

@ObjectType('BulkApprovalResult', { description: 'Each submission approved on its own (and audited) or refused with its reason' })
export class BulkApprovalResultModel {
  @Field(() => Int) approvedCount!: number;
  @Field(() => Int) refusedCount!: number;
  @Field(() => [ApprovalOutcomeModel], { description: 'In the order asked' }) outcomes!: ApprovalOutcomeModel[];
}
