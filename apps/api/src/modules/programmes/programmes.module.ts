import { Module } from '@nestjs/common';
import { PeerGroupMembersResolver, ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({
  providers: [ProgrammesService, ProgrammesResolver, PeerGroupMembersResolver],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
