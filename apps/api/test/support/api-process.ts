import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { TestApiOptions } from './test-api';

/** startTestApi() in a child process (see api-process.cjs), reachable over HTTP at `url`. */
export interface ApiProcess {
  url: string;
  /** Kills the process (SIGKILL: it may be stuck on a request) and starts it again on the same database. */
  restart(): Promise<void>;
  /** Ends it gracefully (SIGTERM), or SIGKILL after 10 s. */
  stop(): Promise<void>;
}

const RUNNER = join(__dirname, 'api-process.cjs');

function launch(options: TestApiOptions): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER], {
      env: { ...process.env, FUZZ_API_OPTIONS: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /READY (\d+)/.exec(stdout);
      if (ready) resolve({ child, url: `http://127.0.0.1:${ready[1]}` });
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-10_000)));
    child.once('exit', (code, signal) => reject(new Error(`the API process ended before it was ready (${code ?? signal}): ${stderr}`)));
  });
}

function ended(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** Starts the API on `options.databaseUrl` (which it leaves in place) in a child process. */
export async function startApiProcess(options: TestApiOptions & { databaseUrl: string }): Promise<ApiProcess> {
  let current = await launch(options);
  return {
    get url() {
      return current.url;
    },
    async restart() {
      current.child.kill('SIGKILL');
      await ended(current.child);
      current = await launch(options);
    },
    async stop() {
      const { child } = current;
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await ended(child);
      clearTimeout(timer);
    },
  };
}
