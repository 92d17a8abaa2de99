import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The built API, run as a separate process the way `npm start` runs it (see startup.integration-spec.ts). */
export const BUILT_MAIN = join(__dirname, '../../../../dist/apps/api/main.js');

export interface BuiltApi {
  /** http://127.0.0.1:<port> */
  base: string;
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** True while the process has not exited. */
  running(): boolean;
  /** SIGTERM, then SIGKILL if it has not ended within 10 s. Safe to call more than once. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts dist/apps/api/main.js with NODE_ENV=production, a free PORT and `env` (DATABASE_URL at least),
 * and resolves once it prints its URL. Rejects (and ends the process) if it stops or is not ready within 60 s.
 */
export async function startBuiltApi(env: Record<string, string>): Promise<BuiltApi> {
  if (!existsSync(BUILT_MAIN)) throw new Error(`${BUILT_MAIN} is missing: run \`npx nx run api:build\` (nx runs it before api:test).`);
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the API was not ready within 60 s: ${output}`)), 60_000);
      child.stderr.on('data', (chunk) => (output += chunk));
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('OfficeBench is running at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the API stopped before it was ready (${signal ?? code}): ${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { base: `http://127.0.0.1:${port}`, child, output: () => output, running, stop };
}
