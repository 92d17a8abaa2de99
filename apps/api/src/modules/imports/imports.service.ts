import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type Actor, coordinatedOffices, type EntryField, type Language, maySeeProgramme, isUuid } from '@officebench/domain';
import { ScopedDatabase } from '../../common/scoped-database';
import { type BatchProblem, SubmissionWriter } from '../submissions/submission-writer';
import { type CellProblem, columnLetters, ImportFailure } from './import-failure';
import { readImportFile } from './import-file';
import { ImportRepository } from './import.repository';
import { IMPORT_LIMITS } from './import-limits';
import { describeCellProblem, describeEntryProblem, type RatioLabels } from './import-messages';
import { notImportable } from './import-periods';
import { type ImportContext, type ResolvedEntry, resolveRows } from './import-rows';
import { ImportTargetsService } from './import-targets.service';
import { COLUMNS, type ColumnKey, interpretSheet } from './import-table';

export interface ImportError {
  row: number;
  /** office, period, indicator, value, numerator, denominator or comment */
  column: string;
  /** The cell (e.g. E12) when the column is in the file. */
  cell?: string;
  /** A stable code: the submission checks' codes (OUT_OF_RANGE, PERIOD_LOCKED, ...) or the import's own (NOT_A_NUMBER, OFFICE_UNKNOWN, ...). */
  code: string;
  message: string;
}

/** An office and period the file's rows are for: the submission a successful import goes on to be reviewed and submitted in. */
export interface ImportTarget {
  officeId: string;
  office: string;
  periodId: string;
  period: string;
}

export interface ImportAnswer {
  applied: boolean;
  dryRun: boolean;
  /** Non-blank rows below the header. */
  rows: number;
  /** Rows carrying a value, numerator, denominator or comment. */
  values: number;
  /** Values written (a value identical to the stored one is not rewritten). */
  changed: number;
  /** The first IMPORT_LIMITS.maxErrorsListed problems, by row and column. */
  errors: ImportError[];
  errorCount: number;
  /** The offices and periods of the rows carrying values, in the order of their first row. */
  targets: ImportTarget[];
}

export interface ImportRequest {
  file: Buffer | null;
  periodId?: string;
  dryRun?: string;
  idempotencyKey?: string;
  language: Language;
}

export interface ImportResult {
  answer: ImportAnswer;
  /** The stored answer of an earlier request with the same Idempotency-Key. */
  replayed: boolean;
  /** Milliseconds per phase, for the Server-Timing header. */
  timings: Record<string, number>;
}

const FIELD_COLUMN: Record<EntryField, ColumnKey> = {
  officeId: 'office',
  periodId: 'period',
  indicatorCode: 'indicator',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
  comment: 'comment',
};

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Thrown inside the import's transaction to roll it back with the problems found. */
class Rejected extends Error {
  constructor(readonly problems: BatchProblem[]) {
    super('import rejected');
  }
}

/** Thrown inside the transaction when the key turned out to be taken meanwhile (by a request that has committed). */
class KeyTaken extends Error {}

@Injectable()
export class ImportsService {
  private readonly logger = new Logger(ImportsService.name);

  constructor(
    private readonly imports: ImportRepository,
    private readonly scoped: ScopedDatabase,
    private readonly writer: SubmissionWriter,
    private readonly targets: ImportTargetsService,
  ) {}

  async import(actor: Actor, request: ImportRequest): Promise<ImportResult> {
    const timings: Record<string, number> = {};
    const time = async <T>(phase: string, work: () => T | Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        timings[phase] = (timings[phase] ?? 0) + performance.now() - started;
      }
    };

    const dryRun = parseFlag(request.dryRun);
    const key = dryRun ? null : (request.idempotencyKey ?? null);
    if (key !== null && !KEY_PATTERN.test(key)) throw new ImportFailure(400, 'BAD_IDEMPOTENCY_KEY');
    if (!request.file) throw new ImportFailure(400, 'NO_FILE');
    const file = request.file;
    const context = await this.context(actor, request.periodId);
    const labels = await this.ratioLabels(context.programmeId, request.language);

