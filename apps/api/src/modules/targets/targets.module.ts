import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { OfficeProgressResolver } from './office-progress.resolver';
import { ProgrammeTargetsResolver } from './programme-targets.resolver';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

/** Programme targets (set by the lead) and each office's progress toward them. */
@Module({
  providers: [ScopedDatabase, TargetsRepository, TargetsService, TargetsResolver, ProgrammeTargetsResolver, OfficeProgressResolver],
  exports: [TargetsService],
})
export class TargetsModule {}
