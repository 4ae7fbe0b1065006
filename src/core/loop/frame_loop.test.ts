import { describe, expect, it, vi } from 'vitest';
import { FrameLoop, type FrameLoopOptions } from './frame_loop';
import type { StageTimings } from './stage_timings';
import { FakeVisibility, ManualScheduler, deferred, flushPromises } from './test_fakes';

function setup(overrides: Partial<FrameLoopOptions> = {}) {
  const scheduler = new ManualScheduler();
  const clock = { ms: 0 };
  const process = vi.fn<FrameLoopOptions['process']>();
  const onStats = vi.fn();
  const onError = vi.fn();
  const loop = new FrameLoop({
    scheduler,
    process,
    now: () => clock.ms,
    onStats,
    onError,
    ...overrides,
  });
  return { loop, scheduler, clock, process, onStats, onError };
}

describe('FrameLoop', () => {
  it('drops ticks that arrive while a frame is in flight and never runs them later', async () => {
    const { loop, scheduler, process } = setup();
    const frame = deferred<StageTimings>();
    process.mockReturnValueOnce(frame.promise);
    loop.start();

    scheduler.tick(1);
    scheduler.tick(2);
    scheduler.tick(3);
    frame.resolve({});
    await flushPromises();

    expect(process).toHaveBeenCalledTimes(1);
    expect(process).toHaveBeenCalledWith(1);
    expect(loop.stats).toMatchObject({ processed: 1, dropped: 2 });

    scheduler.tick(4);
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(2);
    expect(process).toHaveBeenLastCalledWith(4);
  });

  it('keeps exactly one scheduler request pending while running', async () => {
    const { loop, scheduler } = setup();
    loop.start();
    expect(scheduler.pending).toBe(1);
    scheduler.tick();
    expect(scheduler.pending).toBe(1);
    await flushPromises();
    expect(scheduler.pending).toBe(1);
  });

  it('stop cancels the pending request and ignores the frame in flight', async () => {
    const { loop, scheduler, process, onStats } = setup();
    const frame = deferred<StageTimings>();
    process.mockReturnValueOnce(frame.promise);
    loop.start();
    scheduler.tick();

    loop.stop();
    expect(loop.running).toBe(false);
    expect(scheduler.pending).toBe(0);
    expect(scheduler.cancelled).toBe(1);

    frame.resolve({ inference: 5 });
    await flushPromises();
    scheduler.tick();
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(1);
    expect(onStats).not.toHaveBeenCalled();
    expect(loop.stats.processed).toBe(0);
  });

  it('ignores a tick the scheduler delivers after it was cancelled', () => {
    const late: ((nowMs: number) => void)[] = [];
    const process = vi.fn();
    // A scheduler that forgets to honour cancel.
    const loop = new FrameLoop({
      scheduler: { request: (cb) => (late.push(cb), () => {}) },
      process,
    });
    loop.start();
    loop.stop();
    loop.start();
    expect(late).toHaveLength(2);
    late[0]?.(0);
    expect(process).not.toHaveBeenCalled();
    late[1]?.(0);
    expect(process).toHaveBeenCalledTimes(1);
  });

  it('a second start while running is a no-op', async () => {
    const { loop, scheduler, process } = setup();
    loop.start();
    scheduler.tick();
    await flushPromises();
    loop.start();
    expect(scheduler.requested).toBe(2);
    expect(loop.stats.processed).toBe(1);
    scheduler.tick();
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(2);
    expect(loop.stats.processed).toBe(2);
  });

  it('after stop and start, the old frame still blocks new ones until it settles', async () => {
    const { loop, scheduler, process } = setup();
    const old = deferred<StageTimings>();
    process.mockReturnValueOnce(old.promise);
    loop.start();
    scheduler.tick();
    loop.stop();
    loop.start();

    scheduler.tick();
    expect(process).toHaveBeenCalledTimes(1);
    expect(loop.stats).toMatchObject({ processed: 0, dropped: 1 });

    old.resolve({});
    await flushPromises();
    expect(loop.stats.processed).toBe(0);
    scheduler.tick();
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(2);
    expect(loop.stats.processed).toBe(1);
  });

  it('pauses while the page is hidden and resumes when visible', async () => {
    const visibility = new FakeVisibility();
    const { loop, scheduler, process } = setup({ visibility: visibility.asHost() });
    loop.start();

    visibility.set('hidden');
    expect(scheduler.pending).toBe(0);
    expect(loop.running).toBe(true);
    scheduler.tick();
    expect(process).not.toHaveBeenCalled();

    visibility.set('visible');
    expect(scheduler.pending).toBe(1);
    scheduler.tick();
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(1);
  });

  it('does not schedule when started on a hidden page', () => {
    const visibility = new FakeVisibility();
    visibility.visibilityState = 'hidden';
    const { loop, scheduler } = setup({ visibility: visibility.asHost() });
    loop.start();
    expect(scheduler.pending).toBe(0);
    visibility.set('visible');
    expect(scheduler.pending).toBe(1);
  });

  it('stop removes the visibility listener', () => {
    const visibility = new FakeVisibility();
    const { loop, scheduler } = setup({ visibility: visibility.asHost() });
    loop.start();
    expect(visibility.listeners.size).toBe(1);
    loop.stop();
    expect(visibility.listeners.size).toBe(0);
    visibility.set('hidden');
    visibility.set('visible');
    expect(scheduler.pending).toBe(0);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('boom');
      },
    ],
    ['rejects', () => Promise.reject(new Error('boom'))],
  ])('reports and stops when process %s', async (_name, failing) => {
    const visibility = new FakeVisibility();
    const { loop, scheduler, process, onError } = setup({ visibility: visibility.asHost() });
    process.mockImplementation(failing);
    loop.start();
    scheduler.tick();
    await flushPromises();

    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(new Error('boom'));
    expect(loop.running).toBe(false);
    expect(scheduler.pending).toBe(0);
    expect(visibility.listeners.size).toBe(0);
    scheduler.tick();
    await flushPromises();
    expect(process).toHaveBeenCalledTimes(1);
  });

  it('reports median stage and total times and fps after each frame', async () => {
    const { loop, scheduler, clock, process, onStats } = setup();
    // [frame start (ms), frame duration (ms), inference (ms)]
    const frames = [
      [0, 30, 20],
      [100, 10, 8],
      [200, 20, 12],
    ] as const;
    loop.start();
    for (const [startMs, durationMs, inference] of frames) {
      clock.ms = startMs;
      process.mockImplementationOnce(() => {
        clock.ms += durationMs;
        return { inference };
      });
      scheduler.tick(startMs);
      await flushPromises();
    }
    expect(onStats).toHaveBeenCalledTimes(3);
    expect(onStats).toHaveBeenLastCalledWith({
      fps: 10,
      processed: 3,
      dropped: 0,
      stageMs: { inference: 12 },
      totalMs: 20,
    });
    expect(loop.stats).toEqual(onStats.mock.lastCall?.[0]);
  });

  it('counts a frame whose process returns nothing, with only its total time', async () => {
    const { loop, scheduler, onStats } = setup();
    loop.start();
    scheduler.tick();
    await flushPromises();
    expect(onStats).toHaveBeenCalledWith({
      fps: 0,
      processed: 1,
      dropped: 0,
      stageMs: {},
      totalMs: 0,
    });
  });

  it('restarting resets the counts', async () => {
    const { loop, scheduler } = setup();
    loop.start();
    scheduler.tick();
    await flushPromises();
    loop.stop();
    loop.start();
    expect(loop.stats.processed).toBe(0);
  });
});
