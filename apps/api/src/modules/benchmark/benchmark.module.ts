import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRecords } from './benchmark-records';
import { BenchmarkResolver, OfficeProgressResolver, OfficeValueResolver, ProgrammeTargetsResolver, TargetsResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { PeerGroupsService } from './peer-groups.service';
import { ReleaseService } from './release.service';
import { TargetsService } from './targets.service';

@Module({
  providers: [
    ScopedDatabase,
    BenchmarkRecords,
    BenchmarkService,
    ReleaseService,
    PeerGroupsService,
    TargetsService,
    BenchmarkResolver,
    TargetsResolver,
    ProgrammeTargetsResolver,
    OfficeProgressResolver,
    OfficeValueResolver,
  ],
  exports: [ReleaseService, BenchmarkService],
})
export class BenchmarkModule {}
