import { Injectable } from '@nestjs/common';
import {
  type CleanPractice,
  PRACTICE_FIELDS,
  type PracticeField,
  type PracticeStatus,
  type SearchTerm,
  stemWord,
  termPrefixes,
  headQuery,
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

/** How many practices a search ranks from each tier at most (see searchPublished): every match when there are no more. */
export const RANKED_PER_TIER = 50;
/** Counts stop one past this: a count of COUNT_LIMIT + 1 means "more than COUNT_LIMIT". */
export const COUNT_LIMIT = 200;

/** The ranked subset of a search, in id order: each practice's score and how many of the words it holds. */
interface RankedSubset {
  rankedIds: string[];
  rankedScores: string[];
  rankedMatched: number[];
}

type SearchRow = PracticeRow & {
  score: string;
  scoreValue: string;
  publishedKey: string;
  total: number;
  allWords: number | null;
  matched: number;
};

/** A page's practices read back by id from good_practice, under row-level security, with their order keys. */
const READ_BACK = `SELECT ${COLUMNS}, page.matched, page.score AS "scoreValue", page.score::text AS score, page.published_at::text AS "publishedKey"
  FROM page JOIN good_practice p ON p.id = page.id`;

/** The filters' conditions on published_good_practice p and office o. */
function filterConditions(filter: GoodPracticeFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.cafCriterion != null) where.push(`p.caf_criteria @> ARRAY[${param(filter.cafCriterion)}::integer]`);
  if (filter.officeKind != null) where.push(`o.kind = ${param(filter.officeKind)}`);
  if (filter.region != null && filter.region.trim() !== '')
    where.push(`officebench_fold(o.region) = officebench_fold(${param(filter.region.trim())})`);
  if (filter.year != null) where.push(`p.year_introduced = ${param(filter.year)}`);
  if (filter.tag != null && filter.tag.trim() !== '')
    where.push(`EXISTS (SELECT 1 FROM unnest(p.tags) t WHERE officebench_fold(t) = officebench_fold(${param(filter.tag.trim())}))`);
  if (filter.indicatorCode != null && filter.indicatorCode !== '') {
    where.push(
      `EXISTS (SELECT 1 FROM good_practice_indicator gi JOIN indicator i ON i.id = gi.indicator_id WHERE gi.good_practice_id = p.id AND i.code = ${param(filter.indicatorCode)})`,
    );
  }
  if (filter.featured)
    where.push('EXISTS (SELECT 1 FROM good_practice_feature f WHERE f.good_practice_id = p.id AND f.programme_id = ANY ($1::uuid[]))');
  return where;
}

/**
 * A value sent with one row of the answer only (NULL on the others): the ranked subset's arrays are the
 * same for the whole page, and parsing them on every row cost more than the rest of the request.
 */
const onFirstRow = (value: string) => `CASE WHEN row_number() OVER () = 1 THEN ${value} END`;

function toRows(rows: ReadonlyArray<SearchRow & Partial<RankedSubset>>, words: number): SearchPage['rows'] {
  return rows
    .filter((row) => row.id !== null)
    .map(
      ({
        score,
        publishedKey,
        total: _total,
        allWords: _allWords,
        scoreValue: _scoreValue,
        matched,
        rankedIds: _ids,
        rankedScores: _scores,
        rankedMatched: _matched,
        ...row
      }) => ({
        ...row,
        matchesAll: words === 0 || matched === words,
        key: { score, publishedAt: publishedKey, id: row.id },
      }),
    );
}

