import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { currentLanguage } from '../../common/request-context';
import { CafCyclesService } from './caf-cycles.service';
import {
  CafActionInput,
  CafActionModel,
  CafCycleModel,
  CafGroupCandidateModel,
  CafOfficeModel,
  CafProgrammeModel,
  CafRadarModel,
  CafScoreInput,
} from './models/caf-cycle.models';

const id = (name: string) => Args(name, { type: () => ID });
const version = () => Args('expectedVersion', { type: () => Int });
const assessors = () => Args('assessorIds', { type: () => [ID] });
const scores = () => Args('scores', { type: () => [CafScoreInput] });

/** CAF self-assessment cycles: who may do what is decided by the service (libs/domain rules) and row-level security. */
@Resolver()
export class CafCyclesResolver {
  constructor(private readonly cycles: CafCyclesService) {}

  @Query(() => CafOfficeModel, { description: "The office's self-assessments: its coordinators and assessors, and the lead" })
  @Access.signedIn()
  cafOffice(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string, @id('officeId') officeId: string) {
    return this.cycles.office(actor, programmeId, officeId);
  }

  @Query(() => CafCycleModel, { nullable: true, description: 'One self-assessment, as the caller may see it; null when not visible' })
  @Access.signedIn()
  cafCycle(@CurrentActor() actor: Actor, @id('id') cycleId: string) {
    return this.cycles.cycle(actor, cycleId);
  }

  @Query(() => [CafGroupCandidateModel], { description: "Coordinator or lead: the office's coordinators and CAF assessors" })
  @Access.signedIn()
  cafGroupCandidates(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string, @id('officeId') officeId: string) {
    return this.cycles.groupCandidates(actor, programmeId, officeId);
  }

  @Query(() => CafRadarModel, { description: "A cycle's criterion scores against the released, anonymised peer means" })
  @Access.signedIn()
  cafRadar(@CurrentActor() actor: Actor, @id('cycleId') cycleId: string) {
    return this.cycles.radar(actor, cycleId);
  }

  @Query(() => CafProgrammeModel, { description: "Lead: every office's self-assessments and progress toward the CAF target" })
  @Access.signedIn()
  cafProgramme(@CurrentActor() actor: Actor, @id('programmeId') programmeId: string) {
    return this.cycles.programme(actor, programmeId);
  }

  @Mutation(() => CafCycleModel, { description: 'Coordinator: open a self-assessment in a CAF period with its group' })
  @Access.signedIn()
  openCafCycle(
    @CurrentActor() actor: Actor,
    @id('programmeId') programmeId: string,
    @id('officeId') officeId: string,
    @id('periodId') periodId: string,
    @assessors() assessorIds: string[],
  ) {
    return this.cycles.open(actor, { programmeId, officeId, periodId, assessorIds }, currentLanguage());
  }

  @Mutation(() => CafCycleModel, { description: 'Coordinator: change the group while scoring' })
  @Access.signedIn()
  setCafGroup(
    @CurrentActor() actor: Actor,
    @id('cycleId') cycleId: string,
    @assessors() assessorIds: string[],
    @version() expectedVersion: number,
  ) {
    return this.cycles.setGroup(actor, cycleId, assessorIds, expectedVersion, currentLanguage());
  }

  @Mutation(() => CafCycleModel, { description: "A group member's own draft scores (only the codes sent change)" })
  @Access.signedIn()
  saveCafScores(@CurrentActor() actor: Actor, @id('cycleId') cycleId: string, @scores() input: CafScoreInput[]) {
    return this.cycles.saveScores(actor, cycleId, input, currentLanguage());
  }

  @Mutation(() => CafCycleModel, { description: 'Coordinator: move to consensus once every member scored all 28' })
  @Access.signedIn()
  startCafConsensus(@CurrentActor() actor: Actor, @id('cycleId') cycleId: string, @version() expectedVersion: number) {
    return this.cycles.startConsensus(actor, cycleId, expectedVersion, currentLanguage());
  }

  @Mutation(() => CafCycleModel, { description: 'Coordinator or group member: agreed scores (refused with CONFLICT when stale)' })
  @Access.signedIn()
  saveCafConsensus(
    @CurrentActor() actor: Actor,
    @id('cycleId') cycleId: string,
    @scores() input: CafScoreInput[],
    @version() expectedVersion: number,
  ) {
    return this.cycles.saveConsensus(actor, cycleId, input, expectedVersion, currentLanguage());
  }

  @Mutation(() => CafCycleModel, { description: 'Coordinator: close, score, and hand the total in as CAF_TOTAL_SCORE for approval' })
  @Access.signedIn()
  closeCafCycle(@CurrentActor() actor: Actor, @id('cycleId') cycleId: string, @version() expectedVersion: number) {
    return this.cycles.close(actor, cycleId, expectedVersion, currentLanguage());
  }

  @Mutation(() => CafActionModel, { description: 'Coordinator: add (id null) or change an action of the improvement plan' })
  @Access.signedIn()
  saveCafAction(@CurrentActor() actor: Actor, @Args('input') input: CafActionInput): Promise<CafActionModel> {
    return this.cycles.saveAction(actor, input, currentLanguage());
  }

  @Mutation(() => Boolean, { description: 'Coordinator: remove an action of the improvement plan' })
  @Access.signedIn()
  deleteCafAction(@CurrentActor() actor: Actor, @id('id') actionId: string, @version() expectedVersion: number) {
    return this.cycles.deleteAction(actor, actionId, expectedVersion, currentLanguage());
  }
}
