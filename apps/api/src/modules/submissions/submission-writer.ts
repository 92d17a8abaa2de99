import { Injectable } from '@nestjs/common';
import {
  type Actor,
  checkEntry,
  computeIndicatorValue,
  type EntryField,
  type EntryInput,
  type EntryProblem,
  type ProblemCode,
  isEditableStatus,
  isEmptyEntry,
  mayWriteOfficeData,
  periodKindFor,
  periodState,
  type SubmissionStatus,
  isUuid,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { type AuditEntry, writeAuditRows } from '../audit/audit.repository';
import { type ProgrammeIndicator, SubmissionRepository, type SubmissionRow } from './submission.repository';

export type { EntryInput } from '@officebench/domain';

/** One entry of a batch: which office and period it belongs to, and the caller's reference (a row number). */
export interface BatchEntry extends EntryInput {
  officeId: string;
  periodId: string;
  ref: number;
}

export interface BatchProblem {
  ref: number;
  field: EntryField;
  problem: EntryProblem;
}

export interface BatchOptions {
  dryRun: boolean;
  /** For a single submission's save: the version the client started from (null: nothing saved yet). */
  expectedVersion?: number | null;
}

export interface BatchOutcome {
  problems: BatchProblem[];
  /** Values written or cleared. */
  changed: number;
  /** The submissions the batch touched, by `${officeId}/${periodId}`. */
  submissions: Map<string, SubmissionRow>;
}

interface StoredValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  comment: string | null;
}

const targetKey = (officeId: string, periodId: string) => `${officeId}/${periodId}`;

function sameValue(a: StoredValue | null, b: StoredValue | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.numerator === b.numerator && a.denominator === b.denominator && a.comment === b.comment;
}

/**
 * Writes office values: the single path for the form's saves and for spreadsheet imports. Checks
 * everything first (access, period, status, indicator, type and range); writes nothing when anything
 * is wrong or on a dry run; otherwise applies all entries in the caller's transaction with one audit
 * row per changed value, and bumps the version of every submission it changed.
 */
@Injectable()
export class SubmissionWriter {
  constructor(private readonly records: SubmissionRepository) {}

  async applyBatch(
    manager: EntityManager,
    actor: Actor,
    programmeId: string,
    entries: readonly BatchEntry[],
    options: BatchOptions,
  ): Promise<BatchOutcome> {
    const indicators = await this.records.programmeIndicators(manager, programmeId);
    const periods = await this.records.periods(manager, programmeId, [...new Set(entries.map((e) => e.periodId).filter(isUuid))]);
    const problems: BatchProblem[] = [];
    const report = (entry: BatchEntry, field: EntryField, problem: EntryProblem) => problems.push({ ref: entry.ref, field, problem });
    /** Reports a problem of the entry's own field and drops the entry. */
    const refuse = (
      entry: BatchEntry,
      field: 'officeId' | 'periodId' | 'indicatorCode',
      code: ProblemCode,
      params: EntryProblem['params'] = {},
    ) => {
      report(entry, field, { code, indicatorCode: entry.indicatorCode, field, params });
      return false;
    };

    const writable = entries.filter((entry) => {
      if (!isUuid(entry.officeId) || !mayWriteOfficeData(actor, programmeId, entry.officeId))
        return refuse(entry, 'officeId', 'OFFICE_NOT_ALLOWED', { office: entry.officeId });
      if (!periods.has(entry.periodId)) return refuse(entry, 'periodId', 'UNKNOWN_PERIOD', { period: entry.periodId });
      return true;
    });
    const targets = [
      ...new Map(writable.map((e) => [targetKey(e.officeId, e.periodId), { officeId: e.officeId, periodId: e.periodId }])).values(),
    ];
    const submissions = await this.records.lockSubmissions(manager, programmeId, targets, !options.dryRun);
    if (options.expectedVersion !== undefined)
      await this.checkVersion(manager, [...submissions.values()][0] ?? null, options.expectedVersion);

    const reportedTargets = new Set<string>();
    const seen = new Set<string>();
    const checked = writable.filter((entry) => {
      const key = targetKey(entry.officeId, entry.periodId);
      const period = periods.get(entry.periodId)!;
      const status = submissions.get(key)?.status ?? null;
      const state = periodState(period, new Date());
      const blocker: EntryProblem | null =
        state !== 'OPEN'
          ? {
              code: state === 'LOCKED' ? 'PERIOD_LOCKED' : 'PERIOD_NOT_OPEN',
              indicatorCode: null,
              field: 'periodId',
              params: { period: period.label, opensAt: period.opensAt.toISOString().slice(0, 10) },
            }
          : !isEditableStatus(status)
            ? { code: 'NOT_EDITABLE', indicatorCode: null, field: 'periodId', params: { status: status as SubmissionStatus } }
            : null;
      if (blocker) {
        if (!reportedTargets.has(key)) report(entry, 'periodId', blocker);
        reportedTargets.add(key);
        return false;
      }
      const definition = indicators.get(entry.indicatorCode);
      if (!definition) return refuse(entry, 'indicatorCode', 'UNKNOWN_INDICATOR');
      if (periodKindFor(definition.periodicity) !== period.kind)
        return refuse(entry, 'indicatorCode', 'INDICATOR_NOT_IN_PERIOD', { period: period.label });
      const slot = `${key}/${entry.indicatorCode}`;
      if (seen.has(slot)) return refuse(entry, 'indicatorCode', 'DUPLICATE_INDICATOR');
      seen.add(slot);
      const entryProblems = checkEntry(definition, entry);
      for (const problem of entryProblems) report(entry, problem.field ?? 'value', problem);
      return entryProblems.length === 0;
    });

    if (problems.length > 0 || options.dryRun) return { problems, changed: 0, submissions };
    const changed = await this.write(manager, actor, programmeId, checked, indicators, submissions);
    return { problems, changed, submissions };
  }

