import { Field, Int, ObjectType } from '@nestjs/graphql';
import { type CafCriterion, type CafSubCriterion, type ScoringBand, scoringPanel, subCriteriaOf } from '@officebench/domain';
import { graphqlEnum } from '../../../common/graphql-enum';

export const CafCriterionKindEnum = graphqlEnum('CafCriterionKind', ['ENABLER', 'RESULT'] as const);

@ObjectType('CafScoringBand', { description: 'One band of a classical CAF scoring panel, shown to assessors as guidance' })
export class CafScoringBandModel {
  @Field(() => Int) from!: number;
  @Field(() => Int) to!: number;
  @Field({ description: 'In Polish' }) label!: string;
  @Field() labelEn!: string;
  @Field({ description: 'In Polish' }) meaning!: string;
  @Field() meaningEn!: string;

  static from(band: ScoringBand): CafScoringBandModel {
    return {
      from: band.from,
      to: band.to,
      label: band.label.pl,
      labelEn: band.label.en,
      meaning: band.meaning.pl,
      meaningEn: band.meaning.en,
    };
  }
}

@ObjectType('CafSubCriterion')
export class CafSubCriterionModel {
  @Field({ description: '"1.1" to "9.2"' }) code!: string;
  @Field({ description: 'In Polish' }) name!: string;
  @Field() nameEn!: string;
  @Field({ description: 'What the assessors look for, in Polish' }) description!: string;
  @Field() descriptionEn!: string;

  static from(sub: CafSubCriterion): CafSubCriterionModel {
    return { code: sub.code, name: sub.name.pl, nameEn: sub.name.en, description: sub.description.pl, descriptionEn: sub.description.en };
  }
}

@ObjectType('CafCriterion', { description: 'A criterion of the CAF 2020 model with its sub-criteria and scoring panel' })
export class CafCriterionModel {
  @Field(() => Int) number!: number;
  @Field(() => CafCriterionKindEnum) kind!: CafCriterion['kind'];
  @Field({ description: 'In Polish' }) name!: string;
  @Field() nameEn!: string;
  @Field(() => [CafSubCriterionModel]) subCriteria!: CafSubCriterionModel[];
  @Field(() => [CafScoringBandModel], { description: 'Enablers: the PDCA phase reached; results: trend and targets' })
  panel!: CafScoringBandModel[];

  static from(criterion: CafCriterion): CafCriterionModel {
    return {
      number: criterion.number,
      kind: criterion.kind,
      name: criterion.name.pl,
      nameEn: criterion.name.en,
      subCriteria: subCriteriaOf(criterion.number).map((sub) => CafSubCriterionModel.from(sub)),
      panel: scoringPanel(criterion).map((band) => CafScoringBandModel.from(band)),
    };
  }
}
