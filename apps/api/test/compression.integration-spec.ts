import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ASSET_CACHE_CONTROL } from '../src/common/serve-web';
import { prepareDatabase } from '../src/database/open-database';
import { DEMO_LEAD_EMAIL, DEMO_PASSWORD } from '../src/database/seed/demo-seed';
import { type BuiltApi, startBuiltApi } from './support/built-api';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent, still compressed if it was. */
  raw: Buffer;
}

/** One request with node:http, which (unlike fetch) neither adds Accept-Encoding nor decompresses the answer. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, raw: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function decoded(answer: Answer): string {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(answer.raw).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(answer.raw).toString('utf8');
  return answer.raw.toString('utf8');
}

/** A stand-in for a Vite chunk: 40 KB of repetitive JavaScript, as compressible as the real ones. */
const SCRIPT = Array.from({ length: 800 }, (_, i) => `export const value${i} = { label: 'value ${i}', index: ${i} };`).join('\n');
const ASSET = '/assets/index-Ab12Cd34.js';

const PROGRAMMES = '{ programmes { id name offices { id name kind region } indicators { code } } }';

describe('compressed answers and cached assets, in the built API', () => {
  let database: TestDatabase;
  let web: string;
  let api: BuiltApi;
  let cookie: string;

  const graphql = (headers: Record<string, string>) =>
    send(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
      body: JSON.stringify({ query: PROGRAMMES }),
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase({ databaseUrl: database.url, appDatabaseUrl: null, demoData: true });
    web = mkdtempSync(join(tmpdir(), 'officebench-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), `<!doctype html><title>OfficeBench</title><script type="module" src="${ASSET}"></script>`);
    writeFileSync(join(web, ASSET), SCRIPT);
    api = await startBuiltApi({ DATABASE_URL: database.url, WEB_DIST: web, RELEASE_SWEEP_MINUTES: '0', REMINDER_SWEEP_MINUTES: '0' });
    const login = await send(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
        variables: { e: DEMO_LEAD_EMAIL, p: DEMO_PASSWORD },
      }),
    });
    const session = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((value) => value.startsWith('officebench_session='));
    if (!session) throw new Error(`no session: ${decoded(login)}`);
    cookie = session.split(';')[0];
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await database?.drop();
    if (web) rmSync(web, { recursive: true, force: true });
  });

  it.each([
    ['gzip', 'gzip, deflate'],
    ['br', 'gzip, deflate, br'],
  ])('sends a script %s-compressed when asked (%s), the same bytes once decoded', async (encoding, accept) => {
    const answer = await send(`${api.base}${ASSET}`, { headers: { 'Accept-Encoding': accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(answer.raw.length).toBeLessThan(SCRIPT.length / 4);
    expect(decoded(answer)).toBe(SCRIPT);
  });

  it('sends a script uncompressed to a client that does not ask', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }] as Array<Record<string, string>>) {
      const answer = await send(`${api.base}${ASSET}`, { headers });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.raw.toString('utf8')).toBe(SCRIPT);
    }
  });

  it.each([
    ['gzip', 'gzip'],
    ['br', 'br;q=1.0, gzip;q=0.5'],
  ])('sends a GraphQL answer %s-compressed when asked (%s)', async (encoding, accept) => {
    const answer = await graphql({ 'Accept-Encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    const body = JSON.parse(decoded(answer));
    expect(body.errors).toBeUndefined();
    expect(body.data.programmes[0].offices).toHaveLength(26);
    expect(answer.raw.length).toBeLessThan(Buffer.byteLength(decoded(answer)) / 2);
  });

  it('sends a GraphQL answer uncompressed to a client that does not ask, and keeps the security headers either way', async () => {
    const plain = await graphql({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.raw.toString('utf8')).data.programmes[0].offices).toHaveLength(26);
    const compressed = await graphql({ 'Accept-Encoding': 'gzip' });
    for (const answer of [plain, compressed]) {
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('caches hashed assets for a year, revalidates index.html, and answers a missing asset with 404, not the page', async () => {
    const asset = await send(`${api.base}${ASSET}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers['cache-control']).toBe(ASSET_CACHE_CONTROL);
    for (const path of ['/', '/index.html', '/programmes/anything']) {
      const page = await send(`${api.base}${path}`, { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip' } });
      expect([path, page.status, page.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      expect(decoded(page)).toContain(ASSET);
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const missing = await send(`${api.base}/assets/index-gone0000.js`, { headers: { Accept: '*/*' } });
    expect(missing.status).toBe(404);
    expect(missing.raw.toString('utf8')).not.toContain('<title>OfficeBench</title>');
  });
});
