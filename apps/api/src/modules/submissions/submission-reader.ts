import { Injectable } from '@nestjs/common';
import { type Fence, type PlausibilityWarning, plausibilityWarnings, type SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { SubmissionEntity } from './entities/submission.entity';
import { IndicatorValueModel, SubmissionModel } from './models/submission.model';
import { SubmissionRepository } from './submission.repository';

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
  constructor(private readonly submissions: SubmissionRepository) {}

  async find(manager: EntityManager, officeId: string, periodId: string, context?: PlausibilityContext): Promise<SubmissionModel | null> {
    const submission = await this.submissions.findSubmission(manager, { officeId, periodId });
    return submission && this.load(manager, submission, context);
  }

  async findById(manager: EntityManager, id: string): Promise<SubmissionModel | null> {
    const submission = await this.submissions.findSubmission(manager, { id });
    return submission && this.load(manager, submission);
  }

  /**
   * The submission with its values. Their plausibility warnings are computed here when `context` is
   * given, otherwise only if a client asks for them (see IndicatorValueResolver).
   */
  async load(manager: EntityManager, submission: SubmissionEntity, context?: PlausibilityContext): Promise<SubmissionModel> {
    const [model] = await this.loadMany(manager, [submission], context && (() => context));
    return model;
  }

  /** `load` for many submissions in a fixed number of statements; `contextOf` gives each one's plausibility context. */
  async loadMany(
    manager: EntityManager,
    submissions: readonly SubmissionEntity[],
    contextOf?: (submission: SubmissionEntity) => PlausibilityContext,
  ): Promise<SubmissionModel[]> {
    if (submissions.length === 0) return [];
    const values = await this.submissions.valuesOf(
      manager,
      submissions.map((s) => s.id),
    );
    const indicators = await this.submissions.indicatorsByIds(manager, [...new Set(values.map((v) => v.indicatorId))]);
    const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
    return submissions.map((submission) => {
      const { id, status, version, returnReason, updatedAt, submittedAt, approvedAt, officeId, periodId, programmeId } = submission;
      const owner = { programmeId, officeId, periodId };
      const context = contextOf?.(submission);
      return Object.assign(new SubmissionModel(), {
        id,
        status: status as SubmissionStatus,
        version,
        returnReason,
        updatedAt,
        submittedAt,
        approvedAt,
        officeId,
        periodId,
        programmeId,
        values: values
          .filter((stored) => stored.submissionId === id)
          .map((stored) => {
            const indicator = byId.get(stored.indicatorId) as IndicatorEntity;
            const { value, numerator, denominator, comment } = stored;
            const model = Object.assign(new IndicatorValueModel(), {
              indicator: IndicatorModel.from(indicator),
              value,
              numerator,
              denominator,
              comment,
              owner,
              indicatorId: indicator.id,
            });
            if (context) model.plausibility = warningsFor(model, context);
            return model;
          })
          .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code)),
      });
    });
  }

  /** The office's own history and the programme's fences for one period. */
  async plausibilityContext(manager: EntityManager, programmeId: string, officeId: string, periodId: string): Promise<PlausibilityContext> {
    const contexts = await this.plausibilityContexts(manager, programmeId, [{ officeId, periodId }]);
    return contexts(officeId, periodId);
  }

  /** The plausibility contexts of many (office, period) pairs of a programme: one history statement, one fences call per period. */
  async plausibilityContexts(
    manager: EntityManager,
    programmeId: string,
    pairs: ReadonlyArray<{ officeId: string; periodId: string }>,
  ): Promise<(officeId: string, periodId: string) => PlausibilityContext> {
    const histories = new Map<string, Map<string, HistoryPoint[]>>();
    for (const row of await this.submissions.history(manager, programmeId, pairs)) {
      const key = `${row.officeId}/${row.periodId}`;
      const history = histories.get(key) ?? new Map<string, HistoryPoint[]>();
      histories.set(key, history);
      history.set(row.indicatorId, [...(history.get(row.indicatorId) ?? []), { periodLabel: row.periodLabel, value: row.value }]);
    }
    const fences = new Map<string, Map<string, Fence>>();
    for (const periodId of new Set(pairs.map((pair) => pair.periodId))) {
      const fenceRows = await this.submissions.fences(manager, programmeId, periodId);
      fences.set(periodId, new Map(fenceRows.map((r) => [r.indicator_id, { low: r.low, high: r.high }])));
    }
    return (officeId, periodId) => ({
      history: histories.get(`${officeId}/${periodId}`) ?? new Map(),
      fences: fences.get(periodId) ?? new Map(),
    });
  }
}

/** The plausibility warnings of one stored value against its context. */
export function warningsFor(value: IndicatorValueModel, context: PlausibilityContext): PlausibilityWarning[] {
  if (value.value === null) return [];
  const history = (context.history.get(value.indicatorId) ?? []).map((point) => point.value);
  return plausibilityWarnings(value.value, history, context.fences.get(value.indicatorId) ?? null, value.indicator);
}
