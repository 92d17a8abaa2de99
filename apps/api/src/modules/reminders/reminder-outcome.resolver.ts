import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../../common/access/access.decorator';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { ReminderOutcomeModel } from './models/reminder.model';

/** The offices an outcome names (the lead's own programme's: the lead was allowed the outcome). */
@Resolver(() => ReminderOutcomeModel)
export class ReminderOutcomeResolver {
  @ResolveField(() => [OfficeModel], { description: 'Skipped: reminded today already' })
  @Access.parent()
  alreadyReminded(@Parent() outcome: ReminderOutcomeModel, @Context('loaders') loaders: RequestLoaders) {
    return Promise.all(outcome.alreadyRemindedIds.map((id) => loaders.office.load(id)));
  }

  @ResolveField(() => [OfficeModel], { description: 'Skipped: no active coordinator to e-mail' })
  @Access.parent()
  withoutCoordinator(@Parent() outcome: ReminderOutcomeModel, @Context('loaders') loaders: RequestLoaders) {
    return Promise.all(outcome.withoutCoordinatorIds.map((id) => loaders.office.load(id)));
  }

  @ResolveField(() => [OfficeModel], { description: 'Not reminded: the e-mail could not be sent (try again later)' })
  @Access.parent()
  failed(@Parent() outcome: ReminderOutcomeModel, @Context('loaders') loaders: RequestLoaders) {
    return Promise.all(outcome.failedIds.map((id) => loaders.office.load(id)));
  }
}
