import { Injectable } from '@nestjs/common';
import {
  type CleanPractice,
  PRACTICE_FIELDS,
  type PracticeField,
  type PracticeStatus,
  type SearchTerm,
  stemWord,
  termPrefixes,
  termQuery,
} from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { GoodPracticeEntity } from './entities/good-practice.entity';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { GoodPracticeFilter } from './dto/good-practice.inputs';

export type PracticeRow = Omit<GoodPracticeEntity, 'indicators'> & { featured: boolean };

const COLUMNS = `p.id, p.office_id AS "officeId", p.title, p.summary, p.body, p.problem, p.actions, p.results, p.resources,
  p.contact, p.year_introduced AS "yearIntroduced", p.caf_criteria AS "cafCriteria", p.tags, p.status,
  p.published_at AS "publishedAt", p.from_sources AS "fromSources", p.created_by AS "createdBy", p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  EXISTS (SELECT 1 FROM good_practice_feature f WHERE f.good_practice_id = p.id AND f.programme_id = ANY ($1::uuid[])) AS featured`;

/** How close a misspelt word must be to a real one (pg_trgm similarity) to stand in for it. */
const TYPO_SIMILARITY = 0.45;

export interface ExpandedTerms {
  /** one tsquery alternative per searched word: its stem, plus the stems of near words for unknown ones */
  perWord: string[];
  /** every prefix searched, for the snippet */
  prefixes: string[];
  corrections: string[];
}

export interface SearchKey {
  score: string;
  publishedAt: string;
  id: string;
}

export interface SearchPage {
  /** matchesAll: the practice holds every searched word (true when nothing was searched) */
  rows: Array<PracticeRow & { key: SearchKey; matchesAll: boolean }>;
  total: number;
  /** how many of the total hold every searched word */
  allWords: number;
}

/** The SQL behind good practices: reading rows with their indicators, writing them, and the ranked search. */
/** A practice's own fields, as insert and update write them (its indicators are rows of their own), and their columns. */
const STORED_FIELDS = PRACTICE_FIELDS.filter((field) => field !== 'indicatorCodes');
const COLUMN_OF: Partial<Record<PracticeField, string>> = { year: 'year_introduced', cafCriteria: 'caf_criteria' };
const FIELD_COLUMNS = STORED_FIELDS.map((field) => COLUMN_OF[field] ?? field);
const fieldValues = (practice: CleanPractice): unknown[] => STORED_FIELDS.map((field) => practice[field]);