    const requestHash = createHash('sha256')
      .update(`${context.chosenPeriod?.id ?? ''}\n`)
      .update(file)
      .digest();
    if (key !== null) {
      const stored = await this.storedAnswer(actor.userId, key, requestHash);
      if (stored) return { answer: stored, replayed: true, timings };
    }

    const table = await time('parse', () => interpretSheet(readImportFile(file, IMPORT_LIMITS), IMPORT_LIMITS));
    const resolved = await time('resolve', () => resolveRows(table, context));
    const { entries } = resolved;
    const problems = [...table.problems, ...resolved.problems];
    const answer = (applied: boolean, changed: number, batchProblems: BatchProblem[]): ImportAnswer => {
      const errors = this.describe(problems, batchProblems, table.columns, context, entries, labels, request.language);
      return {
        applied,
        dryRun,
        rows: table.dataRows,
        values: table.rows.length,
        changed,
        errors: errors.slice(0, IMPORT_LIMITS.maxErrorsListed),
        errorCount: errors.length,
        targets: targetsOf(entries, context),
      };
    };

    if (dryRun || problems.length > 0) {
      const outcome = await time('check', () =>
        this.scoped.run(actor, (manager) => this.writer.applyBatch(manager, actor, context.programmeId, entries, { dryRun: true })),
      );
      return { answer: answer(false, 0, outcome.problems), replayed: false, timings };
    }