function toPage(rows: readonly SearchRow[], words: number): SearchPage {
  const total = Number(rows[0].total);
  return { total, allWords: rows[0].allWords === null ? total : Number(rows[0].allWords), rows: toRows(rows, words) };
}

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
              -- A range, not LIKE q.stem || '%', so that the text_pattern_ops index answers it (the pattern is no constant).
              EXISTS (SELECT 1 FROM good_practice_word w WHERE w.word ~>=~ q.stem AND w.word ~<~ (q.stem || chr(1114111))) AS known,
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
   * Published practices matching the words (any of them) and the filters, after the cursor's key, with
   * how many match and how many hold every word, both counted up to COUNT_LIMIT (a count above it comes
   * back as COUNT_LIMIT + 1: "more than COUNT_LIMIT").
   *
   * The order: practices holding more of the words first, then by cover density (title > summary and
   * tags > sections > body), then newest first. Ranking is costly (about 20 µs a practice), so it is done
   * for a bounded subset only, chosen through the indexes (see rankedSubset): every match when there are
   * at most RANKED_PER_TIER, otherwise the newest of each tier. The practices outside it follow, newest
   * first: those holding every word after the ranked ones that do, the others after every ranked one.
   * Without words nothing is ranked: newest first.
   *
   * The search reads published_good_practice (migration 1765300000000: published practices, owned by the
   * tables' owner, so that the GIN index can be used); the practices' contents are read back by id from
   * good_practice, under row-level security.
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
    const words = options.perWord.filter((alternative) => alternative.length > 0);
    const n = words.length;
    /** One statement's SQL pieces; each statement numbers its own parameters ($1 is always the viewer's programmes). */
    const statement = () => {
      const params: unknown[] = [options.viewerProgrammes];
      const param = (value: unknown) => `$${params.push(value)}`;
      const filters = filterConditions(options.filter, param);
      const where = (...conditions: string[]) => [...filters, ...conditions].join(' AND ') || 'true';
      // The office only when a filter asks about it.
      const from = `published_good_practice p${filters.some((condition) => condition.includes('o.')) ? ' JOIN office o ON o.id = p.office_id' : ''}`;
      const { after } = options;
      return {
        params,
        param,
        where,
        from,
        limit: param(options.first + 1),
        matches: (query: string) => `p.search_vector @@ to_tsquery('simple', ${query})`,
        before: (score: string) =>
          after
            ? `(${score}, p.published_at, p.id) < (${param(after.score)}::numeric, ${param(after.publishedAt)}::timestamptz, ${param(after.id)}::uuid)`
            : 'true',
        counted: (condition: string) =>
          `(SELECT count(*) FROM (SELECT 1 FROM ${from} WHERE ${where(condition)} LIMIT ${param(COUNT_LIMIT + 1)}) c)::integer`,
        matchedCount: (each: string) =>
          `(SELECT count(*) FROM unnest(${each}::text[]) w WHERE p.search_vector @@ to_tsquery('simple', w))::integer`,
      };
    };

    if (n === 0) {
      const { params, where, from, limit, before, counted } = statement();
      const rows: SearchRow[] = await manager.query(
        `WITH page AS (
           SELECT p.id, 0::numeric AS score, p.published_at, 0 AS matched FROM ${from} WHERE ${where(before('0::numeric'))}
            ORDER BY p.published_at DESC, p.id DESC LIMIT ${limit}
         )
         SELECT ${counted('true')} AS total, NULL AS "allWords", page.*
           FROM (SELECT 1) one LEFT JOIN LATERAL (${READ_BACK}) page ON true
          ORDER BY page."publishedAt" DESC, page.id DESC`,
        params,
      );
      return toPage(rows, 0);
    }

    const first = statement();
    const any = first.param(words.join(' | '));
    const all = n > 1 ? first.param(words.join(' & ')) : any;
    const tier = (query: string) =>
      `(SELECT p.id FROM ${first.from} WHERE ${first.where(first.matches(query))} ORDER BY p.published_at DESC, p.id DESC LIMIT ${RANKED_PER_TIER})`;
    const tiers = [first.param(words.map(headQuery).join(' & ')), ...(n > 1 ? [all] : []), any];
    // The ranked subset and its page, with both counts: all that a page inside the subset needs.
    const ranked: Array<SearchRow & RankedSubset> = await manager.query(
      `WITH candidates AS (${tiers.map(tier).join(' UNION ')}),
         scored AS (
           -- At least 0.000001 above the words matched, so that a ranked practice comes before the unranked ones holding as many.
           SELECT p.id, p.published_at, m.matched, m.matched + greatest(round((r.rank / (1 + r.rank))::numeric, 6), 0.000001) AS score
             FROM candidates c JOIN published_good_practice p ON p.id = c.id,
                  LATERAL (SELECT ${first.matchedCount(first.param(words))} AS matched) m,
                  LATERAL (SELECT ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', p.search_vector, to_tsquery('simple', ${any}), 1) AS rank) r
         ),
         page AS (
           SELECT p.id, p.score, p.published_at, p.matched FROM scored p WHERE ${first.before('p.score')}
            ORDER BY p.score DESC, p.published_at DESC, p.id DESC LIMIT ${first.limit}
         )
         SELECT ${first.counted(first.matches(any))} AS total, ${n > 1 ? first.counted(first.matches(all)) : 'NULL'} AS "allWords",
                ${onFirstRow('ARRAY (SELECT id FROM scored ORDER BY id)')} AS "rankedIds",
                ${onFirstRow('ARRAY (SELECT score::text FROM scored ORDER BY id)')} AS "rankedScores",
                ${onFirstRow('ARRAY (SELECT matched FROM scored ORDER BY id)')} AS "rankedMatched", page.*
           FROM (SELECT 1) one LEFT JOIN LATERAL (${READ_BACK}) page ON true
          ORDER BY page."scoreValue" DESC, page."publishedAt" DESC, page.id DESC`,
      first.params,
    );
    const found = toPage(ranked, n);
    const subset = ranked.find((row) => row.rankedIds !== null) as RankedSubset;
    const rankedAll = subset.rankedMatched.filter((matched) => matched === n).length;
    const last = found.rows[options.first];
    // A full page is final when its last practice holds every word (nothing unranked comes before it) or when
    // every practice holding them all is ranked (the unranked ones come after every ranked one).
    if (last ? last.matchesAll || found.allWords <= rankedAll : subset.rankedIds.length >= found.total) return found;

    // The page reaches past the ranked subset: the ranked practices after the cursor and the others, newest
    // first, those holding every word (score n) before the rest (score 0).
    const second = statement();
    const [anyRest, allRest, each] = [words.join(' | '), words.join(' & '), words].map((value) => second.param(value));
    const [ids, scores, matched] = [subset.rankedIds, subset.rankedScores, subset.rankedMatched].map((value) => second.param(value));
    const rest = (score: string, condition: string) =>
      `(SELECT p.id, ${score}::numeric AS score, p.published_at, ${second.matchedCount(each)} AS matched FROM ${second.from}
         WHERE ${second.where(condition, `NOT p.id = ANY (${ids}::uuid[])`, second.before(`${score}::numeric`))}
         ORDER BY p.published_at DESC, p.id DESC LIMIT ${second.limit})`;
    const more: SearchRow[] = await manager.query(
      `WITH page AS (
         SELECT * FROM (
             (SELECT p.id, r.score, p.published_at, r.matched
                FROM unnest(${ids}::uuid[], ${scores}::numeric[], ${matched}::integer[]) r (id, score, matched)
                JOIN published_good_practice p ON p.id = r.id
               WHERE ${second.before('r.score')})
             UNION ALL ${rest(String(n), second.matches(allRest))}
             UNION ALL ${rest('0', `${second.matches(anyRest)} AND NOT ${second.matches(allRest)}`)}
           ) p
          ORDER BY p.score DESC, p.published_at DESC, p.id DESC LIMIT ${second.limit}
       )
       SELECT * FROM (${READ_BACK}) page ORDER BY page."scoreValue" DESC, page."publishedAt" DESC, page.id DESC`,
      second.params,
    );
    return { ...found, rows: toRows(more, n) };
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
