import { Module } from '@nestjs/common';
import { CafModelResolver } from './caf-model.resolver';

/** CAF self-assessment (issue 19): the model so far. */
@Module({ providers: [CafModelResolver] })
export class CafModule {}
