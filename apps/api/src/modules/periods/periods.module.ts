import { Module } from '@nestjs/common';
import { PeriodRepository } from './period.repository';
import { PeriodsResolver } from './periods.resolver';
import { PeriodsService } from './periods.service';

@Module({ providers: [PeriodRepository, PeriodsService, PeriodsResolver] })
export class PeriodsModule {}
