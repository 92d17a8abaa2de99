import { Module } from '@nestjs/common';
import { PeerGroupMembersResolver } from './peer-group-members.resolver';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammeRepository } from './programme.repository';
import { ProgrammesService } from './programmes.service';

@Module({
  providers: [ProgrammeRepository, ProgrammesService, ProgrammesResolver, PeerGroupMembersResolver],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
