import { Injectable } from '@nestjs/common';
import {
  type CellChange,
  type ContributorAtom,
  periodKindFor,
  primarySuppression,
  publishedStatistics,
  releaseBlockers,
  selectPublishable,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { type AggregateRow, type ReleaseIndicatorRow, ReleasesRepository, type StoredCell } from './releases.repository';

/**
 * A period's release: the approved values are snapshotted, every cell (indicator x peer group) is
 * computed in SQL from the snapshot, the disclosure rules decide what each cell may show, and the
 * cells are stored. Offices only ever read stored cells.
 */

export interface ReleaseOutcome {
  released: boolean;
  /** Why a re-release was refused: published cells whose contributors changed by too few offices. */
  blockers: CellChange[];
  cells: number;
  /** The cells the release stored (or, previewed, would store); empty when refused. */
  decisions: StoredCell[];
  /** The programme's k. */
  threshold: number;
  programmeId: string;
  /** Whether the period had been released before. */
  again: boolean;
}

/**
 * The audit once per distinct question: indicators that every office reports share their
 * contributors, so a national release asks the same question for most of them.
 */
function memoised(select: typeof selectPublishable): typeof selectPublishable {
  const answers = new Map<string, string[]>();
  return (candidates, atoms, k, fixed = []) => {
    const key = JSON.stringify([candidates, atoms, k, fixed]);
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = select(candidates, atoms, k, fixed)));
    return answer;
  };
}

/** How a cell of a release is named in the audit. */
const cellKey = (release: number, groupId: string) => `${release}/${groupId}`;

/** The cells of one indicator, from its aggregates, under every rule. */
function decideCells(
  indicator: ReleaseIndicatorRow,
  groupIds: readonly string[],
  rows: ReadonlyMap<string, AggregateRow>,
  audit: { release: number; atoms: readonly ContributorAtom[]; earlier: readonly string[]; select: typeof selectPublishable },
  k: number,
): StoredCell[] {
  const primary = new Map(
    groupIds.map((g) => {
      const row = rows.get(g);
      return [g, row ? primarySuppression(row, indicator, k) : 'TOO_FEW_OFFICES'] as const;
    }),
  );
  const candidates = groupIds
    .filter((g) => primary.get(g) === null)
    .map((g) => ({ groupId: cellKey(audit.release, g), contributors: (rows.get(g) as AggregateRow).contributors }));
  const published = new Set(audit.select(candidates, audit.atoms, k, audit.earlier));
  return groupIds.map((groupId) => {
    const row = rows.get(groupId);
    const empty = { indicatorId: indicator.id, groupId, band: null, mean: null, pooledRate: null, median: null, p25: null, p75: null };
    if (!row || !published.has(cellKey(audit.release, groupId))) return { ...empty, reason: primary.get(groupId) ?? 'NESTED_GROUP' };
    const stats = publishedStatistics(row, indicator, k);
    return {
      indicatorId: indicator.id,
      groupId,
      reason: null,
      band: stats.contributorsBand,
      mean: stats.mean,
      pooledRate: stats.pooledRate,
      median: stats.median,
      p25: stats.p25,
      p75: stats.p75,
    };
  });
}

/** Computes and stores a period's cells: the release itself, for the lead's release and the automatic one alike. */
@Injectable()
export class ReleaseComputationService {
  constructor(private readonly repository: ReleasesRepository) {}

  /** Contributor classes per indicator over every release of the period (see ReleasesRepository.contributorClasses). */
  private async contributorAtoms(
    manager: EntityManager,
    periodId: string,
    programmeId: string,
    release: number,
  ): Promise<Map<string, ContributorAtom[]>> {
    const atoms = new Map<string, ContributorAtom[]>();
    for (const row of await this.repository.contributorClasses(manager, periodId, programmeId, release)) {
      atoms.set(row.indicatorId, [...(atoms.get(row.indicatorId) ?? []), { groups: row.groups, size: row.size }]);
    }
    return atoms;
  }

  /** The cells earlier releases published, per indicator, named as in the audit. */
  private async earlierPublished(manager: EntityManager, periodId: string): Promise<Map<string, string[]>> {
    const cells = new Map<string, string[]>();
    for (const row of await this.repository.publishedCells(manager, periodId)) {
      cells.set(row.indicatorId, [...(cells.get(row.indicatorId) ?? []), cellKey(row.release, row.groupId)]);
    }
    return cells;
  }