  private async checkVersion(manager: EntityManager, submission: SubmissionRow | null, expected: number | null): Promise<void> {
    if ((submission?.version ?? null) !== expected) throw await this.records.conflict(manager, submission);
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    programmeId: string,
    entries: readonly BatchEntry[],
    indicators: Map<string, ProgrammeIndicator>,
    submissions: Map<string, SubmissionRow>,
  ): Promise<number> {
    const audit: AuditEntry[] = [];
    const missing = [
      ...new Map(
        entries
          .filter((e) => !isEmptyEntry(e) && !submissions.has(targetKey(e.officeId, e.periodId)))
          .map((e) => [targetKey(e.officeId, e.periodId), e]),
      ).values(),
    ];
    const created = await this.records.createSubmissions(manager, programmeId, missing);
    for (const submission of created) {
      submissions.set(targetKey(submission.officeId, submission.periodId), submission);
      audit.push({
        actorUserId: actor.userId,
        action: 'SUBMISSION_CREATED',
        entity: 'submission',
        entityId: submission.id,
        newValue: { status: 'DRAFT', version: 1 },
        programmeId,
        officeId: submission.officeId,
      });
    }

    const stored = await this.records.storedValues(
      manager,
      [...submissions.values()].map((s) => s.id),
    );
    const upserts: Array<[string, string, StoredValue]> = [];
    const deletions: Array<[string, string]> = [];
    const changedSubmissions = new Set<string>();
    for (const entry of entries) {
      const submission = submissions.get(targetKey(entry.officeId, entry.periodId));
      if (!submission) continue; // clearing a value of a submission that does not exist: nothing to do
      const definition = indicators.get(entry.indicatorCode)!;
      const before = stored.get(`${submission.id}/${definition.id}`) ?? null;
      const after: StoredValue | null = isEmptyEntry(entry)
        ? null
        : {
            value: computeIndicatorValue(definition, entry),
            numerator: entry.numerator ?? null,
            denominator: entry.denominator ?? null,
            comment: entry.comment?.trim() || null,
          };
      if (sameValue(before, after)) continue;
      if (after) upserts.push([submission.id, definition.id, after]);
      else deletions.push([submission.id, definition.id]);
      changedSubmissions.add(submission.id);
      audit.push({
        actorUserId: actor.userId,
        action: after ? 'VALUE_SET' : 'VALUE_CLEARED',
        entity: 'submission_value',
        entityId: `${submission.id}/${definition.code}`,
        oldValue: before,
        newValue: after,
        programmeId,
        officeId: entry.officeId,
      });
    }

    await this.records.upsertValues(manager, upserts);
    await this.records.deleteValues(manager, deletions);
    const createdIds = new Set(created.map((s) => s.id));
    await this.records.bumpVersions(
      manager,
      [...changedSubmissions].filter((id) => !createdIds.has(id)),
      submissions,
    );
    await writeAuditRows(manager, audit);
    return upserts.length + deletions.length;
  }
}
