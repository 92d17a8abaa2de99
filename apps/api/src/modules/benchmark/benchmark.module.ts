import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRepository } from './benchmark.repository';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { OfficeValueResolver } from './office-value.resolver';

/**
 * Peer statistics: what an office sees of its peers (released cells only, with its own values) and the
 * lead's identified distribution. Releases, targets and custom peer groups are their own modules.
 */
@Module({
  providers: [ScopedDatabase, BenchmarkRepository, BenchmarkService, BenchmarkResolver, OfficeValueResolver],
  exports: [BenchmarkService],
})
export class BenchmarkModule {}
