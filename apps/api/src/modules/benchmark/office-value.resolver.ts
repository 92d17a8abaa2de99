import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import type { OfficeValueRow } from './benchmark.repository';
import { OfficeValueModel } from './models/office-value.model';

@Resolver(() => OfficeValueModel)
export class OfficeValueResolver {
  @Access.parent()
  @ResolveField(() => OfficeModel)
  office(@Parent() row: OfficeValueRow, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(row.officeId);
  }
}
