import { Injectable } from '@nestjs/common';
import { type Actor, isUuid, mayReadOfficeData, periodKindFor } from '@officebench/domain';
import { forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { PeriodModel } from '../periods/models/period.model';
import type { IndicatorHistoryPointModel } from './models/indicator-history.model';
import { SubmissionRepository } from './submission.repository';

/** How many earlier periods an indicator's history shows (the plausibility rule and the scorecard's trend look as far back). */
export const HISTORY_PERIODS = 8;

/** An office's own history of one indicator, for its form: what it entered in earlier periods of the same kind. */
@Injectable()
export class IndicatorHistoryService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly scoped: ScopedDatabase,
  ) {}

  /**
   * The up to HISTORY_PERIODS periods of the programme of `periodId`'s kind that start before it, newest
   * first, each with the office's status and entry there (nulls where it saved nothing). The office's
   * coordinators and the programme's leads only, as for the form; the entries are read under row-level
   * security.
   */
  async history(actor: Actor, officeId: string, periodId: string, indicatorCode: string): Promise<IndicatorHistoryPointModel[]> {
    if (!isUuid(officeId) || !isUuid(periodId)) throw notFound('Period or office');
    const period = await this.submissions.periodById(periodId);
    if (!period) throw notFound('Period');
    if (!mayReadOfficeData(actor, period.programmeId, officeId)) throw forbidden();
    if (!(await this.submissions.membershipWithOffice(period.programmeId, officeId))) throw notFound('Office');
    const line = (await this.submissions.programmeIndicatorDefinitions(period.programmeId)).find(
      ({ indicator }) => indicator?.code === indicatorCode && periodKindFor(indicator.periodicity) === period.kind,
    );
    if (!line?.indicator) throw notFound('Indicator');
    const indicatorId = line.indicator.id;
    const earlier = (await this.submissions.periodsOfKind(period.programmeId, period.kind))
      .filter(({ startsOn }) => startsOn < period.startsOn)
      .slice(-HISTORY_PERIODS)
      .reverse();
    const entries = await this.scoped.run(actor, (manager) =>
      this.submissions.ownEntries(
        manager,
        officeId,
        indicatorId,
        earlier.map(({ id }) => id),
      ),
    );
    const byPeriod = new Map(entries.map((entry) => [entry.periodId, entry]));
    return earlier.map((earlierPeriod) => {
      const entry = byPeriod.get(earlierPeriod.id);
      return {
        period: PeriodModel.from(earlierPeriod),
        status: entry?.status ?? null,
        value: entry?.value ?? null,
        numerator: entry?.numerator ?? null,
        denominator: entry?.denominator ?? null,
      };
    });
  }
}
