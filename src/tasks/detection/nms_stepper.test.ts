import { describe, expect, it } from 'vitest';
import type { LabSource } from '../../lab/lab_context';
import { NmsStepper, type FrozenNms } from './nms_stepper.svelte';

const result = (): FrozenNms => ({ candidates: [], nmsSteps: [], iouThreshold: 0.4 });

/** A source whose freeze turns it into a still (a new epoch), counting the resumes asked for. */
function fakeSource(kind: 'camera' | 'video' | 'image', frozen = false) {
  const source = {
    kind: kind as LabSource['kind'],
    live: true,
    mirrored: kind === 'camera',
    frozen,
    epoch: 1,
    resumes: 0,
    frame: () => null,
    scheduler: () => {
      throw new Error('not used');
    },
    openImage: async () => undefined,
    async resumeLive() {
      this.resumes++;
      return true;
    },
  };
  const freeze = async () => {
    if (source.kind === 'image') return false;
    source.kind = 'image';
    source.frozen = false;
    source.epoch++;
    return true;
  };
  return { source, freeze };
}

/** Freezes and waits for the still's results (the second one offered), as the lab does. */
async function stepOnFrozen(stepper: NmsStepper, s: ReturnType<typeof fakeSource>) {
  await stepper.startFrozen(s.source, result(), s.freeze);
  stepper.offer(result());
  stepper.offer(result());
  expect(stepper.frozen).not.toBeNull();
}

describe('NmsStepper: ending the step-through', () => {
  it.each([
    { what: 'a live camera resumes', kind: 'camera' as const, userFrozen: false, resumes: 1 },
    { what: 'a live video resumes', kind: 'video' as const, userFrozen: false, resumes: 1 },
    {
      what: 'a camera the user froze stays frozen',
      kind: 'camera' as const,
      userFrozen: true,
      resumes: 0,
    },
    { what: 'a photo stays', kind: 'image' as const, userFrozen: false, resumes: 0 },
  ])('$what', async ({ kind, userFrozen, resumes }) => {
    const s = fakeSource(kind, userFrozen);
    const stepper = new NmsStepper();
    if (kind === 'image') stepper.start(result());
    else await stepOnFrozen(stepper, s);
    await stepper.stop();
    expect(stepper.frozen).toBeNull();
    expect(s.source.resumes).toBe(resumes);
  });

  it('does not resume when another picture was opened meanwhile', async () => {
    const s = fakeSource('camera');
    const stepper = new NmsStepper();
    await stepOnFrozen(stepper, s);
    s.source.epoch++;
    await stepper.stop();
    expect(s.source.resumes).toBe(0);
  });

  it('resumes once, not on a second stop', async () => {
    const s = fakeSource('camera');
    const stepper = new NmsStepper();
    await stepOnFrozen(stepper, s);
    await stepper.stop();
    await stepper.stop();
    expect(s.source.resumes).toBe(1);
  });
});
