import { Module } from '@nestjs/common';
import { ReleaseEvents } from './release-events.service';

/** One LISTEN connection per API process, shared by everything that caches what a release publishes. */
@Module({
  providers: [ReleaseEvents],
  exports: [ReleaseEvents],
})
export class ReleaseEventsModule {}
