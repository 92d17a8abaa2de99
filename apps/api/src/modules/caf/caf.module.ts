import { Module } from '@nestjs/common';
import { SubmissionsModule } from '../submissions/submissions.module';
import { CafCyclesResolver } from './caf-cycles.resolver';
import { CafCyclesService } from './caf-cycles.service';
import { CafModelResolver } from './caf-model.resolver';
import { CafRepository } from './caf.repository';

/** CAF self-assessment (issue 19): the model, the cycles, the improvement plan, the radar (docs/caf.md). */
@Module({
  imports: [SubmissionsModule],
  providers: [CafModelResolver, CafRepository, CafCyclesService, CafCyclesResolver],
  exports: [CafCyclesService],
})
export class CafModule {}
