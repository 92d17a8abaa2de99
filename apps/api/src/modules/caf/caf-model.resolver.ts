import { Query, Resolver } from '@nestjs/graphql';
import { CAF_CRITERIA } from '@officebench/domain';
import { Access } from '../../common/access/access.decorator';
import { CafCriterionModel } from './models/caf-model.models';

/** The CAF 2020 model (criteria, sub-criteria, scoring panels): the same for everyone, built once. */
const MODEL = CAF_CRITERIA.map((criterion) => CafCriterionModel.from(criterion));

@Resolver()
export class CafModelResolver {
  @Query(() => [CafCriterionModel], { description: 'The CAF 2020 model: 9 criteria, 28 sub-criteria, the scoring panels' })
  @Access.signedIn()
  cafModel(): CafCriterionModel[] {
    return MODEL;
  }
}
