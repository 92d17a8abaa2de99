import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkRepository } from './benchmark.repository';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { OfficeValueResolver } from './office-value.resolver';
import { PublishedCache } from './published-cache.service';
import { ReleaseEventsModule } from '../releases/release-events.module';

/**
 * Peer statistics: what an office sees of its peers (released cells only, with its own values) and the
 * lead's identified distribution. Releases, targets and custom peer groups are their own modules. The
 * published cells and programme facts are cached per process (PublishedCache), dropped on ReleaseEvents.
 */
@Module({
  imports: [ReleaseEventsModule],
  providers: [ScopedDatabase, BenchmarkRepository, PublishedCache, BenchmarkService, BenchmarkResolver, OfficeValueResolver],
  exports: [BenchmarkService, BenchmarkRepository, PublishedCache],
})
export class BenchmarkModule {}
