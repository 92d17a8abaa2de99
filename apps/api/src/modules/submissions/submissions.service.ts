import { Injectable } from '@nestjs/common';
import {
  type Actor,
  describeProblem,
  formOrder,
  isEditableStatus,
  type Language,
  mayReadOfficeData,
  mayWriteOfficeData,
  periodKindFor,
  isUuid,
} from '@officebench/domain';
import { AppError, forbidden, notFound } from '../../common/errors';
import { ScopedDatabase } from '../../common/scoped-database';
import { IndicatorModel } from '../indicators/models/indicator.model';
import { OfficeModel } from '../offices/models/office.model';
import type { PeriodEntity } from '../periods/entities/period.entity';
import { PeriodModel } from '../periods/models/period.model';
import type { SaveValuesInput } from './dto/save-values.input';
import { type FormLineModel, type SubmissionFormModel, SubmissionModel } from './models/submission.model';
import { SubmissionReader } from './submission-reader';
import { type BatchProblem, SubmissionWriter } from './submission-writer';
import { SubmissionRepository } from './submission.repository';

/** BAD_USER_INPUT listing every problem, each explained in the request's language. */
export function problemsError(problems: ReadonlyArray<Pick<BatchProblem, 'problem'>>, language: Language): AppError {
  const described = problems.map(({ problem }) => ({ ...problem, message: describeProblem(problem, language) }));
  return new AppError('BAD_USER_INPUT', described.map((p) => p.message).join(' '), { problems: described });
}

/** The office's submission: reading it, the form around it, and saving values. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly scoped: ScopedDatabase,
    private readonly reader: SubmissionReader,
    private readonly writer: SubmissionWriter,
  ) {}

  /** The period, once the actor may read this office's data in its programme. */
  private async readablePeriod(actor: Actor, officeId: string, periodId: string): Promise<PeriodEntity> {
    if (!isUuid(officeId) || !isUuid(periodId)) throw notFound('Period or office');
    const period = await this.submissions.periodById(periodId);
    if (!period) throw notFound('Period');
    if (!mayReadOfficeData(actor, period.programmeId, officeId)) throw forbidden();
    return period;
  }

  /** An office's submission for a period, with its values: the office's coordinators and the programme's leads only. */
  async find(actor: Actor, officeId: string, periodId: string): Promise<SubmissionModel | null> {
    await this.readablePeriod(actor, officeId, periodId);
    return this.scoped.run(actor, (manager) => this.reader.find(manager, officeId, periodId));
  }

  async form(actor: Actor, officeId: string, periodId: string): Promise<SubmissionFormModel> {
    const period = await this.readablePeriod(actor, officeId, periodId);
    // The lead may read any office's form in the programme, but only an office that is in it.
    const membership = await this.submissions.membershipWithOffice(period.programmeId, officeId);
    if (!membership?.office) throw notFound('Office');
    const { office } = membership;
    const programmeIndicators = await this.submissions.programmeIndicatorDefinitions(period.programmeId);
    return this.scoped.run(actor, async (manager) => {
      const context = await this.reader.plausibilityContext(manager, period.programmeId, officeId, periodId);
      const submission = await this.reader.find(manager, officeId, periodId, context);
      const periodModel = PeriodModel.from(period);
      const lines: FormLineModel[] = formOrder(
        programmeIndicators
          .filter(({ indicator }) => periodKindFor(indicator!.periodicity) === period.kind)
          .sort((a, b) => a.position - b.position),
        ({ indicator }) => indicator!.cafCriterion,
      ).map(({ indicator, mandatory }) => {
        const previous = context.history.get(indicator!.id)?.at(-1) ?? null;
        return {
          indicator: IndicatorModel.from(indicator!),
          mandatory,
          previousValue: previous?.value ?? null,
          previousPeriodLabel: previous?.periodLabel ?? null,
        };
      });
      const editable =
        mayWriteOfficeData(actor, period.programmeId, officeId) &&
        periodModel.state === 'OPEN' &&
        isEditableStatus(submission?.status ?? null);
      return { office: OfficeModel.from(office), period: periodModel, lines, submission, editable };
    });
  }

  /** Saves some or all values of a draft; refused whole when any entry is wrong or the version is stale. */
  async save(actor: Actor, input: SaveValuesInput, language: Language): Promise<SubmissionModel> {
    const period = await this.submissions.periodById(input.periodId);
    if (!period) throw notFound('Period');
    if (!mayWriteOfficeData(actor, period.programmeId, input.officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const entries = input.values.map((value, index) => ({ ...value, officeId: input.officeId, periodId: input.periodId, ref: index }));
      const outcome = await this.writer.applyBatch(manager, actor, period.programmeId, entries, {
        dryRun: false,
        expectedVersion: input.expectedVersion ?? null,
      });
      if (outcome.problems.length > 0) throw problemsError(outcome.problems, language);
      const saved = await this.reader.find(manager, input.officeId, input.periodId);
      if (!saved) throw problemsError([{ problem: { code: 'NOTHING_TO_SAVE', indicatorCode: null, field: null, params: {} } }], language);
      return saved;
    });
  }
}
