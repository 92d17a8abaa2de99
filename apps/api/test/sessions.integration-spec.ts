import request from 'supertest';
import { DEMO_LEAD_EMAIL, DEMO_PASSWORD, demoCoordinatorEmail } from '../src/database/seed/demo-seed';
import programmeFile from '../src/database/seed/data/programme-dzierzoniow.json';
import { createUser } from './support/fixtures';
import { sessionCookieOf, startTestApi, type TestApi } from './support/test-api';

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email displayName roles { role programme { name } office { name } } } }';
const ME = '{ me { email } }';
const PROGRAMMES = '{ programmes { name } }';

describe('sessions and login', () => {
  let api: TestApi;
  let email: string;

  const login = (address: string, password: string) => api.graphql(LOGIN, { e: address, p: password });
  const codeOf = (body: { errors?: Array<{ extensions: { code: string } }> }) => body.errors?.[0]?.extensions.code;
  /** Whether a cookie still opens a session: `me` answers with a user. */
  const isSignedIn = async (cookie: string) => (await api.graphql(ME, {}, cookie)).body.data.me !== null;
  const tokenHashOf = async (cookie: string) => {
    const [row] = await api.owner.query(`SELECT token_hash FROM user_session WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, [
      cookie.split('=')[1],
    ]);
    return row?.token_hash as Buffer | undefined;
  };

  beforeAll(async () => {
    api = await startTestApi({ rateLimits: { loginPerIp: 1000, loginPerAccount: 1000 } });
  });
  beforeEach(async () => {
    email = `person.${Date.now()}.${Math.random().toString(36).slice(2)}@test.officebench.local`;
    await createUser(api.owner, email, [], DEMO_PASSWORD);
  });
  afterAll(() => api.close());

  it('logs in with an httpOnly, SameSite=Lax session cookie and returns the user with their grants', async () => {
    const response = await login(demoCoordinatorEmail(3), DEMO_PASSWORD);
    expect(response.body.data.login).toEqual({
      email: demoCoordinatorEmail(3),
      displayName: expect.any(String),
      roles: [{ role: 'OFFICE_COORDINATOR', programme: { name: programmeFile.name }, office: { name: expect.any(String) } }],
    });
    const header = ([] as string[]).concat(response.headers['set-cookie'])[0];
    expect(header).toMatch(/^officebench_session=[A-Za-z0-9_-]{43};/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/);
    const cookie = sessionCookieOf(response);
    expect((await api.graphql(ME, {}, cookie)).body.data.me).toEqual({ email: demoCoordinatorEmail(3) });
    // Only a hash of the token is stored.
    const stored: Array<{ token_hash: Buffer }> = await api.owner.query(`SELECT token_hash FROM user_session`);
    expect(stored.some((row) => row.token_hash.toString('base64url') === cookie.split('=')[1])).toBe(false);
    expect(await tokenHashOf(cookie)).toBeDefined();
  });

  it('marks the cookie Secure in production', async () => {
    const production = await startTestApi({ demoData: false, env: { NODE_ENV: 'production' } });
    try {
      await createUser(production.owner, email, [], DEMO_PASSWORD);
      const response = await production.graphql(LOGIN, { e: email, p: DEMO_PASSWORD });
      expect(([] as string[]).concat(response.headers['set-cookie'])[0]).toMatch(/; Secure/);
    } finally {
      await production.close();
    }
  });

  it('accepts the e-mail in any case and with spaces around it', async () => {
    expect(codeOf((await login(`  ${email.toUpperCase()} `, DEMO_PASSWORD)).body)).toBeUndefined();
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const cookie = await api.signIn(email);
    const response = await api.graphql('mutation { logout }', {}, cookie);
    expect(response.body.data.logout).toBe(true);
    expect(([] as string[]).concat(response.headers['set-cookie'])[0]).toMatch(/^officebench_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await tokenHashOf(cookie)).toBeUndefined();
    expect(await isSignedIn(cookie)).toBe(false);
    expect(codeOf((await api.graphql(PROGRAMMES, {}, cookie)).body)).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a forged token', () => `officebench_session=${'A'.repeat(43)}`],
    ['garbage', () => 'officebench_session=%27%20OR%201%3D1--'],
    ['an empty value', () => 'officebench_session='],
  ])('treats %s as no session and clears the cookie', async (_what, cookie) => {
    const response = await api.graphql(PROGRAMMES, {}, cookie());
    expect(codeOf(response.body)).toBe('UNAUTHENTICATED');
    expect(([] as string[]).concat(response.headers['set-cookie'] ?? []).join()).toMatch(/^officebench_session=;/);
  });

  it('treats an altered cookie (one character changed) as no session', async () => {
    const cookie = await api.signIn(email);
    const last = cookie.at(-1) === 'A' ? 'B' : 'A';
    expect(await isSignedIn(cookie.slice(0, -1) + last)).toBe(false);
    expect(await isSignedIn(cookie)).toBe(true);
  });

  it('ends a session idle for 30 minutes, and keeps an active one alive', async () => {
    const idle = await api.signIn(email);
    const active = await api.signIn(email);
    await api.owner.query(
      `UPDATE user_session SET created_at = now() - interval '1 hour', last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`,
      [await tokenHashOf(idle)],
    );
    await api.owner.query(
      `UPDATE user_session SET created_at = now() - interval '1 hour', last_seen_at = now() - interval '29 minutes' WHERE token_hash = $1`,
      [await tokenHashOf(active)],
    );
    expect(await isSignedIn(idle)).toBe(false);
    expect(await isSignedIn(active)).toBe(true);
    const [{ idle_seconds }] = await api.owner.query(
      `SELECT extract(epoch FROM now() - last_seen_at)::int AS idle_seconds FROM user_session WHERE token_hash = $1`,
      [await tokenHashOf(active)],
    );
    expect(idle_seconds).toBeLessThan(60);
  });

  it('ends a session 12 hours after sign-in however active it was', async () => {
    const cookie = await api.signIn(email);
    await api.owner.query(
      `UPDATE user_session SET created_at = now() - interval '12 hours 1 minute', expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
      [await tokenHashOf(cookie)],
    );
    expect(await isSignedIn(cookie)).toBe(false);
    const [{ hours }] = await api.owner.query(
      `SELECT extract(epoch FROM expires_at - created_at) / 3600 AS hours FROM user_session LIMIT 1`,
    );
    expect(Number(hours)).toBe(12);
  });

  it('ends the sessions of a deleted user and of a deactivated one', async () => {
    const cookie = await api.signIn(email);
    await api.owner.query(`UPDATE app_user SET is_active = false WHERE email = $1`, [email]);
    expect(await isSignedIn(cookie)).toBe(false);
    await api.owner.query(`UPDATE app_user SET is_active = true WHERE email = $1`, [email]);
    const again = await api.signIn(email);
    await api.owner.query(`DELETE FROM app_user WHERE email = $1`, [email]);
    expect(await isSignedIn(again)).toBe(false);
  });

  it('says the same thing for an unknown e-mail, a wrong password and a locked account', async () => {
    const unknown = (await login('nobody@test.officebench.local', DEMO_PASSWORD)).body.errors[0];
    const wrong = (await login(email, 'wrong password')).body.errors[0];
    expect(unknown.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
    expect(wrong).toEqual(unknown);
    for (let i = 0; i < 4; i++) await login(email, 'wrong password');
    const locked = (await login(email, DEMO_PASSWORD)).body.errors[0];
    expect(locked).toEqual(unknown);
  });

  it('locks an account for 15 minutes after five failures, then lets the right password in again', async () => {
    for (let i = 0; i < 4; i++) expect(codeOf((await login(email, `wrong ${i}`)).body)).toBe('INVALID_CREDENTIALS');
    // Four failures do not lock: the right password still works and resets the count.
    expect(codeOf((await login(email, DEMO_PASSWORD)).body)).toBeUndefined();
    for (let i = 0; i < 5; i++) await login(email, `wrong ${i}`);
    expect(codeOf((await login(email, DEMO_PASSWORD)).body)).toBe('INVALID_CREDENTIALS');
    const [{ minutes }] = await api.owner.query(
      `SELECT round(extract(epoch FROM locked_until - now()) / 60) AS minutes FROM app_user WHERE email = $1`,
      [email],
    );
    expect(Number(minutes)).toBe(15);
    // Fifteen minutes later:
    await api.owner.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE email = $1`, [email]);
    expect(codeOf((await login(email, DEMO_PASSWORD)).body)).toBeUndefined();
  });

  it('counts concurrent failures exactly (five at once lock the account)', async () => {
    await Promise.all(Array.from({ length: 5 }, () => login(email, 'wrong')));
    expect(codeOf((await login(email, DEMO_PASSWORD)).body)).toBe('INVALID_CREDENTIALS');
  });

  it('logging in again replaces the previous session of the browser', async () => {
    const first = await api.signIn(DEMO_LEAD_EMAIL);
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('Cookie', first)
      .send({ query: LOGIN, variables: { e: DEMO_LEAD_EMAIL, p: DEMO_PASSWORD } });
    expect(await isSignedIn(first)).toBe(false);
    expect(await isSignedIn(sessionCookieOf(response))).toBe(true);
  });
});

describe('login rate limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ demoData: false, rateLimits: { loginPerIp: 6, loginPerAccount: 3 } });
  });
  afterAll(() => api.close());

  it('limits attempts per account and per IP with RATE_LIMITED and a wait', async () => {
    const attempt = (address: string) => api.graphql(LOGIN, { e: address, p: 'whatever' }).then((r) => r.body.errors[0].extensions);
    for (let i = 0; i < 3; i++) expect((await attempt('a@test.officebench.local')).code).toBe('INVALID_CREDENTIALS');
    expect(await attempt('A@test.officebench.local')).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    // Another account from the same address: the per-IP limit (6 attempts) is reached after 2 more.
    expect((await attempt('b@test.officebench.local')).code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('c@test.officebench.local')).code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('d@test.officebench.local')).code).toBe('RATE_LIMITED');
    expect(
      await api
        .graphql('mutation { requestPasswordReset(email: "e@test.officebench.local") }')
        .then((r) => r.body.errors[0].extensions.code),
    ).toBe('RATE_LIMITED');
  });
});
