// Benchmark accounts on the national programme (benchmarks/national-data.mjs): its lead and coordinators of a
// spread of its offices, created as the tables' owner with one password hash, then signed in over HTTP.
import { Agent } from 'node:http';
import { dist, signIn } from './support.mjs';

const { hashPassword } = dist('modules/auth/password-hashing.js');
const { hashToken } = dist('modules/auth/tokens.js');

const PASSWORD = 'benchmark password';
const ACCOUNT_DOMAIN = 'bench.officebench.local';

/** The lead and `count` coordinators (one office each, spread over the kinds and regions), one password hash. */
export async function ensureAccounts(owner, national, count) {
  const passwordHash = await hashPassword(PASSWORD);
  const step = Math.max(1, Math.floor(national.offices.length / count));
  const offices = national.offices.filter((_, i) => i % step === 0).slice(0, count);
  const leadEmail = `lead@${ACCOUNT_DOMAIN}`;
  const emails = [leadEmail, ...offices.map((o) => `coordinator.${o.position}@${ACCOUNT_DOMAIN}`)];
  await owner.query('BEGIN');
  await owner.query(
    `INSERT INTO app_user (email, display_name, password_hash) SELECT e, e, $2 FROM unnest($1::text[]) e
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL`,
    [emails, passwordHash],
  );
  const { rows } = await owner.query('SELECT id, email FROM app_user WHERE email = ANY($1::text[])', [emails]);
  const idOf = new Map(rows.map((r) => [r.email, r.id]));
  await owner.query(
    `INSERT INTO role_grant (user_id, role, programme_id) VALUES ($1, 'PROGRAMME_LEAD', $2) ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
    [idOf.get(leadEmail), national.programmeId],
  );
  await owner.query(
    `INSERT INTO role_grant (user_id, role, programme_id, office_id) SELECT u, 'OFFICE_COORDINATOR', $1, o FROM unnest($2::uuid[], $3::uuid[]) t(u, o)
     ON CONFLICT ON CONSTRAINT role_grant_unique DO NOTHING`,
    [national.programmeId, offices.map((o) => idOf.get(`coordinator.${o.position}@${ACCOUNT_DOMAIN}`)), offices.map((o) => o.id)],
  );
  await owner.query(`DELETE FROM user_session WHERE user_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  await owner.query('COMMIT');
  return {
    lead: { email: leadEmail, userId: idOf.get(leadEmail) },
    coordinators: offices.map((office) => ({
      email: `coordinator.${office.position}@${ACCOUNT_DOMAIN}`,
      userId: idOf.get(`coordinator.${office.position}@${ACCOUNT_DOMAIN}`),
      office,
    })),
  };
}

export async function signInAll(port, accounts) {
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  try {
    const all = [accounts.lead, ...accounts.coordinators];
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < all.length) {
          const account = all[next++];
          account.cookie = await signIn(agent, port, account.email, PASSWORD);
          account.sessionHash = hashToken(account.cookie.slice(account.cookie.indexOf('=') + 1));
        }
      }),
    );
  } finally {
    agent.destroy();
  }
}
