import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { PeerGroupDeletionResolver } from './peer-group-deletion.resolver';
import { PeerGroupsRepository } from './peer-groups.repository';
import { PeerGroupsResolver } from './peer-groups.resolver';
import { PeerGroupsService } from './peer-groups.service';

/**
 * Custom peer groups a lead defines (check, create, delete). The entities and the PeerGroup type live here too;
 * the standard groups are made with the programme (modules/programmes).
 */
@Module({
  providers: [ScopedDatabase, PeerGroupsRepository, PeerGroupsService, PeerGroupsResolver, PeerGroupDeletionResolver],
})
export class PeerGroupsModule {}
