import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { createDataSource } from '../database/data-source';
import { prepareDatabase } from '../database/open-database';
import { ACCOUNT_LINK_VALID_HOURS, ensureUserWithGrant, issueAccountToken } from '../modules/auth/account.repository';
import { normaliseEmail } from '../modules/auth/auth.service';

const USAGE = `Usage: npm run admin -- create-admin --email <address> [--name "<display name>"]

Creates a platform admin (or gives an existing account the admin role) and prints a single-use link,
valid ${ACCOUNT_LINK_VALID_HOURS} hours, to set the password. Uses DATABASE_URL, or the embedded database of \`npm start\`.`;

class UsageError extends Error {}

/** The first account of a new installation: `create-admin`. Returns the lines to print. */
export async function runAdminCommand(argv: string[], env: Record<string, string | undefined>): Promise<string[]> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  if (positionals[0] !== 'create-admin' || positionals.length !== 1) throw new UsageError(USAGE);
  const email = normaliseEmail(values.email ?? '');
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError(`--email must be an e-mail address.\n\n${USAGE}`);
  const config = loadConfig(env);
  await prepareDatabase({ ...config, demoData: false });
  const owner = createDataSource(config.databaseUrl, 1);
  await owner.initialize();
  try {
    return await owner.transaction(async (manager) => {
      const user = await ensureUserWithGrant(manager, email, values.name ?? email.split('@')[0], {
        role: 'PLATFORM_ADMIN',
        programmeId: null,
        officeId: null,
      });
      if (!user.isActive) return [`${email} is deactivated; reactivate it in the database first.`];
      if (user.hasPassword) return [`${email} is a platform admin and already has a password (use "Nie pamiętam hasła" to reset it).`];
      const { token, expiresAt } = await issueAccountToken(manager, user.userId, 'INVITATION', null);
      return [
        `${email} is a platform admin. Open this link to set the password (single use, valid until ${expiresAt.toISOString()}):`,
        `${config.publicUrl}/set-password#token=${token}`,
      ];
    });
  } finally {
    await owner.destroy();
  }
}

if (require.main === module) {
  runAdminCommand(process.argv.slice(2), process.env).then(
    (lines) => console.log(lines.join('\n')),
    (error: Error) => {
      console.error(error instanceof UsageError ? error.message : `admin: ${error.message}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
