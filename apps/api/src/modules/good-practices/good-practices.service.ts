import { Injectable } from '@nestjs/common';
import {
  type Actor,
  cleanPractice,
  describePracticeProblem,
  highlightSnippet,
  isCafCriterion,
  type Language,
  markdownToPlainText,
  mayFeaturePractice,
  mayWritePractice,
  practiceOffices,
  practiceProblems,
  programmesOfActor,
  searchTerms,
  isUuid,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import { AppError, badInput, forbidden, notFound } from '../../common/errors';
import { message } from '../../common/messages';
import { ScopedDatabase } from '../../common/scoped-database';
import { auditBy } from '../audit/audit.repository';
import type { GoodPracticeFilter, GoodPracticeInput } from './dto/good-practice.inputs';
import { GoodPracticeConnectionModel, GoodPracticeModel, PracticeDisclosureModel } from './models/good-practice.models';
import { COUNT_LIMIT, type PracticeRow, PracticeRepository, type SearchKey } from './practice.repository';

export const PAGE_SIZE = { default: 20, max: 50 } as const;

function encodeCursor(key: SearchKey): string {
  return Buffer.from(JSON.stringify([key.score, key.publishedAt, key.id])).toString('base64url');
}

function decodeCursor(cursor: string, language: Language): SearchKey {
  try {
    const [score, publishedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof score === 'string' &&
      /^\d+(\.\d+)?$/.test(score) &&
      typeof publishedAt === 'string' &&
      !Number.isNaN(Date.parse(publishedAt)) &&
      isUuid(id)
    ) {
      return { score, publishedAt, id };
    }
  } catch {
    // falls through to the refusal below
  }
  throw badInput(message('practice.cursor', language), 'after');
}

/** The searchable text a snippet is cut from: summary, sections and the body without its markup. */
const snippetSource = (row: PracticeRow) =>
  [row.summary, row.problem, row.actions, row.results, row.resources, markdownToPlainText(row.body)].filter(Boolean).join('\n');

/** Writing, publishing, featuring and searching good practices. Access rules live in the domain and in row-level security. */
@Injectable()
export class GoodPracticesService {
  constructor(
    private readonly scoped: ScopedDatabase,
    private readonly practices: PracticeRepository,
  ) {}

  async search(
    actor: Actor,
    args: { query: string | null; filter: GoodPracticeFilter | null; first: number | null; after: string | null },
    language: Language,
  ): Promise<GoodPracticeConnectionModel> {
    const first = args.first ?? PAGE_SIZE.default;
    if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max)
      throw badInput(message('practice.pageSize', language, { max: String(PAGE_SIZE.max) }), 'first');
    const filter = args.filter ?? {};
    if (filter.cafCriterion != null && !isCafCriterion(filter.cafCriterion))
      throw badInput(message('practice.criterion', language), 'filter.cafCriterion');
    const after = args.after ? decodeCursor(args.after, language) : null;
    const terms = searchTerms(args.query);
    return this.scoped.run(actor, async (manager) => {
      const expanded = terms.length > 0 ? await this.practices.expandTerms(manager, terms) : { perWord: [], prefixes: [], corrections: [] };
      const viewerProgrammes = programmesOfActor(actor);
      const page = await this.practices.searchPublished(manager, { viewerProgrammes, perWord: expanded.perWord, filter, after, first });
      const shown = page.rows.slice(0, first);
      const models = await this.toModels(manager, actor, shown);
      return {
        edges: shown.map((row, index) => ({
          node: models[index],
          cursor: encodeCursor(row.key),
          highlight: highlightSnippet(snippetSource(row), expanded.prefixes),
          matchesAllTerms: row.matchesAll,
        })),
        pageInfo: { hasNextPage: page.rows.length > first, endCursor: shown.length > 0 ? encodeCursor(shown[shown.length - 1].key) : null },
        totalCount: page.total,
        allTermsCount: page.allWords,
        countLimit: COUNT_LIMIT,
        terms: terms.map((term) => term.word),
        corrections: expanded.corrections,
      };
    });
  }

  /** A published practice, or a draft of an office the viewer coordinates; null otherwise. */
  async get(actor: Actor, id: string): Promise<GoodPracticeModel | null> {
    if (!isUuid(id)) return null;
    return this.scoped.run(actor, async (manager) => {
      const [row] = await this.practices.practicesById(manager, programmesOfActor(actor), [id]);
      return row ? (await this.toModels(manager, actor, [row]))[0] : null;
    });
  }

  /** Drafts and published practices of the offices the viewer coordinates. */
  async mine(actor: Actor): Promise<GoodPracticeModel[]> {
    const offices = practiceOffices(actor);
    if (offices.length === 0) return [];
    return this.scoped.run(actor, async (manager) =>
      this.toModels(manager, actor, await this.practices.practicesOfOffices(manager, programmesOfActor(actor), offices)),
    );
  }

  async create(actor: Actor, input: GoodPracticeInput, language: Language): Promise<GoodPracticeModel> {
    const offices = practiceOffices(actor);
    const officeId = input.officeId ?? (offices.length === 1 ? offices[0] : null);
    if (offices.length === 0 || (officeId !== null && !mayWritePractice(actor, officeId))) throw forbidden();
    if (officeId === null) throw badInput(message('practice.whichOffice', language), 'officeId');
    return this.scoped.run(actor, async (manager) => {
      const practice = await this.checked(manager, input, language);
      const id = await this.practices.insert(manager, officeId, practice, actor.userId);
      await this.practices.linkIndicators(manager, id, practice.indicatorCodes);
      await auditBy(manager, actor, 'PRACTICE_CREATED', ['good_practice', id], { newValue: { officeId, title: practice.title } });
      return this.reload(manager, actor, id);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: GoodPracticeInput,
    expectedVersion: number | null,
    language: Language,
  ): Promise<GoodPracticeModel> {
    return this.scoped.run(actor, async (manager) => {
      const current = await this.editable(manager, actor, id);
      const practice = await this.checked(manager, input, language);
      const updated = await this.practices.update(manager, id, practice, expectedVersion ?? current.version);
      if (!updated) throw new AppError('CONFLICT', message('practice.stale', language), { currentVersion: current.version });
      await this.practices.linkIndicators(manager, id, practice.indicatorCodes);
      await auditBy(manager, actor, 'PRACTICE_UPDATED', ['good_practice', id], {
        oldValue: { title: current.title, version: current.version },
        newValue: { title: practice.title },
      });
      return this.reload(manager, actor, id);
    });
  }

  async publish(actor: Actor, id: string): Promise<GoodPracticeModel> {
    return this.setStatus(actor, id, 'PUBLISHED');
  }

  async withdraw(actor: Actor, id: string): Promise<GoodPracticeModel> {
    return this.setStatus(actor, id, 'DRAFT');
  }

  async delete(actor: Actor, id: string, language: Language): Promise<boolean> {
    return this.scoped.run(actor, async (manager) => {
      const current = await this.editable(manager, actor, id);
      if (current.status === 'PUBLISHED') throw badInput(message('practice.deletePublished', language), 'id');
      await this.practices.delete(manager, id);
      await auditBy(manager, actor, 'PRACTICE_DELETED', ['good_practice', id], { oldValue: { title: current.title } });
      return true;
    });
  }

  async feature(actor: Actor, id: string, programmeId: string, featured: boolean, language: Language): Promise<GoodPracticeModel> {
    if (!mayFeaturePractice(actor, programmeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      const [row] = isUuid(id) ? await this.practices.practicesById(manager, [], [id]) : [];
      if (!row) throw notFound('Good practice');
      if (row.status !== 'PUBLISHED') throw badInput(message('practice.featureDraft', language), 'id');
      if (featured) await this.practices.feature(manager, programmeId, id, actor.userId);
      else await this.practices.unfeature(manager, programmeId, id);
      await auditBy(manager, actor, featured ? 'PRACTICE_FEATURED' : 'PRACTICE_UNFEATURED', ['good_practice', id], { programmeId });
      return this.reload(manager, actor, id);
    });
  }

  async disclosure(actor: Actor, officeId: string): Promise<PracticeDisclosureModel> {
    if (!mayWritePractice(actor, officeId)) throw forbidden();
    return this.scoped.run(actor, (manager) => this.readDisclosure(manager, officeId));
  }

  async setDisclosure(actor: Actor, officeId: string, showImprovement: boolean): Promise<PracticeDisclosureModel> {
    if (!mayWritePractice(actor, officeId)) throw forbidden();
    return this.scoped.run(actor, async (manager) => {
      await this.practices.setDisclosure(manager, officeId, showImprovement, actor.userId);
      await auditBy(manager, actor, 'PRACTICE_DISCLOSURE_SET', ['office', officeId], { newValue: { showImprovement } });
      return this.readDisclosure(manager, officeId);
    });
  }

  /** Models for rows, with their indicators (one query for all). */
  async toModels(manager: EntityManager, actor: Actor, rows: readonly PracticeRow[]): Promise<GoodPracticeModel[]> {
    const indicators = await this.practices.indicatorsOf(
      manager,
      rows.map((row) => row.id),
    );
    return rows.map((row) =>
      Object.assign(new GoodPracticeModel(), {
        id: row.id,
        title: row.title,
        summary: row.summary,
        body: row.body,
        problem: row.problem,
        actions: row.actions,
        results: row.results,
        resources: row.resources,
        contact: row.contact,
        year: row.yearIntroduced,
        officeId: row.officeId,
        cafCriteria: row.cafCriteria,
        tags: row.tags,
        status: row.status,
        publishedAt: row.publishedAt,
        fromSources: row.fromSources,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        version: row.version,
        featured: row.featured,
        canEdit: mayWritePractice(actor, row.officeId),
        indicators: indicators.get(row.id) ?? [],
      }),
    );
  }

  private async readDisclosure(manager: EntityManager, officeId: string): Promise<PracticeDisclosureModel> {
    const row = await this.practices.disclosure(manager, officeId);
    return { officeId, showImprovement: row?.showImprovement ?? false, decidedAt: row?.decidedAt ?? null };
  }

  private async setStatus(actor: Actor, id: string, status: 'DRAFT' | 'PUBLISHED'): Promise<GoodPracticeModel> {
    return this.scoped.run(actor, async (manager) => {
      const current = await this.editable(manager, actor, id);
      if (current.status !== status) {
        // A withdrawn practice is no longer recommended by anyone.
        await this.practices.setStatus(manager, id, status);
        await auditBy(manager, actor, status === 'PUBLISHED' ? 'PRACTICE_PUBLISHED' : 'PRACTICE_WITHDRAWN', ['good_practice', id]);
      }
      return this.reload(manager, actor, id);
    });
  }

  /** The practice if the actor may change it: not found when it cannot see it, forbidden when it may only read it. */
  private async editable(manager: EntityManager, actor: Actor, id: string): Promise<PracticeRow> {
    const [row] = isUuid(id) ? await this.practices.practicesById(manager, [], [id]) : [];
    if (!row) throw notFound('Good practice');
    if (!mayWritePractice(actor, row.officeId)) throw forbidden();
    return row;
  }

  private async checked(manager: EntityManager, input: GoodPracticeInput, language: Language) {
    const practice = cleanPractice(input);
    const problems = practiceProblems(practice, await this.practices.knownIndicatorCodes(manager, practice.indicatorCodes));
    if (problems.length > 0) {
      const messages = problems.map((problem) => ({ field: problem.field, message: describePracticeProblem(problem, language) }));
      throw new AppError('BAD_USER_INPUT', messages.map((problem) => problem.message).join(' '), {
        field: messages[0].field,
        problems: messages,
      });
    }
    return practice;
  }

  private async reload(manager: EntityManager, actor: Actor, id: string): Promise<GoodPracticeModel> {
    const rows = await this.practices.practicesById(manager, programmesOfActor(actor), [id]);
    return (await this.toModels(manager, actor, rows))[0];
  }
}
