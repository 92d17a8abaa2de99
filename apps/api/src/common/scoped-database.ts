import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@officebench/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { type AccessScope, leadScopeOf, readInScope, scopeOf, setAccessScope } from '../database/access-context';

/**
 * The only way services reach tables under row-level security: a transaction that first tells
 * PostgreSQL whose scope it runs in. Outside one, those tables show no rows at all.
 */
@Injectable()
export class ScopedDatabase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Work for a caller (null: anonymous, which sees no row under row-level security). */
  run<T>(actor: Actor | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inScope(scopeOf(actor), work);
  }

  /** Work the server does on behalf of a programme's lead, with no signed-in caller (the automatic release). */
  runAsLead<T>(programmeId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.inScope(leadScopeOf(programmeId), work);
  }

  /**
   * Reads for a caller in one round trip, without START TRANSACTION and COMMIT (readInScope): the scope and
   * `sql` (no parameters; ids written in with sqlUuid) as one query. The rows of each statement of `sql`.
   */
  readOnce(actor: Actor, sql: string): Promise<Array<Array<Record<string, unknown>>>> {
    return readInScope(this.dataSource, scopeOf(actor), sql);
  }

  private inScope<T>(scope: AccessScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await setAccessScope(manager, scope);
      return work(manager);
    });
  }
}
