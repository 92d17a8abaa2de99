import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import type { RequestLoaders } from '../../common/request-loaders';
import { OfficeModel } from '../offices/models/office.model';
import { GoodPracticeFilter, GoodPracticeInput } from './dto/good-practice.inputs';
import { GoodPracticesService } from './good-practices.service';
import {
  GoodPracticeConnectionModel,
  GoodPracticeModel,
  PracticeDisclosureModel,
  PracticeSuggestionModel,
} from './models/good-practice.models';
import { PracticeSuggestionsService } from './practice-suggestions.service';

@Resolver(() => GoodPracticeModel)
export class GoodPracticesResolver {
  constructor(
    private readonly practices: GoodPracticesService,
    private readonly suggestionsService: PracticeSuggestionsService,
  ) {}

  @Query(() => GoodPracticeConnectionModel, {
    description: 'Published practices of the whole platform, searched in Polish (any form, with or without diacritics) and filtered',
  })
  @Access.signedIn()
  goodPractices(
    @CurrentActor() actor: Actor,
    @Args('query', { type: () => String, nullable: true }) query: string | null,
    @Args('filter', { type: () => GoodPracticeFilter, nullable: true }) filter: GoodPracticeFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context('req') req: Request,
  ): Promise<GoodPracticeConnectionModel> {
    return this.practices.search(actor, { query, filter, first, after }, languageOf(req));
  }

  @Query(() => GoodPracticeModel, { nullable: true, description: 'A published practice, or a draft of an office the viewer coordinates' })
  @Access.signedIn()
  goodPractice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<GoodPracticeModel | null> {
    return this.practices.get(actor, id);
  }

  @Query(() => [GoodPracticeModel], { description: 'Drafts and published practices of the offices the viewer coordinates' })
  @Access.signedIn()
  myGoodPractices(@CurrentActor() actor: Actor): Promise<GoodPracticeModel[]> {
    return this.practices.mine(actor);
  }

  @Query(() => [PracticeSuggestionModel], {
    description: 'Indicators where the office lags its peers in the period, each with practices of other offices linked to it',
  })
  @Access.signedIn()
  practiceSuggestions(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('periodId', { type: () => ID }) periodId: string,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('peerGroupId', { type: () => ID, nullable: true }) peerGroupId: string | null,
  ): Promise<PracticeSuggestionModel[]> {
    return this.suggestionsService.suggestions(actor, programmeId, periodId, officeId, peerGroupId ?? null);
  }

  @Query(() => PracticeDisclosureModel, { description: 'The office’s consent to be named as having improved (its coordinators)' })
  @Access.signedIn()
  practiceDisclosure(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
  ): Promise<PracticeDisclosureModel> {
    return this.practices.disclosure(actor, officeId);
  }

  @Mutation(() => GoodPracticeModel, { description: 'Coordinator: a new draft practice of the office' })
  @Access.signedIn()
  createGoodPractice(
    @CurrentActor() actor: Actor,
    @Args('input') input: GoodPracticeInput,
    @Context('req') req: Request,
  ): Promise<GoodPracticeModel> {
    return this.practices.create(actor, input, languageOf(req));
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'Coordinator of the authoring office: change a practice (refused with CONFLICT when expectedVersion is stale)',
  })
  @Access.signedIn()
  updateGoodPractice(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: GoodPracticeInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @Context('req') req: Request,
  ): Promise<GoodPracticeModel> {
    return this.practices.update(actor, id, input, expectedVersion ?? null, languageOf(req));
  }

  @Mutation(() => GoodPracticeModel, { description: 'Coordinator of the authoring office: publish to the whole platform' })
  @Access.signedIn()
  publishGoodPractice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<GoodPracticeModel> {
    return this.practices.publish(actor, id);
  }

  @Mutation(() => GoodPracticeModel, { description: 'Coordinator of the authoring office: take a published practice back to draft' })
  @Access.signedIn()
  withdrawGoodPractice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<GoodPracticeModel> {
    return this.practices.withdraw(actor, id);
  }

  @Mutation(() => Boolean, { description: 'Coordinator of the authoring office: delete a draft' })
  @Access.signedIn()
  deleteGoodPractice(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context('req') req: Request,
  ): Promise<boolean> {
    return this.practices.delete(actor, id, languageOf(req));
  }

  @Mutation(() => GoodPracticeModel, { description: 'Lead: feature (or stop featuring) a published practice for the programme’s offices' })
  @Access.signedIn()
  featureGoodPractice(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('featured') featured: boolean,
    @Context('req') req: Request,
  ): Promise<GoodPracticeModel> {
    return this.practices.feature(actor, id, programmeId, featured, languageOf(req));
  }

  @Mutation(() => PracticeDisclosureModel, {
    description: 'Coordinator: let suggestions say that the office improved on an indicator (never by how much)',
  })
  @Access.signedIn()
  setPracticeDisclosure(
    @CurrentActor() actor: Actor,
    @Args('officeId', { type: () => ID }) officeId: string,
    @Args('showImprovement') showImprovement: boolean,
  ): Promise<PracticeDisclosureModel> {
    return this.practices.setDisclosure(actor, officeId, showImprovement);
  }

  @Access.parent()
  @ResolveField(() => OfficeModel)
  office(@Parent() practice: GoodPracticeModel, @Context('loaders') loaders: RequestLoaders) {
    return loaders.office.load(practice.officeId);
  }
}