  /**
   * Releases the period (or releases it again), inside the caller's transaction, which must run in a
   * scope that sees the programme's submissions (its lead's). A re-release is refused, changing
   * nothing, while a cell that showed figures in an earlier release and would show them again changed
   * by 1 to k offices since the last one (releaseBlockers).
   */
  releasePeriodCells(manager: EntityManager, periodId: string): Promise<ReleaseOutcome | null> {
    return this.repository.withinSavepoint(
      manager,
      () => this.attempt(manager, periodId),
      (outcome) => outcome?.released === true,
    );
  }

  /** What releasePeriodCells would do now, computed by it and rolled back: the lead's preview. */
  previewPeriodCells(manager: EntityManager, periodId: string): Promise<ReleaseOutcome | null> {
    return this.repository.withinSavepoint(
      manager,
      () => this.attempt(manager, periodId),
      () => false,
    );
  }

  /** The release itself; its caller rolls it back when it is refused or only previewed. */
  private async attempt(manager: EntityManager, periodId: string): Promise<ReleaseOutcome | null> {
    const period = await this.repository.lockPeriod(manager, periodId);
    if (!period) return null;
    const release = period.releases + 1;
    await this.repository.allowLargeSorts(manager);
    await this.repository.snapshot(manager, periodId, release);
    const indicators = (await this.repository.indicators(manager, period.programmeId)).filter(
      (i) => periodKindFor(i.periodicity) === period.kind,
    );
    const groupIds = await this.repository.groupIds(manager, period.programmeId);
    const byCell = new Map<string, Map<string, AggregateRow>>();
    for (const row of await this.repository.aggregates(manager, periodId, release)) {
      byCell.set(row.indicatorId, (byCell.get(row.indicatorId) ?? new Map()).set(row.groupId, row));
    }
    const atoms = await this.contributorAtoms(manager, periodId, period.programmeId, release);
    const select = memoised(selectPublishable);
    const decide = (earlier: ReadonlyMap<string, string[]>) =>
      indicators.flatMap((indicator) =>
        decideCells(
          indicator,
          groupIds,
          byCell.get(indicator.id) ?? new Map(),
          { release, atoms: atoms.get(indicator.id) ?? [], earlier: earlier.get(indicator.id) ?? [], select },
          period.k,
        ),
      );
    const outcome = { threshold: period.k, programmeId: period.programmeId, again: period.releases > 0 };
    // The release judged on its own: what each cell would show, were there no earlier release.
    const alone = decide(new Map());
    if (period.releases > 0) {
      const shown = (cells: Iterable<{ indicatorId: string; groupId: string }>) =>
        new Set([...cells].map((c) => `${c.indicatorId}/${c.groupId}`));
      const shownBefore = shown(await this.repository.publishedCells(manager, periodId));
      const shownNow = shown(alone.filter((c) => c.reason === null));
      const changes = await this.repository.changesBetweenReleases(manager, periodId, period.programmeId, release);
      const blockers = releaseBlockers(
        changes.map((c) => {
          const key = `${c.indicatorId}/${c.groupId}`;
          return { ...c, shownBefore: shownBefore.has(key), shownNow: shownNow.has(key) };
        }),
        period.k,
      );
      if (blockers.length > 0) return { ...outcome, released: false, blockers, cells: 0, decisions: [] };
    }
    // Audited together with every earlier release's published cells (none at a first release).
    const earlier = await this.earlierPublished(manager, periodId);
    const cells = earlier.size === 0 ? alone : decide(earlier);
    await this.repository.storeCells(manager, periodId, period.programmeId, release, cells);
    if (period.kind === 'CAF_CYCLE') await this.repository.storeCriterionCells(manager, periodId, period.programmeId, release);
    if (period.kind === 'YEAR') await this.repository.storeSurveyCells(manager, periodId, period.programmeId, release);
    await this.repository.markReleased(manager, periodId, release);
    return { ...outcome, released: true, blockers: [], cells: cells.length, decisions: cells };
  }
}
