import { Module } from '@nestjs/common';
import { ScopedDatabase } from '../../common/scoped-database';
import { SubmissionsResolver } from './submissions.resolver';
import { SubmissionsService } from './submissions.service';

@Module({ providers: [ScopedDatabase, SubmissionsService, SubmissionsResolver] })
export class SubmissionsModule {}
