import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** The role the API works as: it owns nothing, so row-level security always applies to it. */
export const APP_ROLE = 'officebench_app';

/**
 * The API's connection URL when no APP_DATABASE_URL is given: the owner's server and database, as
 * officebench_app with a password derived from the owner's credentials. Every API process with the same
 * DATABASE_URL derives the same password, so several can start side by side.
 */
export function derivedAppUrl(ownerUrl: string): string {
  const owner = new URL(ownerUrl);
  const secret = `${decodeURIComponent(owner.username)}:${decodeURIComponent(owner.password)}`;
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = createHmac('sha256', secret).update(APP_ROLE).digest('hex');
  return app.toString();
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '28P01' || code === '28000') return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Another process changing the same role at the same moment: PostgreSQL says "tuple concurrently updated". */
const isConcurrentUpdate = (error: unknown) => /concurrently updated/.test((error as Error).message ?? '');

/**
 * Lets officebench_app log in with the derived password (the migration creates it NOLOGIN). Needs an
 * owner allowed to manage roles (CREATEROLE or superuser); otherwise set APP_DATABASE_URL.
 */
export async function enableAppLogin(owner: DataSource, appUrl: string): Promise<void> {
  if (await canConnect(appUrl)) return;
  const password = decodeURIComponent(new URL(appUrl).password);
  for (let attempt = 1; ; attempt++) {
    try {
      // ALTER ROLE takes no parameters: the password is hex, so quoting it is safe.
      await owner.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
      return;
    } catch (error) {
      if (!isConcurrentUpdate(error) || attempt === 5) {
        throw new Error(`cannot let ${APP_ROLE} log in (${(error as Error).message}); give the owner CREATEROLE or set APP_DATABASE_URL`);
      }
    }
  }
}

/**
 * Refuses to run the API as a role that would skip row-level security: a superuser, a BYPASSRLS role,
 * or a member of the role that owns the tables.
 */
export async function assertUnprivileged(app: DataSource): Promise<void> {
  const [role] = await app.query(
    `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
            pg_has_role(current_user, c.relowner, 'USAGE') AS owner
       FROM pg_roles r, pg_class c
      WHERE r.rolname = current_user AND c.oid = 'submission'::regclass`,
  );
  if (role.superuser || role.bypass || role.owner) {
    throw new Error(`the API's database role ${role.name} skips row-level security (superuser, BYPASSRLS or table owner); use ${APP_ROLE}`);
  }
}
