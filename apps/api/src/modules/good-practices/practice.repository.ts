import { prefixQuery, type SearchTerm, stemWord } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import type { GoodPracticeEntity } from './entities/good-practice.entity';
import { IndicatorEntity } from '../indicators/entities/indicator.entity';
import { IndicatorModel } from '../indicators/models/indicator.model';
import type { GoodPracticeFilter } from './dto/good-practice.inputs';

/** The SQL behind good practices: reading rows with their indicators, and the ranked search. */

export type PracticeRow = Omit<GoodPracticeEntity, 'indicators'> & { featured: boolean };

const COLUMNS = `p.id, p.office_id AS "officeId", p.title, p.summary, p.body, p.problem, p.actions, p.results, p.resources,
  p.contact, p.year_introduced AS "yearIntroduced", p.caf_criteria AS "cafCriteria", p.tags, p.status,
  p.published_at AS "publishedAt", p.created_by AS "createdBy", p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  EXISTS (SELECT 1 FROM good_practice_feature f WHERE f.good_practice_id = p.id AND f.programme_id = ANY ($1::uuid[])) AS featured`;

/** Practices by id, as far as row-level security lets the transaction see them. */
export function practicesById(manager: EntityManager, viewerProgrammes: readonly string[], ids: readonly string[]): Promise<PracticeRow[]> {
  return manager.query(`SELECT ${COLUMNS} FROM good_practice p WHERE p.id = ANY ($2::uuid[])`, [viewerProgrammes, ids]);
}

/** Drafts and published practices of the given offices, last edited first. */
export function practicesOfOffices(manager: EntityManager, viewerProgrammes: readonly string[], officeIds: readonly string[]): Promise<PracticeRow[]> {
  return manager.query(`SELECT ${COLUMNS} FROM good_practice p WHERE p.office_id = ANY ($2::uuid[]) ORDER BY p.updated_at DESC, p.id`, [
    viewerProgrammes,
    officeIds,
  ]);
}

/** Published practices linked to an indicator, of offices other than the given one. */
export function publishedPracticesFor(manager: EntityManager, viewerProgrammes: readonly string[], indicatorCode: string, exceptOfficeId: string): Promise<PracticeRow[]> {
  return manager.query(
    `SELECT ${COLUMNS} FROM good_practice p
      WHERE p.status = 'PUBLISHED' AND p.office_id <> $3
        AND EXISTS (SELECT 1 FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id
                     WHERE gi.good_practice_id = p.id AND i.code = $2)`,
    [viewerProgrammes, indicatorCode, exceptOfficeId],
  );
}

/** The indicators linked to each practice (the latest definition of each code). */
export async function indicatorsOf(manager: EntityManager, practiceIds: readonly string[]): Promise<Map<string, IndicatorModel[]>> {
  const rows: Array<{ practiceId: string; indicatorId: string }> = await manager.query(
    `SELECT gi.good_practice_id AS "practiceId", gi.indicator_id AS "indicatorId"
       FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id
      WHERE gi.good_practice_id = ANY ($1::uuid[]) ORDER BY i.code`,
    [practiceIds],
  );
  const entities = rows.length === 0 ? [] : await manager.getRepository(IndicatorEntity).findByIds([...new Set(rows.map((row) => row.indicatorId))]);
  const models = new Map(entities.map((entity) => [entity.id, IndicatorModel.from(entity)]));
  const byPractice = new Map<string, IndicatorModel[]>(practiceIds.map((id) => [id, []]));
  for (const row of rows) byPractice.get(row.practiceId)?.push(models.get(row.indicatorId) as IndicatorModel);
  return byPractice;
}

/** Replaces a practice's indicator links with the latest definitions of the given codes. */
export async function linkIndicators(manager: EntityManager, practiceId: string, codes: readonly string[]): Promise<void> {
  await manager.query('DELETE FROM good_practice_indicator WHERE good_practice_id = $1', [practiceId]);
  await manager.query(
    `INSERT INTO good_practice_indicator (good_practice_id, indicator_id)
     SELECT $1, (SELECT id FROM indicator i WHERE i.code = c ORDER BY i.version DESC LIMIT 1) FROM unnest($2::text[]) c`,
    [practiceId, codes],
  );
}

