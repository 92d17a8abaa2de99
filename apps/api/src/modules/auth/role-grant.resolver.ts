import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { ProgrammeModel } from '../programmes/models/programme.model';
import { RoleGrantModel } from './models/user.model';

@Resolver(() => RoleGrantModel)
export class RoleGrantResolver {
  @ResolveField(() => ProgrammeModel, { nullable: true })
  @Access.parent()
  programme(@Parent() grant: RoleGrantModel, @Context('loaders') loaders: RequestLoaders) {
    return grant.programmeId ? loaders.programme.load(grant.programmeId) : null;
  }

  @ResolveField(() => OfficeModel, { nullable: true })
  @Access.parent()
  office(@Parent() grant: RoleGrantModel, @Context('loaders') loaders: RequestLoaders) {
    return grant.officeId ? loaders.office.load(grant.officeId) : null;
  }
}
