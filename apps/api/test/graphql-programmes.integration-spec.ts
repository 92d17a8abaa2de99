import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import request from 'supertest';
import { DEMO_LEAD_EMAIL } from '../src/database/seed/demo-seed';
import programmeFile from '../src/database/seed/data/programme-dzierzoniow.json';
import { demoCalendar } from '../src/database/seed/demo-calendar';
import { startTestApi, type TestApi } from './support/test-api';
import { createTestApp } from './support/test-app';
import { createMigratedDatabase } from './support/test-database';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

const PROGRAMME_QUERY = `
  query Programme($id: ID!) {
    programme(id: $id) {
      id name isDemo anonymityThreshold
      leadOffice { name }
      offices { id name kind region employees sizeIsSynthetic }
      indicators { code version name nameEn unit direction periodicity isRatio scale minValue maxValue cafCriterion }
      periods { label kind startsOn deadline lockedAt releasedAt }
      peerGroups { name basis members { name } }
    }
  }`;

describe('GraphQL: programmes', () => {
  let api: TestApi;
  let app: INestApplication;
  let lead: string;

  const graphql = (query: string, variables: Record<string, unknown> = {}) => api.graphql(query, variables, lead).expect(200);

  beforeAll(async () => {
    api = await startTestApi();
    app = api.app;
    lead = await api.signIn(DEMO_LEAD_EMAIL);
  });

  afterAll(() => api.close());

  it('lists the demo programme', async () => {
    const { body } = await graphql('{ programmes { name isDemo anonymityThreshold } }');
    expect(body).toEqual({ data: { programmes: [{ name: programmeFile.name, isDemo: true, anonymityThreshold: 5 }] } });
  });

  it('returns one programme with its offices, indicators, periods and peer groups', async () => {
    const { body: list } = await graphql('{ programmes { id } }');
    const { body } = await graphql(PROGRAMME_QUERY, { id: list.data.programmes[0].id });
    const programme = body.data.programme;
    expect(programme.leadOffice).toEqual({ name: 'Urząd Miasta Dzierżoniów' });
    expect(programme.offices.map((o: { name: string }) => o.name)).toEqual(programmeFile.offices.map((o) => o.name));
    expect(programme.offices[15]).toMatchObject({
      name: 'Urząd Marszałkowski Wrocław',
      kind: 'VOIVODESHIP',
      region: 'dolnośląskie',
      sizeIsSynthetic: true,
    });
    expect(programme.indicators).toHaveLength(21);
    expect(programme.indicators[0]).toEqual({
      code: 'CLIENT_SATISFIED_PCT',
      version: 1,
      name: 'Odsetek klientów zadowolonych i bardzo zadowolonych',
      nameEn: 'Clients satisfied or very satisfied',
      unit: 'pct',
      direction: 'HIGHER_BETTER',
      periodicity: 'ANNUAL',
      isRatio: true,
      scale: 100,
      minValue: 0,
      maxValue: 100,
      cafCriterion: 6,
    });
    const quarters = programme.periods.filter((p: { kind: string }) => p.kind === 'QUARTER');
    // The demo was loaded just now: its first quarter is the one demoCalendar gives for today.
    const [first] = demoCalendar(new Date()).periods;
    expect(quarters).toHaveLength(9);
    expect(quarters[0]).toMatchObject({
      label: first.label,
      startsOn: `${first.startsOn}T00:00:00.000Z`,
      deadline: new Date(first.deadline).toISOString(),
    });
    const all = programme.peerGroups.find((g: { basis: string }) => g.basis === 'ALL');
    expect(all.members).toHaveLength(26);
    const malopolskie = programme.peerGroups.find((g: { name: string }) => g.name === 'Województwo małopolskie');
    expect(malopolskie.members.map((m: { name: string }) => m.name)).toEqual(
      programmeFile.offices.filter((o) => o.region === 'małopolskie').map((o) => o.name),
    );
  });

  it('answers null for an unknown programme id and refuses a malformed one before looking', async () => {
    const { body } = await graphql('query P($id: ID!) { programme(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(body).toEqual({ data: { programme: null } });
    const malformed = await api.graphql('query P($id: ID!) { programme(id: $id) { id } }', { id: 'not-a-uuid' }, lead);
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id', problem: 'NOT_AN_ID' });
  });

  it('matches the committed schema.gql (run `npx nx run api:schema` after changing the API)', () => {
    const schema = printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA) writeFileSync(SCHEMA_FILE, schema);
    expect(schema).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('reports liveness and database readiness on /health', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok', database: 'up' });
  });
});

describe('GET /health without a database', () => {
  it('answers 503 and says the database is down', async () => {
    const { dataSource, close } = await createMigratedDatabase();
    const app = await createTestApp(dataSource);
    try {
      await dataSource.destroy();
      await request(app.getHttpServer()).get('/health').expect(503, { status: 'degraded', database: 'down' });
    } finally {
      await app.close();
      await close();
    }
  });
});
