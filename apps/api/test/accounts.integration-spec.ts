import { startTestSmtp } from './support/test-smtp';
import { DEMO_ADMIN_EMAIL, DEMO_LEAD_EMAIL } from '../src/database/seed/demo-seed';
import { runAdminCommand } from '../src/cli/admin';
import { coordinator, createUser, demoIds, type DemoIds, lead, linkTokenFor } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';
import { createTestDatabase } from './support/test-database';

const INVITE =
  'mutation($i: InviteUserInput!) { inviteUser(input: $i) { user { id email hasPassword roles { role office { id } } } expiresAt link } }';
const SET_PASSWORD = 'mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) { email } }';
const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const codeOf = (body: { errors?: Array<{ extensions: { code: string } }> }) => body.errors?.[0]?.extensions.code;
let sequence = 0;
const newEmail = () => `invitee.${Date.now()}.${++sequence}@test.officebench.local`;

describe('invitations and set-password links', () => {
  let api: TestApi;
  let demo: DemoIds;
  let leadCookie: string;
  let log: jest.SpyInstance;

  const invite = (email: string, officeIndex = 4) =>
    api.graphql(
      INVITE,
      {
        i: {
          email,
          displayName: 'Jan Kowalski',
          role: 'OFFICE_COORDINATOR',
          programmeId: demo.programmeId,
          officeId: demo.officeIds[officeIndex],
        },
      },
      leadCookie,
    );
  const loggedLinks = () => log.mock.calls.map((call) => String(call[0])).filter((line) => line.startsWith('[AccountLinks]'));

  beforeAll(async () => {
    api = await startTestApi({ rateLimits: { loginPerIp: 1000 } });
    demo = await demoIds(api.owner);
    leadCookie = await api.signIn(DEMO_LEAD_EMAIL);
  });
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => log.mockRestore());
  afterAll(() => api.close());

  it('a lead invites a coordinator: the account exists without a password, the link works once within 72 hours', async () => {
    const email = newEmail();
    const { body } = await invite(email);
    const invitation = body.data.inviteUser;
    expect(invitation.user).toEqual({
      id: expect.any(String),
      email,
      hasPassword: false,
      roles: [{ role: 'OFFICE_COORDINATOR', office: { id: demo.officeIds[4] } }],
    });
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(71.9 * 3_600_000);
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeLessThanOrEqual(72 * 3_600_000);
    expect(invitation.link).toMatch(/^http:\/\/localhost:3000\/set-password#token=[A-Za-z0-9_-]{43}$/);
    expect(loggedLinks()).toEqual([expect.stringContaining(invitation.link)]);
    // Not yet able to sign in.
    expect(codeOf((await api.graphql('mutation($e: String!) { login(email: $e, password: "") { id } }', { e: email })).body)).toBe(
      'INVALID_CREDENTIALS',
    );

    const used = await api.graphql(SET_PASSWORD, { t: tokenOf(invitation.link), p: 'mój nowy sekret' });
    expect(used.body.data.setPassword).toEqual({ email });
    expect(([] as string[]).concat(used.headers['set-cookie'])[0]).toMatch(/^officebench_session=/);
    await api.signIn(email, 'mój nowy sekret');
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: tokenOf(invitation.link), p: 'another password' })).body)).toBe('INVALID_TOKEN');
    const [audit] = await api.owner.query(
      `SELECT action, actor_user_id IS NOT NULL AS by_someone FROM audit_log WHERE entity = 'app_user' AND entity_id = $1 ORDER BY id`,
      [invitation.user.id],
    );
    expect(audit).toEqual({ action: 'INVITE', by_someone: true });
  });

  it('refuses an expired link, a malformed one and a too short password (which does not use up the link)', async () => {
    const { body } = await invite(newEmail());
    const token = tokenOf(body.data.inviteUser.link);
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: token, p: 'short' })).body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: 'not-a-token', p: 'long enough password' })).body)).toBe('INVALID_TOKEN');
    await api.owner.query(
      `UPDATE account_token SET created_at = now() - interval '73 hours', expires_at = now() - interval '1 hour' WHERE user_id = $1`,
      [body.data.inviteUser.user.id],
    );
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: token, p: 'long enough password' })).body)).toBe('INVALID_TOKEN');
  });

  it('inviting again replaces the earlier link; inviting someone with a password only adds the grant', async () => {
    const email = newEmail();
    const first = (await invite(email)).body.data.inviteUser.link;
    const second = (await invite(email)).body.data.inviteUser.link;
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: tokenOf(first), p: 'long enough password' })).body)).toBe('INVALID_TOKEN');
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: tokenOf(second), p: 'long enough password' })).body)).toBeUndefined();
    const again = (await invite(email, 5)).body.data.inviteUser;
    expect(again.link).toBeNull();
    expect(again.expiresAt).toBeNull();
    expect(again.user.roles.map((r: { office: { id: string } }) => r.office.id)).toEqual([demo.officeIds[4], demo.officeIds[5]]);
  });

  it('refuses a lead granting outside its programme or granting admin, and an office outside the programme', async () => {
    const [{ id: foreignOffice }] = await api.owner.query(
      `INSERT INTO office (name, kind, region) VALUES ('Urząd spoza programu', 'RURAL_GMINA', 'lubuskie') RETURNING id`,
    );
    const asLead = (input: Record<string, unknown>) =>
      api.graphql(INVITE, { i: { email: newEmail(), displayName: 'X', ...input } }, leadCookie).then((r) => r.body);
    expect(codeOf(await asLead({ role: 'PLATFORM_ADMIN' }))).toBe('FORBIDDEN');
    expect(codeOf(await asLead({ role: 'OFFICE_COORDINATOR', programmeId: demo.programmeId, officeId: foreignOffice }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await asLead({ role: 'OFFICE_COORDINATOR', programmeId: demo.programmeId }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await asLead({ role: 'PROGRAMME_LEAD', programmeId: '00000000-0000-4000-8000-000000000000' }))).toBe('FORBIDDEN');
    const bad = await api.graphql(
      INVITE,
      { i: { email: 'not an address', displayName: 'X', role: 'PROGRAMME_LEAD', programmeId: demo.programmeId } },
      leadCookie,
    );
    expect(bad.body.errors[0]).toMatchObject({
      message: 'Pole email musi zawierać adres e-mail.',
      extensions: { code: 'BAD_USER_INPUT', field: 'email' },
    });
  });

  it('does not hand the link to the inviter in production (it is in the server log)', async () => {
    const production = await startTestApi({ env: { NODE_ENV: 'production' } });
    try {
      const ids = await demoIds(production.owner);
      const admin = await production.signIn(DEMO_ADMIN_EMAIL);
      const { body } = await production.graphql(
        INVITE,
        { i: { email: newEmail(), displayName: 'Y', role: 'PROGRAMME_LEAD', programmeId: ids.programmeId } },
        admin,
      );
      expect(body.data.inviteUser.link).toBeNull();
      expect(body.data.inviteUser.expiresAt).not.toBeNull();
      expect(loggedLinks()).toEqual([expect.stringMatching(/INVITATION link for invitee.*set-password#token=/)]);
    } finally {
      await production.close();
    }
  });

  it('resets a password: same answer for unknown addresses, the new password works, old sessions end', async () => {
    const email = newEmail();
    await createUser(api.owner, email, [coordinator(demo.programmeId, demo.officeIds[6])], 'the old password');
    const oldSession = await api.signIn(email, 'the old password');
    expect((await api.graphql(RESET, { e: 'nobody@test.officebench.local' })).body).toEqual({ data: { requestPasswordReset: true } });
    expect(loggedLinks()).toEqual([]);
    expect((await api.graphql(RESET, { e: email })).body).toEqual({ data: { requestPasswordReset: true } });
    await new Promise<void>((resolve) => setImmediate(resolve));
    const [line] = loggedLinks();
    expect(line).toMatch(/PASSWORD_RESET link for/);
    const token = tokenOf(line.slice(line.indexOf('http')));
    expect(codeOf((await api.graphql(SET_PASSWORD, { t: token, p: 'the new password' })).body)).toBeUndefined();
    expect((await api.graphql('{ me { email } }', {}, oldSession)).body.data.me).toBeNull();
    await api.signIn(email, 'the new password');
  });

  it('a reset link also lifts a lockout', async () => {
    const email = newEmail();
    const userId = await createUser(api.owner, email, [], 'the old password');
    await api.owner.query(`UPDATE app_user SET locked_until = now() + interval '15 minutes' WHERE id = $1`, [userId]);
    await api.graphql(SET_PASSWORD, { t: await linkTokenFor(api.owner, userId, 'PASSWORD_RESET'), p: 'the new password' });
    await api.signIn(email, 'the new password');
  });

  it("lists users: a lead sees its programme's people, and of their grants only those in its programmes", async () => {
    const [{ id: otherProgramme }] = await api.owner.query(`INSERT INTO programme (code, name) VALUES ('other', 'Inny') RETURNING id`);
    const email = newEmail();
    await createUser(api.owner, email, [coordinator(demo.programmeId, demo.officeIds[7]), lead(otherProgramme)]);
    const { body } = await api.graphql(
      'query($p: ID) { users(programmeId: $p) { email roles { role } } }',
      { p: demo.programmeId },
      leadCookie,
    );
    const listed = body.data.users.find((u: { email: string }) => u.email === email);
    expect(listed.roles).toEqual([{ role: 'OFFICE_COORDINATOR' }]);
    expect(body.data.users.map((u: { email: string }) => u.email)).not.toContain(DEMO_ADMIN_EMAIL);
    const admin = await api.signIn(DEMO_ADMIN_EMAIL);
    const all = await api.graphql('{ users { email roles { role } } }', {}, admin);
    expect(all.body.data.users.find((u: { email: string }) => u.email === email).roles).toHaveLength(2);
    expect(codeOf((await api.graphql('{ users { email } }', {}, leadCookie)).body)).toBe('FORBIDDEN');
  });

  it('deactivating ends the sessions at once; the admin cannot deactivate itself', async () => {
    const email = newEmail();
    const userId = await createUser(api.owner, email, []);
    const session = await api.signIn(email, 'correct horse battery');
    const admin = await api.signIn(DEMO_ADMIN_EMAIL);
    const { body } = await api.graphql('mutation($u: ID!) { deactivateUser(userId: $u) { isActive } }', { u: userId }, admin);
    expect(body.data.deactivateUser).toEqual({ isActive: false });
    expect((await api.graphql('{ me { email } }', {}, session)).body.data.me).toBeNull();
    expect(
      codeOf(
        (await api.graphql('mutation($e: String!) { login(email: $e, password: "correct horse battery") { id } }', { e: email })).body,
      ),
    ).toBe('INVALID_CREDENTIALS');
    const [{ id: adminId }] = await api.owner.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO_ADMIN_EMAIL]);
    expect(codeOf((await api.graphql('mutation($u: ID!) { deactivateUser(userId: $u) { isActive } }', { u: adminId }, admin)).body)).toBe(
      'FORBIDDEN',
    );
  });

  it('a lead revokes a grant in its programme; the change applies to the next request of that user', async () => {
    const email = newEmail();
    await createUser(api.owner, email, [coordinator(demo.programmeId, demo.officeIds[8])]);
    const session = await api.signIn(email, 'correct horse battery');
    const [{ id: grantId }] = await api.owner.query(
      `SELECT g.id FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.email = $1`,
      [email],
    );
    expect((await api.graphql('mutation($g: ID!) { revokeRoleGrant(grantId: $g) }', { g: grantId }, leadCookie)).body.data).toEqual({
      revokeRoleGrant: true,
    });
    expect(
      codeOf(
        (
          await api.graphql(
            'query($o: ID!, $p: ID!) { submission(officeId: $o, periodId: $p) { id } }',
            { o: demo.officeIds[8], p: demo.openQuarterId },
            session,
          )
        ).body,
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf((await api.graphql('mutation($g: ID!) { revokeRoleGrant(grantId: $g) }', { g: grantId }, leadCookie)).body)).toBe(
      'NOT_FOUND',
    );
  });
});

describe('e-mailed links (SMTP_URL)', () => {
  it('sends the invitation by e-mail through the configured server', async () => {
    const smtp = await startTestSmtp();
    const api = await startTestApi({
      env: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Bench <bench@test.officebench.local>',
        PUBLIC_URL: 'https://bench.example.pl',
      },
    });
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const ids = await demoIds(api.owner);
      const admin = await api.signIn(DEMO_ADMIN_EMAIL);
      const email = newEmail();
      const { body } = await api.graphql(
        INVITE,
        { i: { email, displayName: 'Z', role: 'PROGRAMME_LEAD', programmeId: ids.programmeId } },
        admin,
      );
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toBe(email);
      expect(smtp.received[0].text).toContain(`To: ${email}`);
      expect(smtp.received[0].text).toContain('From: Bench <bench@test.officebench.local>');
      expect(smtp.received[0].text).toContain(body.data.inviteUser.link);
      expect(body.data.inviteUser.link).toMatch(/^https:\/\/bench\.example\.pl\/set-password#token=/);
      // With mail configured the link is not printed to the log.
      expect(log.mock.calls.flat().join('\n')).not.toContain('set-password');
    } finally {
      log.mockRestore();
      await api.close();
      await smtp.close();
    }
  });
});

describe('npm run admin -- create-admin', () => {
  it('creates the first admin on an empty installation and prints a set-password link', async () => {
    const database = await createTestDatabase();
    try {
      const env = { DATABASE_URL: database.url, PUBLIC_URL: 'https://bench.example.pl' };
      const lines = await runAdminCommand(['create-admin', '--email', ' First@Example.PL ', '--name', 'Anna Nowak'], env);
      expect(lines[0]).toMatch(/^first@example.pl is a platform admin/);
      expect(lines[1]).toMatch(/^https:\/\/bench\.example\.pl\/set-password#token=[A-Za-z0-9_-]{43}$/);
      const api = await startTestApi({ databaseUrl: database.url, demoData: false });
      try {
        await api.graphql(SET_PASSWORD, { t: tokenOf(lines[1]), p: 'first admin password' });
        const cookie = await api.signIn('first@example.pl', 'first admin password');
        expect((await api.graphql('{ me { displayName roles { role } } }', {}, cookie)).body.data.me).toEqual({
          displayName: 'Anna Nowak',
          roles: [{ role: 'PLATFORM_ADMIN' }],
        });
      } finally {
        await api.close();
      }
      expect((await runAdminCommand(['create-admin', '--email', 'first@example.pl'], env))[0]).toMatch(/already has a password/);
      await expect(runAdminCommand(['create-admin'], env)).rejects.toThrow(/--email must be an e-mail address/);
      await expect(runAdminCommand(['delete-everything'], env)).rejects.toThrow(/Usage: npm run admin/);
    } finally {
      await database.drop();
    }
  });
});
