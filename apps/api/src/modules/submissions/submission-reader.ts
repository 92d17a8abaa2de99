import { Injectable } from '@nestjs/common';
import { type Fence, type PlausibilityWarning, plausibilityWarnings, type SubmissionStatus } from '@officebench/domain';
import { type EntityManager, In } from 'typeorm';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { SubmissionValueEntity } from './entities/submission-value.entity';
import { SubmissionEntity } from './entities/submission.entity';
import { IndicatorValueModel, SubmissionModel } from './models/submission.model';

export interface HistoryPoint {
  periodLabel: string;
  value: number;
}

/** What the plausibility rule compares a value with. */
export interface PlausibilityContext {
  /** The office's handed-in values of earlier periods of the same kind, oldest first, by indicator id. */
  history: Map<string, HistoryPoint[]>;
  /** The programme's fences by indicator id (bounds only; see migration 1764000000000). */
  fences: Map<string, Fence>;
}

/**
 * The read model of a submission: its values with their plausibility warnings. Runs in the caller's
 * scoped transaction, so it sees only what the caller may see.
 */
@Injectable()
export class SubmissionReader {
  async find(manager: EntityManager, officeId: string, periodId: string, context?: PlausibilityContext): Promise<SubmissionModel | null> {
    const submission = await manager.findOneBy(SubmissionEntity, { officeId, periodId });
    return submission && this.load(manager, submission, context);
  }

  async findById(manager: EntityManager, id: string): Promise<SubmissionModel | null> {
    const submission = await manager.findOneBy(SubmissionEntity, { id });
    return submission && this.load(manager, submission);
  }

  /**
   * The submission with its values. Their plausibility warnings are computed here when `context` is
   * given, otherwise only if a client asks for them (see IndicatorValueResolver).
   */
  async load(manager: EntityManager, submission: SubmissionEntity, context?: PlausibilityContext): Promise<SubmissionModel> {
    const values = await manager.findBy(SubmissionValueEntity, { submissionId: submission.id });
    const indicators = await manager.findBy(IndicatorEntity, { id: In(values.map((v) => v.indicatorId)) });
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    const { id, status, version, returnReason, updatedAt, submittedAt, approvedAt, officeId, periodId, programmeId } = submission;
    const owner = { programmeId, officeId, periodId };
    return Object.assign(new SubmissionModel(), {
      id, status: status as SubmissionStatus, version, returnReason, updatedAt, submittedAt, approvedAt, officeId, periodId, programmeId,
      values: values
        .map((stored) => {
          const indicator = byId.get(stored.indicatorId) as IndicatorEntity;
          const { value, numerator, denominator, comment } = stored;
          const model = Object.assign(new IndicatorValueModel(), { indicator: IndicatorModel.from(indicator), value, numerator, denominator, comment, owner, indicatorId: indicator.id });
          if (context) model.plausibility = warningsFor(model, context);
          return model;
        })
        .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code)),
    });
  }

  /** The office's own history and the programme's fences for one period. */
  async plausibilityContext(manager: EntityManager, programmeId: string, officeId: string, periodId: string): Promise<PlausibilityContext> {
    const rows: Array<{ indicatorId: string; periodLabel: string; value: number }> = await manager.query(
      `SELECT v.indicator_id AS "indicatorId", earlier.label AS "periodLabel", v.value::float8 AS value
         FROM period current
         JOIN period earlier ON earlier.programme_id = current.programme_id AND earlier.kind = current.kind AND earlier.ends_on < current.starts_on
         JOIN submission s ON s.period_id = earlier.id AND s.office_id = $2 AND s.status IN ('SUBMITTED', 'APPROVED')
         JOIN submission_value v ON v.submission_id = s.id AND v.value IS NOT NULL
        WHERE current.id = $3 AND current.programme_id = $1
        ORDER BY earlier.starts_on`,
      [programmeId, officeId, periodId],
    );
    const history = new Map<string, HistoryPoint[]>();
    for (const row of rows) history.set(row.indicatorId, [...(history.get(row.indicatorId) ?? []), { periodLabel: row.periodLabel, value: row.value }]);
    const fenceRows: Array<{ indicator_id: string; low: number; high: number }> = await manager.query('SELECT indicator_id, low, high FROM plausibility_fences($1, $2)', [programmeId, periodId]);
    return { history, fences: new Map(fenceRows.map((r) => [r.indicator_id, { low: r.low, high: r.high }])) };
  }
}

/** The plausibility warnings of one stored value against its context. */
export function warningsFor(value: IndicatorValueModel, context: PlausibilityContext): PlausibilityWarning[] {
  if (value.value === null) return [];
  const history = (context.history.get(value.indicatorId) ?? []).map((point) => point.value);
  return plausibilityWarnings(value.value, history, context.fences.get(value.indicatorId) ?? null, value.indicator);
}
