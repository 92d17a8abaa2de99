import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PRACTICE_STATUSES, type PracticeStatus } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';
import { IndicatorModel } from '../../indicators/models/indicator.model';
import { OfficeModel } from '../../offices/models/office.model';

export const PracticeStatusEnum = graphqlEnum('PracticeStatus', PRACTICE_STATUSES);

@ObjectType('GoodPractice', { description: 'A practice an office shares, published under its name' })
export class GoodPracticeModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field({ description: 'Markdown; clients render it without raw HTML' }) body!: string;
  @Field({ description: 'The problem it answered ("" when not given)' }) problem!: string;
  @Field({ description: 'What was done' }) actions!: string;
  @Field({ description: 'Results, as the office reports them' }) results!: string;
  @Field({ description: 'Resources it needed' }) resources!: string;
  @Field(() => String, { nullable: true }) contact!: string | null;
  @Field(() => Int, { nullable: true, description: 'Year the office introduced it' }) year!: number | null;
  @Field(() => OfficeModel) office!: OfficeModel;
  officeId!: string;
  @Field(() => [Int]) cafCriteria!: number[];
  @Field(() => [IndicatorModel]) indicators!: IndicatorModel[];
  @Field(() => [String]) tags!: string[];
  @Field(() => PracticeStatusEnum) status!: PracticeStatus;
  @Field(() => Date, {
    nullable: true,
    description:
      'When it was published on the platform (null for a draft); for one written up from sources, when it was loaded (see fromSources)',
  })
  publishedAt!: Date | null;
  @Field({
    description:
      'Written up from published source documents (the demo practices), never published on the platform: show its year, not a date',
  })
  fromSources!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int, { description: 'Send it back as expectedVersion when updating' }) version!: number;
  @Field({ description: 'Featured by the lead of a programme the viewer takes part in' }) featured!: boolean;
  @Field({ description: 'Whether the viewer may edit, publish or withdraw it' }) canEdit!: boolean;
}

@ObjectType('GoodPracticeEdge')
export class GoodPracticeEdgeModel {
  @Field(() => GoodPracticeModel) node!: GoodPracticeModel;
  @Field() cursor!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Where the searched words occur: HTML-escaped text whose only markup is <mark>...</mark>',
  })
  highlight!: string | null;
  @Field({ description: 'The practice holds every searched word (true when the search has no words)' }) matchesAllTerms!: boolean;
}

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('GoodPracticeConnection')
export class GoodPracticeConnectionModel {
  @Field(() => [GoodPracticeEdgeModel]) edges!: GoodPracticeEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
  @Field(() => Int, { description: 'How many practices match, counted up to countLimit: countLimit + 1 means more than countLimit' })
  totalCount!: number;
  @Field(() => Int, {
    description:
      'How many of totalCount hold every searched word (they come first), counted up to countLimit as totalCount is; totalCount when the search has one word or none',
  })
  allTermsCount!: number;
  @Field(() => Int, { description: 'Where counting stops: a count above it is answered as countLimit + 1 ("more than countLimit")' })
  countLimit!: number;
  @Field(() => [String], { description: 'The words searched for, folded (no diacritics); empty when the query has none' }) terms!: string[];
  @Field(() => [String], { description: 'Words used in place of query words no practice contains (likely typos)' }) corrections!: string[];
}

@ObjectType('SuggestedPractice')
export class SuggestedPracticeModel {
  @Field(() => GoodPracticeModel) practice!: GoodPracticeModel;
  @Field({ description: 'The authoring office improved on the indicator and opted in to say so (never by how much)' })
  officeImproved!: boolean;
}

@ObjectType('PracticeSuggestion', { description: 'An indicator where the office lags its peers, with practices linked to it' })
export class PracticeSuggestionModel {
  @Field(() => IndicatorModel) indicator!: IndicatorModel;
  @Field(() => [SuggestedPracticeModel]) practices!: SuggestedPracticeModel[];
}

@ObjectType('PracticeDisclosure', { description: 'Whether an office lets suggestions say it improved on an indicator' })
export class PracticeDisclosureModel {
  @Field(() => ID) officeId!: string;
  @Field() showImprovement!: boolean;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}
