import type { DataSource } from 'typeorm';

/**
 * PostgreSQL advisory locks that let several API processes on one database take turns: the first key
 * is OfficeBench's own (this file's migration timestamp, so no other user of the database collides),
 * the second the work's name hashed. Session locks, held on one connection of the pool for the whole
 * run and released with it: a process that dies mid-run lets the others go on.
 */
const NAMESPACE = 1765400;

/** `wait`: block until the lock is free; otherwise give up at once when another process holds it. */
async function holding<T>(
  dataSource: DataSource,
  name: string,
  wait: boolean,
  work: () => Promise<T>,
): Promise<{ ran: boolean; result?: T }> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }]: Array<{ locked: boolean }> = await runner.query(
      wait ? `SELECT true AS locked FROM pg_advisory_lock($1, hashtext($2))` : `SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`,
      [NAMESPACE, name],
    );
    if (!locked) return { ran: false };
    try {
      return { ran: true, result: await work() };
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [NAMESPACE, name]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` unless another process is running the work of this name; true when it ran. For the timed
 * jobs (PeriodicSweep): whichever process comes first does it, the others skip that turn.
 */
export async function runUnlessRunning(dataSource: DataSource, name: string, work: () => Promise<unknown>): Promise<boolean> {
  return (await holding(dataSource, name, false, work)).ran;
}

/** Runs `work` once no other process is running the work of this name (waits for it). Needs a pool of two: one holds the lock. */
export async function runInTurn<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  return (await holding(dataSource, name, true, work)).result as T;
}
