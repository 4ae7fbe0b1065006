import { describe, expect, it, vi } from 'vitest';
import { StepLoop, type StepLoopOptions } from './step_loop';
import { deferred, flushPromises, ManualScheduler } from './test_fakes';

function setup(step: StepLoopOptions['step'] = () => {}) {
  const scheduler = new ManualScheduler();
  const onError = vi.fn();
  const stepSpy = vi.fn(step);
  const loop = new StepLoop({ scheduler, step: stepSpy, onError });
  return { loop, scheduler, step: stepSpy, onError };
}

/** Plays a script of `start`, `stop` and `tick` (one page frame, then every step it lets run). */
async function play(loop: StepLoop, scheduler: ManualScheduler, script: string): Promise<void> {
  for (const action of script.split(' ')) {
    if (action === 'start') loop.start();
    else if (action === 'stop') loop.stop();
    else {
      scheduler.tick();
      await flushPromises();
    }
  }
}

describe('StepLoop', () => {
  it.each([
    ['one step per frame', 'start tick tick tick', 3, 1],
    ['nothing before the first frame', 'start', 0, 1],
    ['a second start is ignored', 'start tick start tick start tick', 3, 1],
    ['stop cancels the next step', 'start tick stop tick tick', 1, 0],
    ['stop then start: one loop again', 'start tick stop start tick tick', 3, 1],
    ['start, stop, start within a frame', 'start stop start stop start tick tick', 2, 1],
    ['stop before any frame', 'start stop tick', 0, 0],
  ])('%s: "%s" runs %i steps, %i frame requested after', async (_, script, steps, pending) => {
    const { loop, scheduler, step } = setup();
    await play(loop, scheduler, script);
    expect(step).toHaveBeenCalledTimes(steps);
    expect(scheduler.pending).toBe(pending);
  });

  it('awaits each step: no frame is asked for while one is in flight', async () => {
    const slow = deferred();
    const { loop, scheduler, step } = setup(() => slow.promise);
    loop.start();
    scheduler.tick();
    await flushPromises();
    expect(scheduler.pending).toBe(0);
    slow.resolve();
    await flushPromises();
    expect(scheduler.pending).toBe(1);
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('a step in flight across stop() and start() ends before the new run steps', async () => {
    const first = deferred();
    const events: string[] = [];
    const { loop, scheduler } = setup(async () => {
      events.push('begin');
      if (events.length === 1) await first.promise;
      events.push('end');
    });
    loop.start();
    scheduler.tick();
    await flushPromises();
    loop.stop();
    loop.start();
    scheduler.tick();
    await flushPromises();
    expect(events).toEqual(['begin']);
    first.resolve();
    await flushPromises();
    expect(events).toEqual(['begin', 'end', 'begin', 'end']);
    expect(scheduler.pending).toBe(1);
  });

  it('ends when a step returns false', async () => {
    let left = 2;
    const { loop, scheduler, step } = setup(() => --left > 0);
    await play(loop, scheduler, 'start tick tick tick');
    expect(step).toHaveBeenCalledTimes(2);
    expect(loop.running).toBe(false);
    expect(scheduler.pending).toBe(0);
  });

  it('stops and reports once when a step throws', async () => {
    const { loop, scheduler, onError } = setup(() => {
      throw new Error('out of memory');
    });
    await play(loop, scheduler, 'start tick tick');
    expect(loop.running).toBe(false);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toEqual(new Error('out of memory'));
  });

  it('settled() waits for the step in flight', async () => {
    const slow = deferred();
    const { loop, scheduler } = setup(() => slow.promise);
    loop.start();
    scheduler.tick();
    await flushPromises();
    loop.stop();
    let settled = false;
    void loop.settled().then(() => (settled = true));
    await flushPromises();
    expect(settled).toBe(false);
    slow.resolve();
    await flushPromises();
    expect(settled).toBe(true);
  });

  it('ignores a frame the scheduler delivers after it was cancelled', async () => {
    const requests: (() => void)[] = [];
    const step = vi.fn();
    const loop = new StepLoop({
      scheduler: { request: (cb) => (requests.push(() => cb(0)), () => {}) },
      step,
    });
    loop.start();
    loop.stop();
    requests[0]!();
    await flushPromises();
    expect(step).not.toHaveBeenCalled();
  });
});
