import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, describeWarning, type PlausibilityWarning } from '@officebench/domain';
import type { Request } from 'express';
import { Access, CurrentActor } from '../../common/access/access.decorator';
import { languageOf } from '../../common/language';
import { ScopedDatabase } from '../../common/scoped-database';
import { IndicatorValueModel } from './models/submission.model';
import { type PlausibilityContext, SubmissionReader, warningsFor } from './submission-reader';

@Resolver(() => IndicatorValueModel)
export class IndicatorValueResolver {
  /** One plausibility context per submission read in a request, computed only when a client asks for warnings. */
  private readonly contexts = new WeakMap<IndicatorValueModel['owner'], Promise<PlausibilityContext>>();

  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly reader: SubmissionReader,
  ) {}

  private async plausibility(actor: Actor, value: IndicatorValueModel): Promise<PlausibilityWarning[]> {
    if (value.plausibility) return value.plausibility;
    const { owner } = value;
    let context = this.contexts.get(owner);
    if (!context) {
      context = this.scoped.run(actor, (manager) =>
        this.reader.plausibilityContext(manager, owner.programmeId, owner.officeId, owner.periodId),
      );
      this.contexts.set(owner, context);
    }
    return warningsFor(value, await context);
  }

  @ResolveField(() => [String], {
    description: "Plausibility warnings (not errors), in the request's language (Accept-Language: pl by default, en)",
  })
  @Access.parent()
  async warnings(@CurrentActor() actor: Actor, @Parent() value: IndicatorValueModel, @Context('req') req: Request): Promise<string[]> {
    const language = languageOf(req);
    return (await this.plausibility(actor, value)).map((warning) => describeWarning(warning, language));
  }

  @ResolveField(() => [String], { description: 'FAR_FROM_OWN_HISTORY or OUTSIDE_PROGRAMME_RANGE' })
  @Access.parent()
  async warningCodes(@CurrentActor() actor: Actor, @Parent() value: IndicatorValueModel): Promise<string[]> {
    return (await this.plausibility(actor, value)).map((warning) => warning.code);
  }
}
