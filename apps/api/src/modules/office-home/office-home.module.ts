import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRepository } from '../benchmark/benchmark.repository';
import { TargetsModule } from '../targets/targets.module';
import { OfficeHomeRepository } from './office-home.repository';
import { OfficeHomeResolver } from './office-home.resolver';
import { OfficeHomeService } from './office-home.service';

/**
 * The office's home (the coordinator's scorecard): one query over the released cells, the office's own
 * values and the targets module's progress. BenchmarkRepository holds no state and is provided here.
 */
@Module({
  imports: [TargetsModule],
  providers: [ScopedDatabase, BenchmarkRepository, OfficeHomeRepository, OfficeHomeService, OfficeHomeResolver],
})
export class OfficeHomeModule {}
