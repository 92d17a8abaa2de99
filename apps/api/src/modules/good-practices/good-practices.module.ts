import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkModule } from '../benchmark/benchmark.module';
import { GoodPracticesResolver } from './good-practices.resolver';
import { GoodPracticesService } from './good-practices.service';
import { PracticeSuggestionsService } from './practice-suggestions.service';
import { PracticeRepository } from './practice.repository';

@Module({
  imports: [BenchmarkModule],
  providers: [ScopedDatabase, PracticeRepository, GoodPracticesService, PracticeSuggestionsService, GoodPracticesResolver],
  exports: [GoodPracticesService, PracticeSuggestionsService],
})
export class GoodPracticesModule {}
