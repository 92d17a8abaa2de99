// The good-practice data set for benchmarks (not a test): a deterministic generator of published practices
// at platform scale. `loadPractices(client, options)` loads it into a migrated database that holds the demo
// data (the catalogue indicators, the demo programme and its 33 real practices); run alone it prepares
// DATABASE_URL's database first:
//
//   DATABASE_URL=postgres://... node benchmarks/practice-data.mjs [practices] [offices]
//
// (it needs the built API: `npx nx run api:build`).
//
// What it makes, by default:
// - 500 offices of every kind (the national mix of benchmarks/national-data.mjs scaled down, 16 marshal
//   offices, plus 4 associations) across the 16 voivodeships, named after made-up Polish-looking towns;
// - 10,000 published practices, spread unevenly over them (a few offices write many): each takes one of the
//   33 real demo practices (apps/api/src/database/seed/data/good-practices.json) as its topic and is
//   written from the sentences and list items of all 33 (about two thirds from its topic), with varied
//   words: the demo offices' towns replaced by the practice's own, years and numbers redrawn, one word in
//   about twelve swapped for another word of the demo texts with the same ending (so inflected forms stay
//   Polish-looking), and one to three made-up proper names (places, projects, systems) from a pool of
//   12,000, so that the lexicon grows as a real one would and some words are rare;
// - realistic sizes: a Markdown body of 1–3 KB (summary, "Problem", "Co zrobiono" as a list, "Rezultaty",
//   more paragraphs), a summary of one or two sentences, the four sections, tags (the topic's and others),
//   CAF criteria and indicator links (the topic's, sometimes one more), a year introduced; publication
//   times a fixed 47 minutes apart before 2026-01-01; one practice in a hundred featured for the demo
//   programme.
// Every row, ids included, is a function of the options and of the demo practices file (a seeded PRNG):
// no clock, no Math.random.
//
// Loading: one transaction as the tables' owner (row-level security is not forced on good_practice, as for
// the demo seed): offices by INSERT ... SELECT FROM unnest, practices 500 at a time by INSERT ... SELECT
// FROM json_to_recordset, with the database's triggers running as for any insert (the search vector and
// the lexicon of published words); indicator links and features in bulk; then VACUUM ANALYZE.
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { VOIVODESHIPS } from './national-data.mjs';
import { runLoaderAsScript } from './support.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const source = require(join(root, 'apps/api/src/database/seed/data/good-practices.json'));
const programmeSource = require(join(root, 'apps/api/src/database/seed/data/programme-dzierzoniow.json'));
const domain = require(join(root, 'libs/domain/dist/index.js'));

/** @type {Readonly<{ practices: number, offices: number, seed: number, names: number }>} */
export const PRACTICE_DEFAULTS = Object.freeze({ practices: 10_000, offices: 500, seed: 20_260_101, names: 20_000 });

/** The seeded generator the demo uses too (libs/domain's seededRandom). */
const prng = (/** @type {number} */ seed) => domain.seededRandom(seed);

const pick = (random, items) => items[Math.floor(random() * items.length)];
const between = (random, low, high) => low + Math.floor(random() * (high - low + 1));
const bytes = (text) => Buffer.byteLength(text, 'utf8');

function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------------------
// Made-up Polish-looking names.

const ONSETS = [
  'b',
  'br',
  'brz',
  'ch',
  'cz',
  'd',
  'dąb',
  'dz',
  'g',
  'gr',
  'j',
  'k',
  'kr',
  'krz',
  'l',
  'ł',
  'm',
  'n',
  'p',
  'pr',
  'prz',
  'r',
  's',
  'sk',
  'st',
  'sz',
  'szcz',
  't',
  'tr',
  'w',
  'wr',
  'z',
  'ż',
  'ch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ą', 'ę', 'ó', 'ie', 'io'];
const ENDINGS = ['ów', 'owice', 'ice', 'no', 'sk', 'ec', 'owo', 'in', 'ierz', 'nica', 'ka', 'ów Mały', 'owa Wola', 'ewo', 'any', 'yce'];

function townName(random) {
  let name = '';
  for (let i = between(random, 1, 2); i > 0; i--) name += pick(random, ONSETS) + pick(random, VOWELS);
  name += pick(random, ONSETS).replace(/^(ch|sz|cz)$/, 'l') + pick(random, ENDINGS);
  return name[0].toUpperCase() + name.slice(1);
}

