import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { GoodPracticesModule } from '../good-practices/good-practices.module';
import { ReleasesRepository } from '../releases/releases.repository';
import { SubmissionsModule } from '../submissions/submissions.module';
import { TargetsModule } from '../targets/targets.module';
import { LeadHomeRepository } from './lead-home.repository';
import { LeadHomeResolver } from './lead-home.resolver';
import { LeadHomeService } from './lead-home.service';

/**
 * The lead's home: one query over what completeness, targets, releases and good practices already
 * compute. ReleasesRepository holds no state and is provided here (its module exports only the release).
 */
@Module({
  imports: [SubmissionsModule, TargetsModule, GoodPracticesModule],
  providers: [ScopedDatabase, ReleasesRepository, LeadHomeRepository, LeadHomeService, LeadHomeResolver],
})
export class LeadHomeModule {}
