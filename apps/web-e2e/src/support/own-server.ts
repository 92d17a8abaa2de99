import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface OwnServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a second OfficeBench (support/own-server.mjs, through server.mjs as the global set-up does)
 * with these extra settings, for a journey whose settings would change the other journeys' (SMTP_URL
 * takes the set-password links out of the server log they read).
 */
export async function startOwnServer(settings: Record<string, string>): Promise<OwnServer> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'own-server.mjs'), JSON.stringify(settings)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"url":'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.on('close', (code) => reject(new Error(`own-server.mjs exited (code ${code}) before it was ready:\n${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
