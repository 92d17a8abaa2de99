import { SchedulerRegistry } from '@nestjs/schedule';
import type { SweepLock } from '../../common/periodic-sweep';
import type { AppConfig } from '../../config/config';
import { ReleaseScheduler } from './release-scheduler.service';
import type { ReleaseService } from './release.service';

/** A ReleaseService whose sweeps end when the test says so. */
function fakeReleases() {
  const pending: Array<(count: number) => void> = [];
  const releases = { sweep: jest.fn(() => new Promise<number>((resolve) => pending.push(resolve))) };
  return { releases: releases as unknown as ReleaseService & typeof releases, finish: () => pending.shift()?.(0) };
}

/** The lock of a single process: always free (the two-process test, multi-process.integration-spec.ts, has the real one). */
const freeLock = { runUnlessRunning: (_name: string, work: () => Promise<unknown>) => work().then(() => true) } as unknown as SweepLock;

const schedulerFor = (releases: ReleaseService, releaseSweepMinutes: number) =>
  new ReleaseScheduler(releases, new SchedulerRegistry(), freeLock, { releaseSweepMinutes } as AppConfig);

describe('ReleaseScheduler', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sweeps once at start and then every RELEASE_SWEEP_MINUTES, never two at once', async () => {
    const { releases, finish } = fakeReleases();
    const scheduler = schedulerFor(releases, 5);
    scheduler.onApplicationBootstrap();
    expect(releases.sweep).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(5 * 60_000);
    expect(releases.sweep).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(5 * 60_000);
    expect(releases.sweep).toHaveBeenCalledTimes(2);
    finish();
    await scheduler.onModuleDestroy();
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(releases.sweep).toHaveBeenCalledTimes(2);
  });

  it('does nothing when RELEASE_SWEEP_MINUTES is 0', async () => {
    const { releases } = fakeReleases();
    const scheduler = schedulerFor(releases, 0);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(releases.sweep).not.toHaveBeenCalled();
    await scheduler.onModuleDestroy();
  });

  it('waits for a running sweep when the application closes, and logs a failed one', async () => {
    const { releases, finish } = fakeReleases();
    const scheduler = schedulerFor(releases, 60);
    scheduler.onApplicationBootstrap();
    let closed = false;
    const closing = scheduler.onModuleDestroy().then(() => (closed = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(closed).toBe(false);
    finish();
    await closing;
    expect(closed).toBe(true);

    const failing = schedulerFor({ sweep: jest.fn().mockRejectedValue(new Error('database away')) } as unknown as ReleaseService, 60);
    const logged = jest
      .spyOn((failing as unknown as { logger: { error: (m: string) => void } }).logger, 'error')
      .mockImplementation(() => undefined);
    failing.onApplicationBootstrap();
    await failing.onModuleDestroy();
    expect(logged).toHaveBeenCalledWith('automatic release failed: database away');
  });
});
