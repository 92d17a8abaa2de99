// Runs OfficeBench for the browser journeys the way a user does after building: `node scripts/start.mjs`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../../../scripts/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
// The URL must be followed by the line's end, so that output split mid-URL is never taken as the URL.
const READY = /OfficeBench is running at (http:\/\/\S+)(?=\s)/;
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts the product on a free port with a fresh data folder; resolves once it says it is running.
 * `settings` are added to its environment (a journey that needs e-mail gives SMTP_URL, see own-server.mjs).
 * Everything it prints goes to `logFile` too (the journeys read set-password links from it, as an
 * administrator of an installation without e-mail would).
 */
export async function startServer(settings = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'officebench-e2e-'));
  // Apart from the data folder, which the database's own user must be able to enter (root runs).
  const logDir = mkdtempSync(join(tmpdir(), 'officebench-e2e-log-'));
  const logFile = join(logDir, 'server.log');
  const env = { ...process.env, ...settings, PORT: String(await freePort()), OFFICEBENCH_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  // Jest sets NODE_ENV=test; the product must run as `npm start` runs it (production: no set-password
  // link in the API's answers, secure cookies, no introspection).
  delete env.NODE_ENV;
  // All journeys log in from 127.0.0.1 within a minute or two: more than a real office would.
  env.LOGIN_ATTEMPTS_PER_IP = '1000';
  // ... and the journeys sign the demo lead in many times a minute.
  env.LOGIN_ATTEMPTS_PER_ACCOUNT = '1000';
  if (process.env.E2E_DATABASE_URL) {
    env.DATABASE_URL = process.env.E2E_DATABASE_URL;
    env.DEMO_DATA ??= 'true'; // the journeys read the demo programme
  }
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(logFile);
  for (const stream of [child.stdout, child.stderr]) stream.pipe(log, { end: false });
  child.on('close', () => log.end());
  const server = { child, dataDir, logDir, logFile };
  try {
    return { ...server, url: await readyUrl(child) };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
}

function readyUrl(child) {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onOutput = (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) finish(() => resolveUrl(match[1].replace(/\/$/, '')));
    };
    const onClose = (code, signal) =>
      finish(() => reject(failure(`scripts/start.mjs exited before it was ready (code ${code}, signal ${signal}).`)));
    const timer = setTimeout(
      () => finish(() => reject(failure(`OfficeBench did not start within ${START_TIMEOUT_MS / 1000} s.`))),
      START_TIMEOUT_MS,
    );
    const failure = (reason) => new Error(`${reason}\n--- output of scripts/start.mjs ---\n${output}`);
    function finish(settle) {
      clearTimeout(timer);
      child.off('close', onClose);
      for (const stream of [child.stdout, child.stderr]) {
        stream.off('data', onOutput); // the pipe to the log file keeps draining it
      }
      settle();
    }
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', onOutput);
    }
    child.on('close', onClose); // not 'exit': 'close' comes after the last output has been read
  });
}

/** Stops the product (SIGTERM, so that it also stops its database) and removes its data folder and log. */
export async function stopServer({ child, dataDir, logDir }) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      console.error(`scripts/start.mjs did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it.`);
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  for (const folder of [dataDir, logDir]) rmSync(folder, { recursive: true, force: true });
}
