import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkModule } from '../benchmark/benchmark.module';
import { TargetsModule } from '../targets/targets.module';
import { OfficeHomeRepository } from './office-home.repository';
import { OfficeHomeResolver } from './office-home.resolver';
import { OfficeHomeService } from './office-home.service';

/**
 * The office's home (the coordinator's scorecard): one query over the released cells, the office's own
 * values and the targets module's progress; groups, indicators and cells from the benchmark module's PublishedCache.
 */
@Module({
  imports: [TargetsModule, BenchmarkModule],
  providers: [ScopedDatabase, OfficeHomeRepository, OfficeHomeService, OfficeHomeResolver],
  exports: [OfficeHomeService],
})
export class OfficeHomeModule {}
