import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../../common/access/access.decorator';
import { RETRY_AFTER_SECONDS } from '../../common/database-errors';
import { HealthRepository } from './health.repository';

/** Liveness (the process answers) and readiness (the database answers). */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  @Get()
  @Access.public()
  async check(@Res({ passthrough: true }) response: Response) {
    const database = await this.health.ping().then(
      () => 'up' as const,
      () => 'down' as const,
    );
    response.status(database === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (database === 'down') response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS.UNAVAILABLE));
    return { status: database === 'up' ? 'ok' : 'degraded', database };
  }
}