/** `count` distinct names; `taken` keeps them distinct from earlier ones. */
function distinctNames(random, count, taken = new Set()) {
  const names = [];
  while (names.length < count) {
    const name = townName(random);
    if (taken.has(name)) continue;
    taken.add(name);
    names.push(name);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Offices.

/** The kinds in the national mix (benchmarks/national-data.mjs) scaled to `total`, plus 4 associations. */
const OFFICE_KINDS = [
  {
    kind: 'VOIVODESHIP',
    share: 0,
    name: (town, region) =>
      `Urząd Marszałkowski Województwa ${region.replace(/ie$/, 'iego').replace(/(^|-)(\p{L})/gu, (_, dash, letter) => dash + letter.toUpperCase())}`,
  },
  { kind: 'COUNTY', share: 314, name: (town) => `Starostwo Powiatowe w ${town}` },
  { kind: 'CITY_COUNTY', share: 66, name: (town) => `Urząd Miasta ${town}` },
  { kind: 'URBAN_GMINA', share: 236, name: (town) => `Urząd Miejski w ${town}` },
  { kind: 'URBAN_RURAL_GMINA', share: 700, name: (town) => `Urząd Miasta i Gminy ${town}` },
  { kind: 'RURAL_GMINA', share: 1468, name: (town) => `Urząd Gminy ${town}` },
  { kind: 'ASSOCIATION', share: 0, name: (town) => `Związek Gmin ${town}` },
];

/** The offices: 16 marshal offices, 4 associations, the rest in the national proportions; regions weighted by gminas. */
export function practiceOffices({ offices = PRACTICE_DEFAULTS.offices, seed = PRACTICE_DEFAULTS.seed } = {}) {
  const random = prng(seed ^ 0x0ff1ce);
  const towns = distinctNames(random, offices);
  const regionWeights = VOIVODESHIPS.map((v) => v.gminas);
  const weightSum = regionWeights.reduce((a, b) => a + b, 0);
  const weightedRegion = () => {
    let r = random() * weightSum;
    for (let i = 0; i < VOIVODESHIPS.length; i++) if ((r -= regionWeights[i]) < 0) return VOIVODESHIPS[i].region;
    return VOIVODESHIPS[VOIVODESHIPS.length - 1].region;
  };
  const rest = offices - VOIVODESHIPS.length - 4;
  const shareSum = OFFICE_KINDS.reduce((a, k) => a + k.share, 0);
  const result = [];
  VOIVODESHIPS.forEach(({ region }, i) =>
    result.push({ kind: 'VOIVODESHIP', region, town: towns[i], name: OFFICE_KINDS[0].name(towns[i], region) }),
  );
  let t = VOIVODESHIPS.length;
  let placed = 0;
  OFFICE_KINDS.filter((k) => k.share > 0).forEach((kind, k, shared) => {
    const count = k === shared.length - 1 ? rest - placed : Math.round((rest * kind.share) / shareSum);
    placed += count;
    for (let n = 0; n < count; n++, t++)
      result.push({ kind: kind.kind, region: weightedRegion(), town: towns[t], name: kind.name(towns[t]) });
  });
  for (; t < offices; t++)
    result.push({ kind: 'ASSOCIATION', region: weightedRegion(), town: towns[t], name: OFFICE_KINDS[6].name(towns[t]) });
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Practices.

const splitSentences = (text) =>
  (text ?? '')
    .split(/(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„])/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 20);

/** Sentences and list items of each demo practice, and the words of all of them by their last three letters. */
function demoMaterial() {
  const topics = source.practices.map((p) => {
    const prose = [p.summary, p.problem, p.actions, p.results, p.resources].flatMap(splitSentences);
    const bodyLines = p.body.split('\n').map((line) => line.trim());
    const items = bodyLines.filter((line) => /^[-*] /.test(line)).map((line) => line.replace(/^[-*] /, ''));
    const paragraphs = bodyLines.filter((line) => line && !/^(#|[-*] |Źródło)/.test(line)).flatMap(splitSentences);
    return {
      title: p.title,
      summary: splitSentences(p.summary),
      problem: splitSentences(p.problem),
      actions: [...splitSentences(p.actions), ...items],
      results: splitSentences(p.results),
      resources: splitSentences(p.resources),
      sentences: [...new Set([...prose, ...paragraphs])],
      items,
      tags: p.tags,
      cafCriteria: p.cafCriteria,
      indicatorCodes: p.indicatorCodes,
    };
  });
  const allSentences = [...new Set(topics.flatMap((t) => t.sentences))];
  const allItems = [...new Set(topics.flatMap((t) => t.items))];
  const byEnding = new Map();
  for (const word of new Set(allSentences.join(' ').match(/\p{Ll}{6,}/gu) ?? [])) {
    const ending = word.slice(-3);
    if (!byEnding.has(ending)) byEnding.set(ending, []);
    byEnding.get(ending).push(word);
  }
  // The demo offices' towns, as their names spell them (any case form in the texts starts the same way).
  const demoTowns = [...new Set([...source.offices, ...programmeSource.offices].map((o) => o.name.split(' ').pop()))]
    .filter((town) => /^\p{Lu}/u.test(town) && town.length >= 5)
    .map((town) => town.slice(0, Math.max(4, town.length - 2)));
  return { topics, allSentences, allItems, byEnding, tags: [...new Set(topics.flatMap((t) => t.tags))], demoTowns };
}

/** Polish inflectional endings (longest first), for new forms of the demo texts' words. */
const INFLECTIONS = [
  'ami',
  'ach',
  'ego',
  'emu',
  'ych',
  'ymi',
  'owi',
  'om',
  'ów',
  'em',
  'ie',
  'ej',
  'ym',
  'a',
  'y',
  'ę',
  'ą',
  'u',
  'i',
  'e',
  'o',
];

const NAME_FRAMES = [
  (n) => `projekt „${n}”`,
  (n) => `sołectwo ${n}`,
  (n) => `osiedle ${n}`,
  (n) => `system ${n}`,
  (n) => `platforma ${n}`,
  (n) => `program „${n} dla mieszkańców”`,
  (n) => `punkt obsługi w ${n}`,
  (n) => `filia w ${n}`,
];
const NAME_SENTENCES = [
  (a) => `Rozwiązanie przetestowano najpierw w ramach: ${a}.`,
  (a) => `Pomysł zaczerpnięto z doświadczeń, jakie dał ${a}.`,
  (a) => `W pracach uczestniczyli także przedstawiciele, których wskazał ${a}.`,
  (a) => `Wdrożenie objęło również ${a}.`,
  (a) => `Szczegóły opisano w materiałach, które przygotował ${a}.`,
];

/**
 * The practices: `practices` rows in a fixed order, each a function of the seed and its position. Offices
 * by index into practiceOffices(); publishedAt as ISO strings.
 */
export function generatePractices({
  practices = PRACTICE_DEFAULTS.practices,
  offices = PRACTICE_DEFAULTS.offices,
  seed = PRACTICE_DEFAULTS.seed,
  names = PRACTICE_DEFAULTS.names,
} = {}) {
  const material = demoMaterial();
  const officeList = practiceOffices({ offices, seed });
  const random = prng(seed);
  const namePool = distinctNames(prng(seed ^ 0x5eed), names, new Set(officeList.map((o) => o.town)));
  const epoch = Date.parse('2026-01-01T00:00:00Z');
  const reinflect = (word) => {
    const ending = INFLECTIONS.find((e) => word.endsWith(e) && word.length - e.length >= 5);
    return ending === undefined ? word : word.slice(0, word.length - ending.length) + pick(random, INFLECTIONS);
  };
  const swapWord = (word) => {
    const same = material.byEnding.get(word.slice(-3));
    return same && same.length > 1 ? pick(random, same) : word;
  };
  const vary = (text, town) => {
    let out = text;
    for (const demo of material.demoTowns) if (out.includes(demo)) out = out.split(new RegExp(`${demo}\\p{L}*`, 'u')).join(town);
    out = out.replace(/\b(19|20)\d\d\b/g, () => String(between(random, 1998, 2025)));
    out = out.replace(/\b\d{1,3}\b(?! r\.)/g, (n) => (random() < 0.5 ? n : String(between(random, 2, 400))));
    return out.replace(/(?<!\p{L})\p{Ll}{6,}(?!\p{L})/gu, (word) => {
      const roll = random();
      return roll < 1 / 12 ? swapWord(word) : roll < 1 / 12 + 1 / 8 ? reinflect(word) : word;
    });
  };
  const fromTopic = (topic, key, town, count) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const pool = random() < 2 / 3 && topic[key].length > 0 ? topic[key] : key === 'actions' ? material.allItems : material.allSentences;
      out.push(vary(pick(random, pool), town));
    }
    return out;
  };
  const result = [];
  for (let i = 0; i < practices; i++) {
    const topic = pick(random, material.topics);
    const officeIndex = Math.min(officeList.length - 1, Math.floor(random() ** 1.6 * officeList.length));
    const office = officeList[officeIndex];
    const town = office.town;
    const properNames = Array.from({ length: between(random, 1, 4) }, () => pick(random, NAME_FRAMES)(pick(random, namePool)));
    const summary = fromTopic(topic, 'summary', town, between(random, 1, 2))
      .join(' ')
      .slice(0, 1000)
      .trim();
    const problem = fromTopic(topic, 'problem', town, between(random, 1, 2)).join(' ');
    const actionItems = fromTopic(topic, 'actions', town, between(random, 2, 5));
    const results = fromTopic(topic, 'results', town, between(random, 1, 2)).join(' ');
    const resources = random() < 0.4 ? fromTopic(topic, 'resources', town, between(random, 1, 2)).join(' ') : '';
    const extra = properNames.map((n) => pick(random, NAME_SENTENCES)(n));
    const room = bytes(extra.join(' ')) + 3; // the closing paragraph
    const target = between(random, 1000, 3000) - room;
    let body = `${summary}\n\n## Problem\n\n${problem}\n\n## Co zrobiono\n\n${actionItems.map((a) => `- ${a}`).join('\n')}\n\n## Rezultaty\n\n${results}`;
    let paragraph = [];
    while (bytes(body) < target) {
      const sentence = vary(pick(random, random() < 2 / 3 ? topic.sentences : material.allSentences), town);
      if (bytes(body) + bytes(sentence) + room > 3000 && bytes(body) + room >= 1000) break;
      paragraph.push(sentence);
      if (paragraph.length === 1) body += '\n\n';
      body += (paragraph.length > 1 ? ' ' : '') + sentence;
      if (paragraph.length >= between(random, 2, 4)) paragraph = [];
    }
    body += `\n\n${extra.join(' ')}`;
    const tags = [
      ...new Set([
        ...topic.tags.filter(() => random() < 0.7),
        ...Array.from({ length: between(random, 0, 2) }, () => pick(random, material.tags)),
      ]),
    ]
      .filter((tag) => tag.length <= 40)
      .slice(0, 12);
    const extraCriterion = random() < 0.3 ? [between(random, 1, 9)] : [];
    const extraIndicator =
      random() < 0.2
        ? [
            pick(
              random,
              material.topics.flatMap((t) => t.indicatorCodes),
            ),
          ]
        : [];
    const titleBase = vary(topic.title, town);
    const title = (random() < 0.5 ? `${titleBase} – ${town}` : titleBase).slice(0, 200);
    result.push({
      id: uuid(random),
      officeIndex,
      title,
      summary,
      body,
      problem,
      actions: actionItems.join(' '),
      results,
      resources,
      contact: random() < 0.5 ? `Biuro ds. jakości, ${office.name}` : null,
      year: between(random, 1998, 2025),
      cafCriteria: [...new Set([...topic.cafCriteria, ...extraCriterion])].sort((a, b) => a - b),
      tags,
      indicatorCodes: [...new Set([...topic.indicatorCodes, ...extraIndicator])],
      publishedAt: new Date(epoch - (i + 1) * 47 * 60_000).toISOString(),
      featured: i % 100 === 7,
    });
  }
  return { offices: officeList, practices: result };
}

// ---------------------------------------------------------------------------------------------------------
// Loading.

/** The generated practices already in the database (a kept data folder), or 0. */
export async function countGeneratedPractices(client, options = {}) {
  const { seed = PRACTICE_DEFAULTS.seed } = options;
  const firstId = generatePractices({ ...options, practices: 1, seed }).practices[0].id;
  const {
    rows: [{ present }],
  } = await client.query('SELECT EXISTS (SELECT 1 FROM good_practice WHERE id = $1) AS present', [firstId]);
  if (!present) return 0;
  const {
    rows: [{ count }],
  } = await client.query(`SELECT count(*)::int AS count FROM good_practice WHERE status = 'PUBLISHED'`);
  return count;
}

/**
 * Loads the offices and practices in one transaction as the tables' owner; returns what it loaded and how
 * long each step took (ms).
 */
/** @param {(line: string) => void} [log] */
export async function loadPractices(client, options = {}, log = () => {}) {
  const timings = {};
  let started = performance.now();
  const { offices, practices } = generatePractices(options);
  timings.generate = performance.now() - started;
  log(
    `  generated ${practices.length.toLocaleString('en-US')} practices of ${offices.length} offices in ${Math.round(timings.generate)} ms`,
  );
  const { rows: indicatorRows } = await client.query('SELECT code, id FROM indicator WHERE version = 1');
  const indicatorId = new Map(indicatorRows.map((r) => [r.code, r.id]));
  const { rows: programmes } = await client.query(`SELECT DISTINCT programme_id AS id FROM good_practice_feature`);
  await client.query('BEGIN');
  try {
    started = performance.now();
    const { rows: officeRows } = await client.query(
      `INSERT INTO office (name, kind, region) SELECT name, kind, region FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY t(name, kind, region, n) ORDER BY n RETURNING id`,
      [offices.map((o) => o.name), offices.map((o) => o.kind), offices.map((o) => o.region)],
    );
    // RETURNING follows the insert's order (ORDER BY n); checked by name below.
    const { rows: check } = await client.query('SELECT id, name FROM office WHERE id = ANY ($1::uuid[])', [officeRows.map((r) => r.id)]);
    const nameOf = new Map(check.map((r) => [r.id, r.name]));
    officeRows.forEach((row, i) => {
      if (nameOf.get(row.id) !== offices[i].name) throw new Error('office ids came back out of order');
    });
    timings.offices = performance.now() - started;
    started = performance.now();
    const BATCH = 500;
    for (let from = 0; from < practices.length; from += BATCH) {
      const batch = practices.slice(from, from + BATCH).map((p) => ({
        id: p.id,
        office_id: officeRows[p.officeIndex].id,
        title: p.title,
        summary: p.summary,
        body: p.body,
        problem: p.problem,
        actions: p.actions,
        results: p.results,
        resources: p.resources,
        contact: p.contact,
        year_introduced: p.year,
        caf_criteria: p.cafCriteria,
        tags: p.tags,
        published_at: p.publishedAt,
      }));
      await client.query(
        `INSERT INTO good_practice (id, office_id, title, summary, body, problem, actions, results, resources, contact, year_introduced, caf_criteria, tags, status, published_at, created_at, updated_at)
         SELECT id, office_id, title, summary, body, problem, actions, results, resources, contact, year_introduced, caf_criteria, tags, 'PUBLISHED', published_at, published_at, published_at
           FROM json_to_recordset($1::json) AS x(id uuid, office_id uuid, title text, summary text, body text, problem text, actions text, results text,
                resources text, contact text, year_introduced integer, caf_criteria integer[], tags text[], published_at timestamptz)`,
        [JSON.stringify(batch)],
      );
      if ((from / BATCH) % 4 === 3) log(`  ${(from + BATCH).toLocaleString('en-US')} practices inserted`);
    }
    timings.practices = performance.now() - started;
    started = performance.now();
    const links = practices.flatMap((p) =>
      p.indicatorCodes.filter((code) => indicatorId.has(code)).map((code) => [p.id, indicatorId.get(code)]),
    );
    await client.query(
      'INSERT INTO good_practice_indicator (good_practice_id, indicator_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])',
      [links.map((l) => l[0]), links.map((l) => l[1])],
    );
    const featured = practices.filter((p) => p.featured).map((p) => p.id);
    for (const { id } of programmes) {
      await client.query('INSERT INTO good_practice_feature (programme_id, good_practice_id) SELECT $1, unnest($2::uuid[])', [
        id,
        featured,
      ]);
    }
    timings.links = performance.now() - started;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  started = performance.now();
  await client.query('VACUUM ANALYZE office, good_practice, good_practice_word, good_practice_indicator, good_practice_feature');
  timings.vacuum = performance.now() - started;
  return { offices, practices, timings };
}

runLoaderAsScript(import.meta.url, async (client, [practices, offices]) => {
  const loaded = await loadPractices(client, { ...(practices ? { practices } : {}), ...(offices ? { offices } : {}) }, console.error);
  return `Loaded ${loaded.practices.length.toLocaleString('en-US')} practices of ${loaded.offices.length} offices`;
});
