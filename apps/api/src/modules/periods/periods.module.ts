import { Module } from '@nestjs/common';
import { PeriodsResolver } from './periods.resolver';
import { PeriodsService } from './periods.service';

@Module({ providers: [PeriodsService, PeriodsResolver] })
export class PeriodsModule {}