/** How close a misspelt word must be to a real one (pg_trgm similarity) to stand in for it. */
const TYPO_SIMILARITY = 0.45;

export interface ExpandedTerms {
  /** one tsquery alternative per searched word: its stem, plus the stems of near words for unknown ones */
  perWord: string[];
  /** every prefix searched, for the snippet */
  prefixes: string[];
  corrections: string[];
}

/**
 * Each word is looked for by its stem as a prefix. A word whose stem starts no word of any published
 * practice is probably misspelt: the nearest words of the lexicon (trigram similarity) stand in for it.
 */
export async function expandTerms(manager: EntityManager, terms: readonly SearchTerm[]): Promise<ExpandedTerms> {
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
    const near = row && !row.known ? row.similar : [];
    if (near.length > 0) corrections.push(near[0]);
    const alternatives = [term.stem, ...near.map(stemWord)];
    prefixes.push(...alternatives);
    return prefixQuery(alternatives);
  });
  return { perWord, prefixes: [...new Set(prefixes)], corrections };
}

export interface SearchKey {
  score: string;
  publishedAt: string;
  id: string;
}

export interface SearchPage {
  rows: Array<PracticeRow & { key: SearchKey }>;
  total: number;
}

/**
 * Published practices matching the words (any of them; more words matched rank higher, then cover
 * density with title > summary and tags > sections > body) and the filters, after the cursor's key.
 * Without words: newest first.
 */
export async function searchPublished(
  manager: EntityManager,
  options: { viewerProgrammes: readonly string[]; perWord: readonly string[]; filter: GoodPracticeFilter; after: SearchKey | null; first: number },
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
  if (filter.indicatorCode != null && filter.indicatorCode !== '') {
    add(
      'EXISTS (SELECT 1 FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id WHERE gi.good_practice_id = p.id AND i.code = ?)',
      filter.indicatorCode,
    );
  }
  if (filter.featured) where.push('EXISTS (SELECT 1 FROM good_practice_feature f WHERE f.good_practice_id = p.id AND f.programme_id = ANY ($1::uuid[]))');
  const afterCondition = options.after
    ? `WHERE (p.score, p.published_at, p.id) < ($${params.push(options.after.score)}::numeric, $${params.push(options.after.publishedAt)}::timestamptz, $${params.push(options.after.id)}::uuid)`
    : '';
  params.push(options.first + 1);
  // A query without words ranks nothing: every score is 0 and the order is newest first.
  const rows: Array<PracticeRow & { score: string; scoreValue: string; publishedKey: string; total: string }> = await manager.query(
    `WITH q AS (
       SELECT to_tsquery('simple', $2) AS any, ARRAY (SELECT to_tsquery('simple', w) FROM unnest($3::text[]) w) AS words
     ), matching AS (
       SELECT p.*,
              CASE WHEN $2 = '' THEN 0::numeric ELSE round((
                (SELECT count(*) FROM unnest(q.words) w WHERE p.search_vector @@ w)
                + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_vector, q.any, 1) / (1 + ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_vector, q.any, 1))
              )::numeric, 6) END AS score
         FROM good_practice p JOIN office o ON o.id = p.office_id, q
        WHERE ${where.join(' AND ')}
     ), counted AS (SELECT count(*) AS total FROM matching)
     -- The count comes back even when the page after the cursor is empty: one row with no practice.
     SELECT counted.total, page.*
       FROM counted LEFT JOIN LATERAL (
         SELECT ${COLUMNS}, p.score AS "scoreValue", p.score::text AS score, p.published_at::text AS "publishedKey"
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
    rows: rows
      .filter((row) => row.id !== null)
      .map(({ score, publishedKey, total: _total, scoreValue: _scoreValue, ...row }) => ({ ...row, key: { score, publishedAt: publishedKey, id: row.id } })),
  };
}
