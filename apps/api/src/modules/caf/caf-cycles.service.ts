import { Injectable } from '@nestjs/common';
import {
  type Actor,
  actionsDoneOnTime,
  assessedOffices,
  CAF_SUB_CRITERIA,
  type CafCycleBlocker,
  cafProgress,
  cafScores,
  closeBlockers,
  consensusBlockers,
  coordinatesOffice,
  discussionOrder,
  isCafScore,
  isUuid,
  type Language,
  leadsProgramme,
  periodState,
  scoreSpread,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import { PeriodModel } from '../periods/models/period.model';
import { SubmissionRepository } from '../submissions/submission.repository';
import { SubmissionReviewService } from '../submissions/submission-review.service';
import { SubmissionWriter } from '../submissions/submission-writer';
import { problemsError } from '../submissions/submissions.service';
import { type ActionRow, type ActionWrite, CafRepository, type CycleRow, type ScoreRow, type ScoreWrite } from './caf.repository';
import {
  type CafActionInput,
  type CafActionModel,
  type CafCycleModel,
  type CafGroupCandidateModel,
  type CafOfficeModel,
  type CafProgrammeModel,
  type CafRadarModel,
  type CafScoreInput,
  CAF_TEXT_MAX,
} from './models/caf-cycle.models';

/** Largest self-assessment group (CAF guidance: a group of about 10, up to 20 in a large office). */
export const CAF_GROUP_MAX = 20;
const CODES = new Set(CAF_SUB_CRITERIA.map(({ code }) => code));
const round2 = (value: number) => Math.round(value * 100) / 100;
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const assessesOffice = (actor: Actor, programmeId: string, officeId: string) =>
  assessedOffices(actor).some((pair) => pair.programmeId === programmeId && pair.officeId === officeId);
/** The office's own people: its coordinators and assessors (never the lead as such). */
const ownPeople = (actor: Actor, programmeId: string, officeId: string) =>
  coordinatesOffice(actor, programmeId, officeId) || assessesOffice(actor, programmeId, officeId);
const mayReadCaf = (actor: Actor, programmeId: string, officeId: string) =>
  ownPeople(actor, programmeId, officeId) || leadsProgramme(actor, programmeId);

/**
 * CAF self-assessment cycles (docs/caf.md): opening with a group, private individual scores, consensus,
 * closing into the office's CAF_TOTAL_SCORE, the improvement plan, the radar and the lead's overview.
 * The rules are libs/domain's; row-level security keeps private scores private whatever this code does.
 */
@Injectable()
export class CafCyclesService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly repository: CafRepository,
    private readonly submissions: SubmissionRepository,
    private readonly writer: SubmissionWriter,
    private readonly review: SubmissionReviewService,
  ) {}

  async office(actor: Actor, programmeId: string, officeId: string): Promise<CafOfficeModel> {
    if (!isUuid(programmeId) || !isUuid(officeId) || !mayReadCaf(actor, programmeId, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const officeName = await this.repository.officeName(manager, programmeId, officeId);
      if (officeName === null) throw notFound('Office');
      const cycles = await this.models(manager, actor, await this.repository.cycles(manager, { programmeId, officeId }));
      const taken = new Set(cycles.map((cycle) => cycle.periodId));
      const now = Date.now();
      const openablePeriods = (await this.repository.cafPeriods(manager, programmeId))
        .filter((period) => !taken.has(period.id) && period.deadline.getTime() > now && periodState(period, new Date()) !== 'LOCKED')
        .map((period) => PeriodModel.from(period));
      return { programmeId, officeId, officeName, cycles, openablePeriods, mayManage: coordinatesOffice(actor, programmeId, officeId) };
    });
  }

  async cycle(actor: Actor, id: string): Promise<CafCycleModel | null> {
    if (!isUuid(id)) return null;
    return this.scoped.run(actor, async (manager) => {
      const [row] = await this.repository.cycles(manager, { ids: [id] });
      return row ? (await this.models(manager, actor, [row]))[0] : null;
    });
  }

  async groupCandidates(actor: Actor, programmeId: string, officeId: string): Promise<CafGroupCandidateModel[]> {
    if (
      !isUuid(programmeId) ||
      !isUuid(officeId) ||
      !(coordinatesOffice(actor, programmeId, officeId) || leadsProgramme(actor, programmeId))
    )
      throw forbidden();
    return this.scoped.run(actor, (manager) => this.repository.groupCandidates(manager, programmeId, officeId));
  }

  async open(actor: Actor, args: { programmeId: string; officeId: string; periodId: string; assessorIds: string[] }, language: Language) {
    const { programmeId, officeId, periodId } = args;
    if (!isUuid(programmeId) || !isUuid(officeId) || !coordinatesOffice(actor, programmeId, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const [period] = isUuid(periodId) ? await this.repository.cafPeriods(manager, programmeId, [periodId]) : [];
      if (!period) throw notFound('Period');
      if (period.kind !== 'CAF_CYCLE') throw badInput(message('caf.notCafPeriod', language), 'periodId');
      if (period.deadline.getTime() <= Date.now() || periodState(period, new Date()) === 'LOCKED')
        throw badInput(message('caf.periodPassed', language, { period: period.label }), 'periodId');
      const group = await this.checkedGroup(manager, programmeId, officeId, args.assessorIds, language);
      const id = await this.repository.insertCycle(manager, { programmeId, officeId, periodId }, actor.userId);
      if (!id) throw new AppError('CONFLICT', message('caf.alreadyOpen', language, { period: period.label }));
      const [cycle] = await this.repository.cycles(manager, { ids: [id] });
      await this.repository.setGroup(manager, cycle, group);
      await auditBy(manager, actor, 'CAF_CYCLE_OPENED', ['caf_cycle', id], {
        newValue: { periodId, assessors: group },
        programmeId,
        officeId,
      });
      return this.reload(manager, actor, id);
    });
  }

  async setGroup(actor: Actor, cycleId: string, assessorIds: string[], expectedVersion: number, language: Language) {
    return this.change(actor, cycleId, expectedVersion, language, async (manager, cycle) => {
      if (!coordinatesOffice(actor, cycle.programmeId, cycle.officeId)) throw forbidden();
      this.requireState(cycle, 'SCORING', language);
      const group = await this.checkedGroup(manager, cycle.programmeId, cycle.officeId, assessorIds, language);
      await this.repository.setGroup(manager, cycle, group);
      await this.repository.bumpCycle(manager, cycle.id);
      await auditBy(manager, actor, 'CAF_GROUP_CHANGED', ['caf_cycle', cycle.id], {
        newValue: { assessors: group },
        programmeId: cycle.programmeId,
        officeId: cycle.officeId,
      });
    });
  }

  /** The caller's own draft scores: only the codes sent change; private to the caller until consensus. */
  async saveScores(actor: Actor, cycleId: string, scores: CafScoreInput[], language: Language) {
    const checked = this.checkedScores(scores, language);
    if (!isUuid(cycleId)) throw notFound('CAF self-assessment');
    return this.scoped.run(actor, async (manager) => {
      // Locked FOR SHARE: a move to consensus waits for this draft, or this draft sees the move.
      const cycle = await this.visibleCycle(manager, cycleId, 'SHARE');
      const group = await this.repository.assessors(manager, [cycle.id]);
      if (!group.some((member) => member.userId === actor.userId) || !ownPeople(actor, cycle.programmeId, cycle.officeId))
        throw forbidden();
      this.requireState(cycle, 'SCORING', language);
      // No audit row: these are the assessor's private drafts; what the group agrees is audited.
      await this.repository.writeScores(manager, cycle, actor.userId, checked, actor.userId);
      return this.reload(manager, actor, cycle.id);
    });
  }

  async startConsensus(actor: Actor, cycleId: string, expectedVersion: number, language: Language) {
    return this.change(actor, cycleId, expectedVersion, language, async (manager, cycle) => {
      if (!coordinatesOffice(actor, cycle.programmeId, cycle.officeId)) throw forbidden();
      const group = await this.repository.assessors(manager, [cycle.id]);
      const blockers = consensusBlockers(cycle.state, new Map(group.map((member) => [member.userId, member.scored])));
      if (blockers.length > 0) throw this.blocked(blockers, group, language);
      await this.repository.bumpCycle(manager, cycle.id, { state: 'CONSENSUS' });
      await auditBy(manager, actor, 'CAF_CONSENSUS_STARTED', ['caf_cycle', cycle.id], {
        programmeId: cycle.programmeId,
        officeId: cycle.officeId,
      });
    });
  }

  async saveConsensus(actor: Actor, cycleId: string, scores: CafScoreInput[], expectedVersion: number, language: Language) {
    const checked = this.checkedScores(scores, language);
    return this.change(actor, cycleId, expectedVersion, language, async (manager, cycle) => {
      const group = await this.repository.assessors(manager, [cycle.id]);
      const mayAgree =
        coordinatesOffice(actor, cycle.programmeId, cycle.officeId) ||
        (assessesOffice(actor, cycle.programmeId, cycle.officeId) && group.some((member) => member.userId === actor.userId));
      if (!mayAgree) throw forbidden();
      this.requireState(cycle, 'CONSENSUS', language);
      await this.repository.writeScores(manager, cycle, null, checked, actor.userId);
      await this.repository.bumpCycle(manager, cycle.id);
      await auditBy(manager, actor, 'CAF_CONSENSUS_SAVED', ['caf_cycle', cycle.id], {
        newValue: { scores: checked.map(({ code, score }) => ({ code, score })) },
        programmeId: cycle.programmeId,
        officeId: cycle.officeId,
      });
    });
  }

  /**
   * Closes the cycle: locked, scored (criterion means, total), and the total written as the office's
   * CAF_TOTAL_SCORE for the period through the submission writer (its checks and audit), then submitted
   * for the lead's approval: all in one transaction, so a refused value leaves the cycle open.
   */
  async close(actor: Actor, cycleId: string, expectedVersion: number, language: Language) {
    return this.change(actor, cycleId, expectedVersion, language, async (manager, cycle) => {
      if (!coordinatesOffice(actor, cycle.programmeId, cycle.officeId)) throw forbidden();
      const consensus = await this.repository.consensusScores(manager, [cycle.id]);
      const agreed = new Map(consensus.filter((s) => s.score !== null).map((s) => [s.code, s.score as number]));
      const blockers = closeBlockers(cycle.state, agreed);
      if (blockers.length > 0) throw this.blocked(blockers, [], language);
      const scores = cafScores(agreed);
      const total = round2(scores.total);
      await this.repository.bumpCycle(manager, cycle.id, { state: 'CLOSED', criterionScores: scores.criteria.map(round2), total });
      await auditBy(manager, actor, 'CAF_CYCLE_CLOSED', ['caf_cycle', cycle.id], {
        newValue: { total, criteria: scores.criteria.map(round2) },
        programmeId: cycle.programmeId,
        officeId: cycle.officeId,
      });
      await this.handInTotal(manager, actor, cycle, total, language);
    });
  }

  /** Writes the total into the office's submission of the period and submits it, when the programme has the indicator. */
  private async handInTotal(manager: EntityManager, actor: Actor, cycle: CycleRow, total: number, language: Language): Promise<void> {
    const indicators = await this.submissions.programmeIndicators(manager, cycle.programmeId);
    if (!indicators.has('CAF_TOTAL_SCORE')) return;
    const entry = {
      officeId: cycle.officeId,
      periodId: cycle.periodId,
      ref: 0,
      indicatorCode: 'CAF_TOTAL_SCORE',
      value: total,
      comment: message('caf.totalComment', language, { period: cycle.periodLabel }),
    };
    const outcome = await this.writer.applyBatch(manager, actor, cycle.programmeId, [entry], { dryRun: false });
    if (outcome.problems.length > 0) throw problemsError(outcome.problems, language);
    const submission = outcome.submissions.get(`${cycle.officeId}/${cycle.periodId}`);
    if (!submission) throw new Error('the closed cycle’s submission was not written');
    const saved = await this.submissions.lockSubmissions(
      manager,
      cycle.programmeId,
      [{ officeId: cycle.officeId, periodId: cycle.periodId }],
      true,
    );
    const current = saved.get(`${cycle.officeId}/${cycle.periodId}`);
    await this.review.submitIn(manager, actor, current?.id ?? submission.id, current?.version ?? submission.version, language);
  }

  async saveAction(actor: Actor, input: CafActionInput, language: Language): Promise<CafActionModel> {
    const title = input.title.trim();
    if (title.length === 0 || title.length > 200) throw badInput(message('caf.actionTitle', language), 'title');
    if (!CODES.has(input.code)) throw badInput(message('caf.unknownCode', language, { code: input.code }), 'code');
    if (input.dueOn && !isIsoDate(input.dueOn)) throw badInput(message('caf.actionDate', language, { date: input.dueOn }), 'dueOn');
    if (!isUuid(input.cycleId) || (input.id != null && !isUuid(input.id))) throw notFound('CAF self-assessment');
    return this.scoped.run(actor, async (manager) => {
      const [cycle] = await this.repository.cycles(manager, { ids: [input.cycleId] });
      if (!cycle) throw notFound('CAF self-assessment');
      if (!coordinatesOffice(actor, cycle.programmeId, cycle.officeId)) throw forbidden();
      const indicators = await this.submissions.programmeIndicators(manager, cycle.programmeId);
      const indicator = input.indicatorCode ? indicators.get(input.indicatorCode) : null;
      if (input.indicatorCode && !indicator)
        throw badInput(message('caf.actionIndicator', language, { code: input.indicatorCode }), 'indicatorCode');
      const write: ActionWrite = {
        code: input.code,
        indicatorId: indicator?.id ?? null,
        title,
        owner: input.owner?.trim() ?? '',
        dueOn: input.dueOn || null,
        status: input.status,
        result: input.result?.trim() ?? '',
      };
      if (input.id != null && input.expectedVersion == null) throw badInput(message('caf.actionVersion', language), 'expectedVersion');
      let id = input.id ?? null;
      let before: ActionRow | null = null;
      if (id === null) {
        id = await this.repository.insertAction(manager, cycle, write);
      } else {
        before = await this.repository.lockAction(manager, id);
        if (!before || before.cycleId !== cycle.id) throw notFound('CAF action');
        if (!(await this.repository.updateAction(manager, id, write, input.expectedVersion as number)))
          throw new AppError('CONFLICT', message('caf.actionStale', language), { currentVersion: before.version });
      }
      await auditBy(manager, actor, before ? 'CAF_ACTION_UPDATED' : 'CAF_ACTION_CREATED', ['caf_action', id], {
        oldValue: before ? { title: before.title, status: before.status, dueOn: before.dueOn } : undefined,
        newValue: { title, status: write.status, dueOn: write.dueOn, code: write.code },
        programmeId: cycle.programmeId,
        officeId: cycle.officeId,
      });
      await this.feedActionIndicator(manager, actor, cycle, [before?.dueOn ?? null, write.dueOn]);
      return (await this.repository.lockAction(manager, id)) as CafActionModel;
    });
  }

  async deleteAction(actor: Actor, id: string, expectedVersion: number, language: Language): Promise<boolean> {
    if (!isUuid(id)) throw notFound('CAF action');
    return this.scoped.run(actor, async (manager) => {
      const before = await this.repository.lockAction(manager, id);
      if (!before) throw (await this.repository.actionVisible(manager, id)) ? forbidden() : notFound('CAF action');
      if (!coordinatesOffice(actor, before.programmeId, before.officeId)) throw forbidden();
      if (!(await this.repository.deleteAction(manager, id, expectedVersion)))
        throw new AppError('CONFLICT', message('caf.actionStale', language), { currentVersion: before.version });
      await auditBy(manager, actor, 'CAF_ACTION_DELETED', ['caf_action', id], {
        oldValue: { title: before.title, status: before.status },
        programmeId: before.programmeId,
        officeId: before.officeId,
      });
      const [cycle] = await this.repository.cycles(manager, { ids: [before.cycleId] });
      await this.feedActionIndicator(manager, actor, cycle, [before.dueOn]);
      return true;
    });
  }

  /**
   * The plan feeds IMPROVEMENT_ACTIONS_DONE_PCT (where the programme uses it): for each quarter an action
   * was or is due in, the share of the office's actions due then that were done on time is written into
   * the office's submission of that quarter, while the quarter is open and the submission still a draft
   * or returned. Otherwise (submitted, approved, closed quarter) the value is left as it is.
   */
  private async feedActionIndicator(manager: EntityManager, actor: Actor, cycle: CycleRow, dueDates: Array<string | null>): Promise<void> {
    const indicators = await this.submissions.programmeIndicators(manager, cycle.programmeId);
    if (!indicators.has('IMPROVEMENT_ACTIONS_DONE_PCT')) return;
    const days = [...new Set(dueDates.filter((day): day is string => day !== null))];
    if (days.length === 0) return;
    const quarters = await this.repository.quartersHolding(manager, cycle.programmeId, days);
    if (quarters.length === 0) return;
    const actions = await this.repository.actions(manager, { programmeId: cycle.programmeId, officeId: cycle.officeId });
    const editable = await this.submissions.lockSubmissions(
      manager,
      cycle.programmeId,
      quarters.map((quarter) => ({ officeId: cycle.officeId, periodId: quarter.id })),
      true,
    );
    const entries = quarters.flatMap((quarter, ref) => {
      const ratio = actionsDoneOnTime(actions, quarter);
      const status = editable.get(`${cycle.officeId}/${quarter.id}`)?.status ?? null;
      const writable = ratio !== null && quarter.open && (status === null || status === 'DRAFT' || status === 'RETURNED');
      return writable
        ? [{ officeId: cycle.officeId, periodId: quarter.id, ref, indicatorCode: 'IMPROVEMENT_ACTIONS_DONE_PCT', ...ratio }]
        : [];
    });
    if (entries.length === 0) return;
    const outcome = await this.writer.applyBatch(manager, actor, cycle.programmeId, entries, { dryRun: false });
    if (outcome.problems.length > 0) throw problemsError(outcome.problems, 'pl');
  }

  async radar(actor: Actor, cycleId: string): Promise<CafRadarModel> {
    if (!isUuid(cycleId)) throw notFound('CAF self-assessment');
    return this.scoped.run(actor, async (manager) => {
      const [cycle] = await this.repository.cycles(manager, { ids: [cycleId] });
      if (!cycle || !mayReadCaf(actor, cycle.programmeId, cycle.officeId)) throw notFound('CAF self-assessment');
      const closed = (await this.repository.cycles(manager, { programmeId: cycle.programmeId, officeId: cycle.officeId })).filter(
        (c) => c.state === 'CLOSED',
      );
      const at = closed.findIndex((c) => c.id === cycle.id);
      const previous = at > 0 ? closed[at - 1] : null;
      const peers =
        cycle.state === 'CLOSED' ? await this.repository.criterionCells(manager, cycle.programmeId, cycle.officeId, cycle.periodId) : [];
      return {
        cycleId: cycle.id,
        periodLabel: cycle.periodLabel,
        released: peers.some((group) => group.reason !== 'NOT_RELEASED'),
        criteria: Array.from({ length: 9 }, (_, i) => ({
          criterion: i + 1,
          score: cycle.criterionScores?.[i] ?? null,
          previousScore: previous?.criterionScores?.[i] ?? null,
        })),
        peers: peers.map((group) => ({
          peerGroupId: group.peerGroupId,
          peerGroupName: group.peerGroupName,
          contributorsBand: group.band,
          // Why a released group shows nothing stays unsaid (NOT_PUBLISHED), so that it tells the group
          // nothing about its members (e.g. that one typed its total in).
          suppressionReason: group.reason === null || group.reason === 'NOT_RELEASED' ? group.reason : 'NOT_PUBLISHED',
          means: group.means,
        })),
        total: cycle.total,
        previousTotal: previous?.total ?? null,
        baselineTotal: closed[0]?.total ?? null,
        targetChange: await this.repository.targetChange(manager, cycle.programmeId),
      };
    });
  }

  async programme(actor: Actor, programmeId: string): Promise<CafProgrammeModel> {
    if (!isUuid(programmeId) || !leadsProgramme(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const targetChange = await this.repository.targetChange(manager, programmeId);
      const periods = await this.repository.cafPeriods(manager, programmeId);
      const cycles = await this.repository.programmeCycles(manager, programmeId);
      const offices = await this.repository.programmeOffices(manager, programmeId);
      const rows = offices.map(({ officeId, name }) => {
        const own = cycles.filter((c) => c.officeId === officeId);
        const progress = cafProgress(
          own.filter((c) => c.state === 'CLOSED').map((c) => c.total as number),
          targetChange,
        );
        return {
          officeId,
          officeName: name,
          cycles: own,
          baselineTotal: progress.baseline,
          latestTotal: progress.latest,
          change: progress.change,
          meetsTarget: progress.meetsTarget,
        };
      });
      const changes = rows.map((row) => row.change).filter((change): change is number => change !== null);
      return {
        programmeId,
        targetChange,
        periods: periods.map((period) => PeriodModel.from(period)),
        offices: rows,
        meanChange: changes.length > 0 ? round2(changes.reduce((sum, c) => sum + c, 0) / changes.length) : null,
        officesMeetingTarget: rows.filter((row) => row.meetsTarget === true).length,
        closedCycles: cycles.filter((c) => c.state === 'CLOSED').length,
        openCycles: cycles.filter((c) => c.state !== 'CLOSED').length,
      };
    });
  }

  /** A change of a cycle by its coordinator or group: locked, version checked, reloaded after `work`. */
  private change(
    actor: Actor,
    cycleId: string,
    expectedVersion: number,
    language: Language,
    work: (manager: EntityManager, cycle: CycleRow) => Promise<void>,
  ): Promise<CafCycleModel> {
    if (!isUuid(cycleId)) throw notFound('CAF self-assessment');
    return this.scoped.run(actor, async (manager) => {
      const cycle = await this.visibleCycle(manager, cycleId, 'UPDATE');
      if (cycle.version !== expectedVersion)
        throw new AppError('CONFLICT', message('caf.stale', language), { currentVersion: cycle.version });
      await work(manager, cycle);
      return this.reload(manager, actor, cycle.id);
    });
  }

  /**
   * The cycle, locked; NOT_FOUND when the caller cannot see it, FORBIDDEN when it can see but not change
   * it (row-level security hides a row from a lock the caller's policies do not allow, e.g. the lead's).
   */
  private async visibleCycle(manager: EntityManager, cycleId: string, mode: 'UPDATE' | 'SHARE'): Promise<CycleRow> {
    const cycle = await this.repository.lockCycle(manager, cycleId, mode);
    if (cycle) return cycle;
    const [seen] = await this.repository.cycles(manager, { ids: [cycleId] });
    throw seen ? forbidden() : notFound('CAF self-assessment');
  }

  private requireState(cycle: CycleRow, state: CycleRow['state'], language: Language): void {
    if (cycle.state !== state)
      throw new AppError('CONFLICT', message('caf.wrongState', language, { state: cycle.state }), { state: cycle.state });
  }

  private async checkedGroup(
    manager: EntityManager,
    programmeId: string,
    officeId: string,
    ids: string[],
    language: Language,
  ): Promise<string[]> {
    const group = [...new Set(ids)];
    if (group.length === 0 || group.length > CAF_GROUP_MAX)
      throw badInput(message('caf.emptyGroup', language, { max: CAF_GROUP_MAX }), 'assessorIds');
    const candidates = new Set((await this.repository.groupCandidates(manager, programmeId, officeId)).map((c) => c.userId));
    if (!group.every((id) => candidates.has(id))) throw badInput(message('caf.notCandidate', language), 'assessorIds');
    return group;
  }

  private checkedScores(scores: readonly CafScoreInput[], language: Language): ScoreWrite[] {
    const seen = new Set<string>();
    return scores.map((input) => {
      if (!CODES.has(input.code)) throw badInput(message('caf.unknownCode', language, { code: input.code }), 'scores');
      if (seen.has(input.code)) throw badInput(message('caf.duplicateCode', language, { code: input.code }), 'scores');
      seen.add(input.code);
      if (input.score != null && !isCafScore(input.score)) throw badInput(message('caf.score', language, { code: input.code }), 'scores');
      // A text not sent keeps the stored one.
      const texts = [input.evidence, input.strengths, input.improvements].map((text) => (text == null ? null : text.trim()));
      if (texts.some((text) => text !== null && text.length > CAF_TEXT_MAX))
        throw badInput(message('caf.text', language, { code: input.code, max: CAF_TEXT_MAX }), 'scores');
      return { code: input.code, score: input.score ?? null, evidence: texts[0], strengths: texts[1], improvements: texts[2] };
    });
  }

  private blocked(
    blockers: CafCycleBlocker[],
    group: ReadonlyArray<{ userId: string; displayName: string }>,
    language: Language,
  ): AppError {
    const first = blockers[0];
    const names = new Map(group.map((member) => [member.userId, member.displayName]));
    const text =
      first.code === 'NOT_IN_STATE'
        ? message('caf.wrongState', language, { state: first.state })
        : first.code === 'NO_ASSESSORS'
          ? message('caf.noAssessors', language)
          : first.code === 'CONSENSUS_INCOMPLETE'
            ? message('caf.consensusIncomplete', language, { missing: first.missing.length, codes: first.missing.join(', ') })
            : message('caf.assessorsIncomplete', language, {
                list: blockers
                  .map((b) =>
                    b.code === 'ASSESSOR_INCOMPLETE'
                      ? message('caf.assessorIncomplete', language, { name: names.get(b.assessorId) ?? b.assessorId, missing: b.missing })
                      : '',
                  )
                  .join('; '),
              });
    return new AppError('CONFLICT', text, { blockers });
  }

  private async reload(manager: EntityManager, actor: Actor, id: string): Promise<CafCycleModel> {
    const [row] = await this.repository.cycles(manager, { ids: [id] });
    return (await this.models(manager, actor, [row]))[0];
  }

  /** The cycles as the caller may see them: what row-level security returns, shaped. */
  private async models(manager: EntityManager, actor: Actor, rows: CycleRow[]): Promise<CafCycleModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [assessors, individual, consensus, actions] = [
      await this.repository.assessors(manager, ids),
      await this.repository.individualScores(manager, ids),
      await this.repository.consensusScores(manager, ids),
      await this.repository.actions(manager, { cycleIds: ids }),
    ];
    const byOffice = new Map<string, CycleRow[]>();
    for (const row of await this.officeCyclesOf(manager, rows)) byOffice.set(row.officeId, [...(byOffice.get(row.officeId) ?? []), row]);
    const statuses = new Map<string, Awaited<ReturnType<CafRepository['submissionStatus']>>>();
    for (const row of rows.filter((r) => r.state === 'CLOSED' && mayReadCaf(actor, r.programmeId, r.officeId))) {
      statuses.set(
        row.id,
        coordinatesOffice(actor, row.programmeId, row.officeId) || leadsProgramme(actor, row.programmeId)
          ? await this.repository.submissionStatus(manager, row.officeId, row.periodId)
          : null,
      );
    }
    return rows.map((row) => {
      const group = assessors.filter((a) => a.cycleId === row.id);
      const mine = individual.filter((s) => s.cycleId === row.id && s.assessorId === actor.userId);
      const manages = coordinatesOffice(actor, row.programmeId, row.officeId);
      const inGroup = group.some((member) => member.userId === actor.userId);
      // Row-level security already limits these rows; the same rule here keeps the answer honest if it did not.
      const everyone = row.state === 'SCORING' || !(manages || inGroup) ? [] : individual.filter((s) => s.cycleId === row.id);
      const names = new Map(group.map((member) => [member.userId, member.displayName]));
      const spreads = new Map(
        CAF_SUB_CRITERIA.map(({ code }) => [
          code,
          scoreSpread(everyone.filter((s) => s.code === code && s.score !== null).map((s) => s.score as number)),
        ]),
      );
      const officeCycles = byOffice.get(row.officeId) ?? [];
      const closedBefore = officeCycles
        .slice(
          0,
          officeCycles.findIndex((c) => c.id === row.id),
        )
        .filter((c) => c.state === 'CLOSED');
      return {
        ...row,
        previousTotal: closedBefore.length > 0 ? closedBefore[closedBefore.length - 1].total : null,
        assessors: group.map((member) => ({
          userId: member.userId,
          displayName: member.displayName,
          scored: member.scored,
          isMe: member.userId === actor.userId,
        })),
        myScores: mine.map(scoreModel),
        individualScores: everyone.map((s) => ({
          ...scoreModel(s),
          assessorId: s.assessorId as string,
          assessorName: names.get(s.assessorId as string) ?? '',
        })),
        spreads:
          everyone.length === 0
            ? []
            : discussionOrder(spreads).map((code) => {
                const spread = spreads.get(code) ?? null;
                return {
                  code,
                  count: spread?.count ?? 0,
                  lowest: spread?.min ?? null,
                  highest: spread?.max ?? null,
                  mean: spread ? round2(spread.mean) : null,
                  range: spread?.range ?? null,
                  wide: spread?.wide ?? false,
                };
              }),
        consensus: consensus.filter((s) => s.cycleId === row.id).map(scoreModel),
        actions: actions.filter((a) => a.cycleId === row.id),
        submissionStatus: statuses.get(row.id) ?? null,
        mayManage: manages,
        mayScore: row.state === 'SCORING' && inGroup,
        mayAgree: row.state === 'CONSENSUS' && (manages || (inGroup && assessesOffice(actor, row.programmeId, row.officeId))),
      };
    });
  }

  /** Every cycle of the offices of `rows`, oldest period first (where a cycle's previous one is found). */
  private async officeCyclesOf(manager: EntityManager, rows: CycleRow[]): Promise<CycleRow[]> {
    const offices = [...new Map(rows.map((row) => [`${row.programmeId}/${row.officeId}`, row])).values()];
    const all: CycleRow[] = [];
    for (const row of offices)
      all.push(...(await this.repository.cycles(manager, { programmeId: row.programmeId, officeId: row.officeId })));
    return all;
  }
}

const scoreModel = (row: ScoreRow) => ({
  code: row.code,
  score: row.score,
  evidence: row.evidence,
  strengths: row.strengths,
  improvements: row.improvements,
});
