import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { PeerGroupEntity } from '../peer-groups/entities/peer-group.entity';
import { PeerGroupModel } from '../peer-groups/models/peer-group.model';
import { type ReleaseEvent, ReleaseEvents } from '../releases/release-events.service';
import { BenchmarkRepository, type PeriodCells } from './benchmark.repository';

/** A programme's peer groups and indicators with their GraphQL models, made once per revision. */
export interface CachedProgramme {
  revision: string;
  groups: ReadonlyArray<{ entity: PeerGroupEntity; model: PeerGroupModel }>;
  indicators: ReadonlyArray<{ entity: IndicatorEntity; model: IndicatorModel }>;
}

export type CachedCell = PeriodCells['cells'][number];

/** A period's stored cells by group and indicator, as of its release stamp. */
export interface CachedPeriod {
  stamp: string;
  cell(groupId: string, indicatorId: string): CachedCell | undefined;
}

/** Entries kept per map; the oldest goes first beyond it (a national programme has about 50 periods). */
const MAX_ENTRIES = 1000;

/**
 * The API process's copy of what releases publish: per period its stored cells, per programme its peer
 * groups and indicator set. Cells are public to every member of the programme and carry no office's
 * value, so one copy serves every caller; who may ask is checked before (the services' access rules), and
 * the office's own values are never cached. Filled on first read; each read names the release stamp or
 * revision its caller just read from the database in its own round trip, and an older entry is read
 * again, so a caller never sees cells older than its request. ReleaseEvents drops the entries a release
 * or a group or indicator change names, on every process, and everything when its connection was lost.
 */
@Injectable()
export class PublishedCache implements OnModuleDestroy {
  private readonly programmes = new Map<string, CachedProgramme>();
  private readonly periods = new Map<string, CachedPeriod>();
  private readonly unsubscribe: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: BenchmarkRepository,
    events: ReleaseEvents,
  ) {
    this.unsubscribe = events.subscribe((event) => this.drop(event));
  }

  onModuleDestroy(): void {
    this.unsubscribe();
  }

  /**
   * The programme's groups and indicators at `revision` (or newer). A caller inside a transaction passes its
   * manager, so that a fill does not wait for a second pool connection (the tables read are not under
   * row-level security: the caller's scope changes nothing in what is cached).
   */
  async programme(programmeId: string, revision: string, manager: EntityManager = this.dataSource.manager): Promise<CachedProgramme> {
    const cached = this.programmes.get(programmeId);
    if (cached?.revision === revision) return cached;
    const facts = await this.repository.programmeFacts(manager, programmeId);
    const fresh: CachedProgramme = {
      revision: facts.revision,
      groups: facts.groups.map((entity) => ({ entity, model: PeerGroupModel.from(entity) })),
      indicators: facts.indicators.map((entity) => ({ entity, model: IndicatorModel.from(entity) })),
    };
    remember(this.programmes, programmeId, fresh);
    return fresh;
  }

  /** The period's stored cells at release `stamp` (or newer); `manager` as for `programme`. */
  async period(periodId: string, stamp: string, manager: EntityManager = this.dataSource.manager): Promise<CachedPeriod> {
    const cached = this.periods.get(periodId);
    if (cached?.stamp === stamp) return cached;
    const read = await this.repository.periodCells(manager, periodId);
    const byKey = new Map(read.cells.map((cell) => [`${cell.groupId}/${cell.indicatorId}`, cell]));
    const fresh: CachedPeriod = { stamp: read.stamp, cell: (groupId, indicatorId) => byKey.get(`${groupId}/${indicatorId}`) };
    remember(this.periods, periodId, fresh);
    return fresh;
  }

  private drop(event: ReleaseEvent): void {
    if (event.kind === 'period') this.periods.delete(event.periodId);
    else if (event.kind === 'programme') this.programmes.delete(event.programmeId);
    else {
      this.periods.clear();
      this.programmes.clear();
    }
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
}
