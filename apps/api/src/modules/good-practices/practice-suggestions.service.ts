import { Injectable } from '@nestjs/common';
import { type Actor, lagsPeers, programmesOfActor, rankSuggestions } from '@officebench/domain';
import { ScopedDatabase } from '../../common/scoped-database';
import { BenchmarkService } from '../benchmark/benchmark.service';
import { GoodPracticesService } from './good-practices.service';
import type { PracticeSuggestionModel } from './models/good-practice.models';
import { PracticeRepository } from './practice.repository';

/** Practices suggested per indicator where the office lags: at most this many each. */
export const SUGGESTIONS_PER_INDICATOR = 3;

/**
 * "Learn from peers": for each indicator where the office's own value is worse than the released
 * peer median (or mean), published practices of other offices linked to that indicator. Offices that
 * opted in and improved on the indicator come first; nothing else about any office's numbers is used.
 */
@Injectable()
export class PracticeSuggestionsService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly benchmarks: BenchmarkService,
    private readonly practices: GoodPracticesService,
    private readonly repository: PracticeRepository,
  ) {}

  async suggestions(
    actor: Actor,
    programmeId: string,
    periodId: string,
    officeId: string,
    peerGroupId: string | null,
  ): Promise<PracticeSuggestionModel[]> {
    const cells = await this.benchmarks.benchmark(actor, programmeId, periodId, officeId, peerGroupId);
    const lagging = cells.filter(
      (cell) =>
        (peerGroupId !== null || cell.peerGroup.basis === 'ALL') && lagsPeers(cell.indicator.direction, cell.own, cell.median ?? cell.mean),
    );
    if (lagging.length === 0) return [];
    return this.scoped.run(actor, async (manager) =>
      Promise.all(
        lagging.map(async ({ indicator }) => {
          const rows = await this.repository.publishedPracticesFor(manager, programmesOfActor(actor), indicator.code, officeId);
          const improved = await this.repository.officesImproved(manager, indicator.code, [...new Set(rows.map((row) => row.officeId))]);
          const ranked = rankSuggestions(
            rows.map((row) => ({ practiceId: row.id, officeId: row.officeId, publishedAt: row.publishedAt as Date })),
            improved,
            SUGGESTIONS_PER_INDICATOR,
          );
          const byId = new Map(rows.map((row) => [row.id, row]));
          const models = await this.practices.toModels(
            manager,
            actor,
            ranked.map((entry) => byId.get(entry.practiceId) as (typeof rows)[number]),
          );
          return {
            indicator,
            practices: ranked.map((entry, index) => ({ practice: models[index], officeImproved: entry.officeImproved })),
          };
        }),
      ),
    );
  }
}
