import { AutosaveQueue } from './autosave-queue';

/** A save whose end the test decides. */
function controlledSave() {
  const calls: Array<(more: boolean) => void> = [];
  const save = jest.fn(() => new Promise<boolean>((resolve) => calls.push(resolve)));
  return { save, finish: (index: number, more = false) => calls[index]?.(more) };
}

describe('AutosaveQueue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves once, the delay after the last of several changes', async () => {
    const save = jest.fn(async () => false);
    const queue = new AutosaveQueue({ delayMs: 1500, save });
    queue.changed();
    jest.advanceTimersByTime(1000);
    queue.changed();
    jest.advanceTimersByTime(1499);
    expect(save).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });

  it('saves at once on flush, without a second save from the pending timer', async () => {
    const save = jest.fn(async () => false);
    const queue = new AutosaveQueue({ delayMs: 1500, save });
    queue.changed();
    await queue.flush();
    jest.advanceTimersByTime(5000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('runs one save at a time and repeats once after a flush during a save', async () => {
    const { save, finish } = controlledSave();
    const queue = new AutosaveQueue({ delayMs: 1500, save });
    const first = queue.flush();
    const second = queue.flush();
    const third = queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(queue.busy).toBe(true);
    finish(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(2);
    finish(1);
    await Promise.all([first, second, third]);
    expect(save).toHaveBeenCalledTimes(2);
    expect(queue.busy).toBe(false);
  });

  it('saves again when a save says more is pending', async () => {
    const answers = [true, false];
    const save = jest.fn(async () => answers.shift() ?? false);
    await new AutosaveQueue({ delayMs: 1500, save }).flush();
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('does nothing once stopped, until started again', async () => {
    const save = jest.fn(async () => false);
    const queue = new AutosaveQueue({ delayMs: 1500, save });
    queue.changed();
    queue.stop();
    jest.advanceTimersByTime(5000);
    await queue.flush();
    expect(save).not.toHaveBeenCalled();
    queue.start();
    await queue.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});
