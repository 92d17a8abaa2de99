import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { ReleaseComputationService } from './release-computation.service';
import { ReleaseDueResolver } from './release-due.resolver';
import { ReleasePeriodResolver } from './release-period.resolver';
import { ReleasePreviewResolver } from './release-preview.resolver';
import { ReleaseScheduler } from './release-scheduler.service';
import { ReleaseService } from './release.service';
import { ReleasesRepository } from './releases.repository';

/**
 * Releases: the lead's releasePeriod and releasePreview, the re-release rules (ReleaseComputationService) and the
 * automatic release (ReleaseService.sweep, run by ReleaseScheduler through @nestjs/schedule's SchedulerRegistry;
 * ScheduleModule.forRoot() is imported once, by AppModule). The cells it stores are read by
 * the peer statistics (modules/benchmark).
 */
@Module({
  providers: [
    ScopedDatabase,
    ReleasesRepository,
    ReleaseComputationService,
    ReleaseService,
    ReleaseScheduler,
    ReleasePeriodResolver,
    ReleasePreviewResolver,
    ReleaseDueResolver,
  ],
  exports: [ReleaseService],
})
export class ReleasesModule {}