@Injectable()
export class PracticeRepository {
  /** Practices by id, as far as row-level security lets the transaction see them. */
  practicesById(manager: EntityManager, viewerProgrammes: readonly string[], ids: readonly string[]): Promise<PracticeRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM good_practice p WHERE p.id = ANY ($2::uuid[])`, [viewerProgrammes, ids]);
  }

  /** Drafts and published practices of the given offices, last edited first. */
  practicesOfOffices(manager: EntityManager, viewerProgrammes: readonly string[], officeIds: readonly string[]): Promise<PracticeRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM good_practice p WHERE p.office_id = ANY ($2::uuid[]) ORDER BY p.updated_at DESC, p.id`, [
      viewerProgrammes,
      officeIds,
    ]);
  }

  /** Published practices linked to an indicator, of offices other than the given one. */
  publishedPracticesFor(
    manager: EntityManager,
    viewerProgrammes: readonly string[],
    indicatorCode: string,
    exceptOfficeId: string,
  ): Promise<PracticeRow[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM good_practice p
        WHERE p.status = 'PUBLISHED' AND p.office_id <> $3
          AND EXISTS (SELECT 1 FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id
                       WHERE gi.good_practice_id = p.id AND i.code = $2)`,
      [viewerProgrammes, indicatorCode, exceptOfficeId],
    );
  }

  /** The indicators linked to each practice (the latest definition of each code). */
  async indicatorsOf(manager: EntityManager, practiceIds: readonly string[]): Promise<Map<string, IndicatorModel[]>> {
    const rows: Array<{ practiceId: string; indicatorId: string }> = await manager.query(
      `SELECT gi.good_practice_id AS "practiceId", gi.indicator_id AS "indicatorId"
         FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id
        WHERE gi.good_practice_id = ANY ($1::uuid[]) ORDER BY i.code`,
      [practiceIds],
    );
    const entities =
      rows.length === 0 ? [] : await manager.getRepository(IndicatorEntity).findByIds([...new Set(rows.map((row) => row.indicatorId))]);
    const models = new Map(entities.map((entity) => [entity.id, IndicatorModel.from(entity)]));
    const byPractice = new Map<string, IndicatorModel[]>(practiceIds.map((id) => [id, []]));
    for (const row of rows) byPractice.get(row.practiceId)?.push(models.get(row.indicatorId) as IndicatorModel);
    return byPractice;
  }

  /** Replaces a practice's indicator links with the latest definitions of the given codes. */
  async linkIndicators(manager: EntityManager, practiceId: string, codes: readonly string[]): Promise<void> {
    await manager.query('DELETE FROM good_practice_indicator WHERE good_practice_id = $1', [practiceId]);
    await manager.query(
      `INSERT INTO good_practice_indicator (good_practice_id, indicator_id)
       SELECT $1, (SELECT id FROM indicator i WHERE i.code = c ORDER BY i.version DESC LIMIT 1) FROM unnest($2::text[]) c`,
      [practiceId, codes],
    );
  }

  /**
   * Each word is looked for by its stem as a prefix (a compound also by its parts, see termQuery). A word
   * whose stem starts no word of any published practice is probably misspelt: the nearest words of the
   * lexicon (trigram similarity) stand in for it. A compound is never corrected: its parts may be there
   * apart ("e urząd") while no practice writes it together.
   */
  async expandTerms(manager: EntityManager, terms: readonly SearchTerm[]): Promise<ExpandedTerms> {
    await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(TYPO_SIMILARITY)]);
    const rows: Array<{ word: string; known: boolean; similar: string[] }> = await manager.query(
      `SELECT q.word,
              EXISTS (SELECT 1 FROM good_practice_word w WHERE w.word LIKE q.stem || '%') AS known,
              ARRAY (SELECT w.word FROM good_practice_word w WHERE w.word % q.word
                      ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 3) AS similar
         FROM unnest($1::text[], $2::text[]) AS q(word, stem)`,
      [terms.map((term) => term.word), terms.map((term) => term.stem)],
    );
    const byWord = new Map(rows.map((row) => [row.word, row]));
    const corrections: string[] = [];
    const prefixes: string[] = [];
    const perWord = terms.map((term) => {
      const row = byWord.get(term.word);
      const near = row && !row.known && !term.parts ? row.similar : [];
      if (near.length > 0) corrections.push(near[0]);
      const nearStems = near.map(stemWord);
      prefixes.push(...termPrefixes(term), ...nearStems);
      return termQuery(term, nearStems);
    });
    return { perWord, prefixes: [...new Set(prefixes)], corrections };
  }

  /**
   * Published practices matching the words (any of them; more words matched rank higher, so those holding
   * all of them come first, then cover density with title > summary and tags > sections > body) and the
   * filters, after the cursor's key; with how many match at all and how many hold every word.
   * Without words: newest first.
   */
  async searchPublished(
    manager: EntityManager,
    options: {
      viewerProgrammes: readonly string[];
      perWord: readonly string[];
      filter: GoodPracticeFilter;
      after: SearchKey | null;
      first: number;
    },
  ): Promise<SearchPage> {
    const { filter } = options;
    const words = options.perWord.filter((alternative) => alternative.length > 0);
    const params: unknown[] = [options.viewerProgrammes, words.join(' | '), words];
    const where = [`p.status = 'PUBLISHED'`];
    const add = (condition: string, value: unknown) => where.push(condition.replace('?', `$${params.push(value)}`));
    if (words.length > 0) where.push(`p.search_vector @@ q.any`);
    if (filter.cafCriterion != null) add('p.caf_criteria @> ARRAY[?::integer]', filter.cafCriterion);
    if (filter.officeKind != null) add('o.kind = ?', filter.officeKind);
    if (filter.region != null && filter.region.trim() !== '') add('officebench_fold(o.region) = officebench_fold(?)', filter.region.trim());
    if (filter.year != null) add('p.year_introduced = ?', filter.year);
    if (filter.tag != null && filter.tag.trim() !== '')
      add('EXISTS (SELECT 1 FROM unnest(p.tags) t WHERE officebench_fold(t) = officebench_fold(?))', filter.tag.trim());
    if (filter.indicatorCode != null && filter.indicatorCode !== '') {
      add(
        'EXISTS (SELECT 1 FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id WHERE gi.good_practice_id = p.id AND i.code = ?)',
        filter.indicatorCode,
      );
    }
    if (filter.featured)
      where.push('EXISTS (SELECT 1 FROM good_practice_feature f WHERE f.good_practice_id = p.id AND f.programme_id = ANY ($1::uuid[]))');
    const afterCondition = options.after
      ? `WHERE (p.score, p.published_at, p.id) < ($${params.push(options.after.score)}::numeric, $${params.push(options.after.publishedAt)}::timestamptz, $${params.push(options.after.id)}::uuid)`
      : '';
    params.push(options.first + 1);
    // A query without words ranks nothing: every score is 0 and the order is newest first.
    const rows: Array<
      PracticeRow & { score: string; scoreValue: string; publishedKey: string; total: string; allWords: string; matched: number }
    > = await manager.query(
      `WITH q AS (
           SELECT to_tsquery('simple', $2) AS any, ARRAY (SELECT to_tsquery('simple', w) FROM unnest($3::text[]) w) AS words
         ), matched AS (
           SELECT p.*, (SELECT count(*) FROM unnest(q.words) w WHERE p.search_vector @@ w)::integer AS matched
             FROM good_practice p JOIN office o ON o.id = p.office_id, q
            WHERE ${where.join(' AND ')}
         ), matching AS (
           SELECT p.*,
                  CASE WHEN $2 = '' THEN 0::numeric ELSE round((
                    p.matched
                    + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_vector, q.any, 1) / (1 + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_vector, q.any, 1))
                  )::numeric, 6) END AS score
             FROM matched p, q
         ), counted AS (
           SELECT count(*) AS total, count(*) FILTER (WHERE p.matched = cardinality($3::text[])) AS "allWords" FROM matching p
         )
         -- The counts come back even when the page after the cursor is empty: one row with no practice.
         SELECT counted.total, counted."allWords", page.*
           FROM counted LEFT JOIN LATERAL (
             SELECT ${COLUMNS}, p.matched, p.score AS "scoreValue", p.score::text AS score, p.published_at::text AS "publishedKey"
               FROM matching p
               ${afterCondition}
              ORDER BY p.score DESC, p.published_at DESC, p.id DESC
              LIMIT $${params.length}
           ) page ON true
          ORDER BY page."scoreValue" DESC, page."publishedAt" DESC, page.id DESC`,
      params,
    );
    return {
      total: Number(rows[0].total),
      allWords: Number(rows[0].allWords),
      rows: rows
        .filter((row) => row.id !== null)
        .map(({ score, publishedKey, total: _total, allWords: _allWords, scoreValue: _scoreValue, matched, ...row }) => ({
          ...row,
          matchesAll: matched === words.length,
          key: { score, publishedAt: publishedKey, id: row.id },
        })),
    };
  }

  /**
   * Writes a new practice (its fields checked and cleaned by the domain first): a draft by `createdBy`,
   * or, for the demo seed, one written up from source documents and published at once.
   */
  async insert(
    manager: EntityManager,
    officeId: string,
    practice: CleanPractice,
    createdBy: string | null,
    { published = false } = {},
  ): Promise<string> {
    const values = [officeId, ...fieldValues(practice), createdBy];
    const [{ id }] = await manager.query(
      `INSERT INTO good_practice (office_id, ${FIELD_COLUMNS.join(', ')}, created_by${published ? ', status, published_at, from_sources' : ''})
       VALUES (${values.map((_, index) => `$${index + 1}`).join(', ')}${published ? `, 'PUBLISHED', now(), true` : ''}) RETURNING id`,
      values,
    );
    return id;
  }

  /** Rewrites a practice if it is still at `expectedVersion`; false when someone changed it meanwhile. */
  async update(manager: EntityManager, id: string, practice: CleanPractice, expectedVersion: number): Promise<boolean> {
    const fields = FIELD_COLUMNS.map((column, index) => `${column} = $${index + 2}`).join(', ');
    // In a CTE so that the driver answers rows (a bare UPDATE answers [rows, count]).
    const [updated] = await manager.query(
      `WITH changed AS (UPDATE good_practice SET ${fields}, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $${FIELD_COLUMNS.length + 2} RETURNING id) SELECT id FROM changed`,
      [id, ...fieldValues(practice), expectedVersion],
    );
    return Boolean(updated);
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM good_practice WHERE id = $1', [id]);
  }

  /** Publishes or withdraws; a withdrawn practice is no longer featured by anyone. */
  async setStatus(manager: EntityManager, id: string, status: PracticeStatus): Promise<void> {
    await manager.query(
      `UPDATE good_practice SET status = $2, published_at = CASE WHEN $2 = 'PUBLISHED' THEN now() END, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, status],
    );
    if (status === 'DRAFT') await manager.query('DELETE FROM good_practice_feature WHERE good_practice_id = $1', [id]);
  }

  async feature(manager: EntityManager, programmeId: string, id: string, featuredBy: string): Promise<void> {
    await manager.query(
      'INSERT INTO good_practice_feature (programme_id, good_practice_id, featured_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [programmeId, id, featuredBy],
    );
  }

  async unfeature(manager: EntityManager, programmeId: string, id: string): Promise<void> {
    await manager.query('DELETE FROM good_practice_feature WHERE programme_id = $1 AND good_practice_id = $2', [programmeId, id]);
  }

  async disclosure(manager: EntityManager, officeId: string): Promise<{ showImprovement: boolean; decidedAt: Date } | undefined> {
    const [row] = await manager.query(
      'SELECT show_improvement AS "showImprovement", decided_at AS "decidedAt" FROM office_practice_disclosure WHERE office_id = $1',
      [officeId],
    );
    return row;
  }

  async setDisclosure(manager: EntityManager, officeId: string, showImprovement: boolean, decidedBy: string): Promise<void> {
    await manager.query(
      `INSERT INTO office_practice_disclosure (office_id, show_improvement, decided_by) VALUES ($1, $2, $3)
       ON CONFLICT (office_id) DO UPDATE SET show_improvement = EXCLUDED.show_improvement, decided_by = EXCLUDED.decided_by, decided_at = now()`,
      [officeId, showImprovement, decidedBy],
    );
  }

  /** Which of these indicator codes exist (in any version). */
  async knownIndicatorCodes(manager: EntityManager, codes: readonly string[]): Promise<Set<string>> {
    const known: Array<{ code: string }> = await manager.query('SELECT DISTINCT code FROM indicator WHERE code = ANY ($1::text[])', [
      codes,
    ]);
    return new Set(known.map((row) => row.code));
  }

  /** Of these offices, the ones that opted in to be named and improved on the indicator (see migration 1764400000000). */
  async officesImproved(manager: EntityManager, indicatorCode: string, officeIds: readonly string[]): Promise<Set<string>> {
    const improved: Array<{ officeId: string }> = await manager.query(
      'SELECT practice_offices_improved AS "officeId" FROM practice_offices_improved($1, $2::uuid[])',
      [indicatorCode, officeIds],
    );
    return new Set(improved.map((row) => row.officeId));
  }
}
