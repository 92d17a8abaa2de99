import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BULK_APPROVAL_MAX } from '@officebench/domain';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import { says } from '../../../common/validation-messages';

@InputType('ApprovalItemInput', { description: 'A submission to approve and the version the lead saw' })
export class ApprovalItemInput {
  @Field(() => ID) @IsUUID('all', { message: says('validation.id') }) submissionId!: string;
  @Field(() => Int, { description: 'A newer version is refused for this submission (CONFLICT)' })
  @IsInt()
  @Min(1, { message: says('validation.min', 'min') })
  expectedVersion!: number;
}

@InputType('ApproveSubmissionsInput')
export class ApproveSubmissionsInput {
  @Field(() => ID, { description: 'The programme the lead reviews; submissions of another programme are refused' })
  @IsUUID('all', { message: says('validation.id') })
  programmeId!: string;
  @Field(() => [ApprovalItemInput], { description: `1 to ${BULK_APPROVAL_MAX} submissions, each once` })
  @ValidateNested({ each: true })
  @Type(() => ApprovalItemInput)
  items!: ApprovalItemInput[];
}
