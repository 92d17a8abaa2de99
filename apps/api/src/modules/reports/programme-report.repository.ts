import { Injectable } from '@nestjs/common';
import type { OfficeKind, PeriodKind, SubmissionStatus } from '@officebench/domain';
import type { EntityManager } from 'typeorm';

/** The programme and the period a report is about (structure, no values). */
export interface ReportFacts {
  programmeName: string;
  programmeCode: string;
  periodLabel: string;
  periodKind: PeriodKind;
  startsOn: string;
  endsOn: string;
  deadline: Date;
  releasedAt: Date | null;
  offices: number;
}

/** One office of the programme in the period: who it is, its submission's status and its live values. */
export interface AppendixOfficeRow {
  position: number;
  officeId: string;
  name: string;
  kind: OfficeKind;
  region: string;
  status: SubmissionStatus | null;
  /** indicator id -> value (only the values the office has). */
  values: Record<string, number>;
}

/** Published practices by quarter of publication (written-up ones apart: they were loaded, not published). */
export interface PracticeQuarterRow {
  quarter: string | null;
  fromSources: boolean;
  practices: number;
  /** Of them, by offices of the programme. */
  programmePractices: number;
}

export interface PracticeCriterionRow {
  criterion: number;
  practices: number;
}

/**
 * The programme report's own reads. Everything else comes from the services behind the lead's queries;
 * this only adds what a per-office loop over them would do slowly: the appendix's offices, a batch at a
 * time (keyset on the programme's order, so every statement stays short), and the practice counts.
 * Called under the lead's row-level security (ScopedDatabase.run).
 */
@Injectable()
export class ProgrammeReportRepository {
  async facts(manager: EntityManager, programmeId: string, periodId: string): Promise<ReportFacts | null> {
    const [row] = await manager.query(
      `SELECT g.name AS "programmeName", g.code AS "programmeCode", p.label AS "periodLabel", p.kind AS "periodKind",
              p.starts_on::text AS "startsOn", p.ends_on::text AS "endsOn", p.deadline, p.released_at AS "releasedAt",
              (SELECT count(*)::int FROM programme_office po WHERE po.programme_id = g.id) AS offices
         FROM period p JOIN programme g ON g.id = p.programme_id
        WHERE p.id = $2 AND g.id = $1`,
      [programmeId, periodId],
    );
    return (row as ReportFacts | undefined) ?? null;
  }

  /** Up to `limit` offices after `afterPosition` in the programme's order, with their status and values in the period. */
  officeBatch(
    manager: EntityManager,
    programmeId: string,
    periodId: string,
    afterPosition: number,
    limit: number,
  ): Promise<AppendixOfficeRow[]> {
    return manager.query(
      `WITH batch AS (
         SELECT po.office_id, po.position FROM programme_office po
          WHERE po.programme_id = $1 AND po.position > $3
          ORDER BY po.position LIMIT $4
       )
       SELECT b.position, o.id AS "officeId", o.name, o.kind, o.region, s.status,
              coalesce((SELECT json_object_agg(v.indicator_id, v.value::float8)
                          FROM submission_value v WHERE v.submission_id = s.id AND v.value IS NOT NULL), '{}'::json) AS values
         FROM batch b
         JOIN office o ON o.id = b.office_id
         LEFT JOIN submission s ON s.office_id = b.office_id AND s.period_id = $2
        ORDER BY b.position`,
      [programmeId, periodId, afterPosition, limit],
    );
  }

  /** Published practices of the whole platform by quarter of publication (Polish time). */
  practiceQuarters(manager: EntityManager, programmeId: string): Promise<PracticeQuarterRow[]> {
    return manager.query(
      `SELECT CASE WHEN gp.from_sources THEN NULL
                   ELSE to_char(gp.published_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-"Q"Q') END AS quarter,
              gp.from_sources AS "fromSources", count(*)::int AS practices,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM programme_office po
                                              WHERE po.office_id = gp.office_id AND po.programme_id = $1))::int AS "programmePractices"
         FROM good_practice gp
        WHERE gp.status = 'PUBLISHED'
        GROUP BY 1, 2
        ORDER BY 1 NULLS FIRST`,
      [programmeId],
    );
  }

  /** Published practices by the year their office introduced them (null: not given). */
  practiceYears(manager: EntityManager): Promise<Array<{ year: number | null; practices: number }>> {
    return manager.query(
      `SELECT year_introduced AS year, count(*)::int AS practices FROM good_practice
        WHERE status = 'PUBLISHED' GROUP BY year_introduced ORDER BY year_introduced NULLS LAST`,
    );
  }

  /** Published practices per CAF criterion they evidence (a practice may count under several). */
  practiceCriteria(manager: EntityManager): Promise<PracticeCriterionRow[]> {
    return manager.query(
      `SELECT c AS criterion, count(*)::int AS practices
         FROM good_practice gp CROSS JOIN LATERAL unnest(gp.caf_criteria) AS c
        WHERE gp.status = 'PUBLISHED'
        GROUP BY c ORDER BY c`,
    );
  }
}