    try {
      const result = await time('write', () =>
        this.scoped.run(actor, async (manager) => {
          if (key !== null && !(await this.imports.claimKey(manager, actor.userId, key, requestHash))) throw new KeyTaken();
          this.logger.log(`import by user ${actor.userId}: applying ${entries.length} values in programme ${context.programmeId}`);
          const outcome = await this.writer.applyBatch(manager, actor, context.programmeId, entries, { dryRun: false });
          if (outcome.problems.length > 0) throw new Rejected(outcome.problems);
          const applied = answer(true, outcome.changed, []);
          if (key !== null) await this.imports.storeAnswer(manager, actor.userId, key, applied);
          return applied;
        }),
      );
      return { answer: result, replayed: false, timings };
    } catch (error) {
      if (error instanceof Rejected) return { answer: answer(false, 0, error.problems), replayed: false, timings };
      if (error instanceof KeyTaken && key !== null) {
        const stored = await this.storedAnswer(actor.userId, key, requestHash);
        if (stored) return { answer: stored, replayed: true, timings };
      }
      throw error;
    }
  }

  /** The programme the import is for, from the chosen period or else from the caller's only programme as a coordinator. */
  private async context(actor: Actor, periodId: string | undefined): Promise<ImportContext> {
    let programmeId: string;
    let chosenPeriod: { id: string; label: string } | null = null;
    if (periodId !== undefined && periodId !== '') {
      if (!isUuid(periodId)) throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'periodId', expected: 'uuid' });
      const period = await this.imports.period(periodId);
      if (!period) throw new ImportFailure(404, 'PERIOD_NOT_FOUND');
      if (!maySeeProgramme(actor, period.programme_id)) throw new ImportFailure(403, 'MAY_NOT_SEE_PROGRAMME');
      programmeId = period.programme_id;
      chosenPeriod = { id: period.id, label: period.label };
      // A period none of the caller's offices can take values in is refused whole, before the file is read.
      const own = await this.targets.ownOffices(actor, programmeId);
      if (own.length === 0) throw new ImportFailure(403, 'NOT_A_COORDINATOR');
      const standing = (await this.targets.standings(actor, own, [period])).get(period.id)!;
      const refusal = notImportable({ label: period.label, opensAt: period.opens_at }, standing);
      if (refusal) throw refusal;
    } else {
      const programmes = [...new Set(coordinatedOffices(actor).map((o) => o.programmeId))];
      if (programmes.length === 0) throw new ImportFailure(403, 'NOT_A_COORDINATOR');
      if (programmes.length > 1) throw new ImportFailure(400, 'PROGRAMME_UNKNOWN');
      programmeId = programmes[0];
    }
    const coordinated = coordinatedOffices(actor)
      .filter((o) => o.programmeId === programmeId)
      .map((o) => o.officeId);
    if (coordinated.length === 0) throw new ImportFailure(403, 'NOT_A_COORDINATOR');
    const offices = await this.imports.programmeOffices(programmeId);
    const periods = await this.imports.programmePeriods(programmeId);
    return { programmeId, offices, periods, chosenPeriod, coordinated };
  }

  /** The answer stored under this key; a 409 when the key was used for another file. */
  private async storedAnswer(userId: string, key: string, requestHash: Buffer): Promise<ImportAnswer | null> {
    const stored = await this.imports.storedAnswer<ImportAnswer>(userId, key);
    if (!stored) return null;
    if (!stored.request_hash.equals(requestHash)) throw new ImportFailure(409, 'IDEMPOTENCY_CONFLICT');
    return stored.answer;
  }

  /** What each ratio indicator's numerator and denominator count, in the answer's language, by indicator code. */
  private async ratioLabels(programmeId: string, language: Language): Promise<Map<string, RatioLabels>> {
    const labels = new Map<string, RatioLabels>();
    for (const indicator of await this.imports.templateIndicators(programmeId)) {
      const numerator = language === 'en' ? indicator.numeratorLabelEn : indicator.numeratorLabelPl;
      const denominator = language === 'en' ? indicator.denominatorLabelEn : indicator.denominatorLabelPl;
      if (indicator.inputKind === 'RATIO' && numerator && denominator) labels.set(indicator.code, { numerator, denominator });
    }
    return labels;
  }

  private describe(
    cellProblems: CellProblem[],
    batchProblems: BatchProblem[],
    columns: Partial<Record<ColumnKey, number>>,
    context: ImportContext,
    entries: readonly ResolvedEntry[],
    labels: ReadonlyMap<string, RatioLabels>,
    language: Language,
  ): ImportError[] {
    const officeNames = new Map(context.offices.map((o) => [o.id, o.name]));
    const periodLabels = new Map(context.periods.map((p) => [p.id, p.label]));
    const entryByRow = new Map(entries.map((entry) => [entry.ref, entry]));
    const errors: ImportError[] = cellProblems.map((p) => ({
      row: p.row,
      column: p.column,
      ...(p.cell ? { cell: p.cell } : {}),
      code: p.code,
      message: describeCellProblem(p.code, p.params ?? {}, language),
    }));
    for (const { ref, field, problem } of batchProblems) {
      const column = FIELD_COLUMN[field] ?? 'value';
      const index = columns[column];
      const params =
        problem.code === 'OFFICE_NOT_ALLOWED'
          ? { ...problem.params, office: officeNames.get(String(problem.params.office)) ?? problem.params.office }
          : problem.params;
      errors.push({
        row: ref,
        column,
        ...(index === undefined ? {} : { cell: `${columnLetters(index)}${ref}` }),
        code: problem.code,
        message: describeEntryProblem(
          { ...problem, params },
          {
            office: officeNames.get(entryByRow.get(ref)?.officeId ?? ''),
            period: periodLabels.get(entryByRow.get(ref)?.periodId ?? ''),
            labels: problem.indicatorCode ? labels.get(problem.indicatorCode) : null,
          },
          language,
        ),
      });
    }
    const order = (column: string) => COLUMNS.indexOf(column as ColumnKey);
    return errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  }
}

/** The distinct offices and periods of the entries, in the order of their first row. */
function targetsOf(entries: readonly ResolvedEntry[], context: ImportContext): ImportTarget[] {
  const officeNames = new Map(context.offices.map((o) => [o.id, o.name]));
  const periodLabels = new Map(context.periods.map((p) => [p.id, p.label]));
  const targets = new Map<string, ImportTarget>();
  for (const { officeId, periodId } of entries) {
    const key = `${officeId}/${periodId}`;
    if (!targets.has(key))
      targets.set(key, {
        officeId,
        office: officeNames.get(officeId) ?? officeId,
        periodId,
        period: periodLabels.get(periodId) ?? periodId,
      });
  }
  return [...targets.values()];
}

/** ?dryRun=true|false (also 1|0); absent means a real run. */
function parseFlag(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new ImportFailure(400, 'BAD_PARAMETER', { name: 'dryRun', expected: 'true | false' });
}
