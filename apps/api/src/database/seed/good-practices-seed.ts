import { cleanPractice, practiceProblems } from '@officebench/domain';
import type { EntityManager } from 'typeorm';
import practicesFile from './data/good-practices.json';
import programmeFile from './data/programme-dzierzoniow.json';
import { PracticeRepository } from '../../modules/good-practices/practice.repository';
import { idsBy, insertMissing } from './seed-sql';

/** Practices the demo lead features for the programme's offices (by their row in the sources). */
const FEATURED_SOURCES = [18, 22];

/**
 * The 33 real practices named in the source documents, written up from the facts given there and
 * published under their real offices (Kraków, Mysłowice and Poznań are on the platform without
 * taking part in the demo programme; Związek Powiatów Polskich as an association). The lead office
 * opts in to be named as having improved. A practice already there (same office and title) is kept.
 */
export async function seedGoodPractices(manager: EntityManager, programmeId: string, leadOfficeId: string): Promise<void> {
  await insertMissing(
    manager,
    'office',
    ['name', 'kind', 'region'],
    practicesFile.offices.map((office) => [office.name, office.kind, office.region]),
    '(name, region)',
  );
  const regionOf = new Map([...practicesFile.offices, ...programmeFile.offices].map((office) => [office.name, office.region]));
  const officeIds = await idsBy(manager, `SELECT name || '|' || region AS key, id FROM office`, []);
  const indicatorIds = await idsBy(manager, 'SELECT code AS key, id FROM indicator WHERE version = 1', []);
  const existing = new Set(
    ((await manager.query('SELECT office_id::text || title AS key FROM good_practice')) as Array<{ key: string }>).map((row) => row.key),
  );
  const idsBySource = new Map<number, string>();
  const practices = new PracticeRepository();
  for (const entry of practicesFile.practices) {
    const officeId = officeIds.get(`${entry.office}|${regionOf.get(entry.office)}`);
    if (!officeId) throw new Error(`Good practice ${entry.source}: unknown office ${entry.office}`);
    const practice = cleanPractice(entry);
    const problems = practiceProblems(practice, new Set(indicatorIds.keys()));
    if (problems.length > 0) throw new Error(`Good practice ${entry.source}: ${JSON.stringify(problems)}`);
    if (existing.has(officeId + practice.title)) continue;
    const id = await practices.insert(manager, officeId, practice, null, { published: true });
    idsBySource.set(entry.source, id);
    await insertMissing(
      manager,
      'good_practice_indicator',
      ['good_practice_id', 'indicator_id'],
      practice.indicatorCodes.map((code) => [id, indicatorIds.get(code)]),
      '(good_practice_id, indicator_id)',
    );
  }
  await insertMissing(
    manager,
    'good_practice_feature',
    ['programme_id', 'good_practice_id'],
    FEATURED_SOURCES.filter((source) => idsBySource.has(source)).map((source) => [programmeId, idsBySource.get(source)]),
    '(programme_id, good_practice_id)',
  );
  await insertMissing(manager, 'office_practice_disclosure', ['office_id', 'show_improvement'], [[leadOfficeId, true]], '(office_id)');
}
