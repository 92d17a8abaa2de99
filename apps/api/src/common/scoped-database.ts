import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { scopeOf, setAccessScope } from '../database/access-context';

/**
 * The only way services reach tables under row-level security: a transaction that first tells
 * PostgreSQL whose scope it runs in. Outside one, those tables show no rows at all.
 */
@Injectable()
export class ScopedDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(actor: Actor | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setAccessScope(manager, scopeOf(actor));
      return work(manager);
    });
  }
}
