import { describe, expect, it } from 'vitest';
import { defaultTransferOptions, headTrainingOptions, withDefaults } from './transfer_options';

describe('transfer options', () => {
  it.each([
    { decay: 'none', expected: { kind: 'none' } },
    { decay: 'inverse-time', expected: { kind: 'inverse-time', decayRate: 0.05 } },
    { decay: 'exponential', expected: { kind: 'exponential', base: 0.95 } },
  ] as const)('maps decay $decay', ({ decay, expected }) => {
    expect(headTrainingOptions({ ...defaultTransferOptions, decay }).decay).toEqual(expected);
  });

  it('maps early stopping to a patience rule or none', () => {
    expect(headTrainingOptions(defaultTransferOptions).earlyStopping).toEqual({ patience: 5 });
    expect(
      headTrainingOptions({ ...defaultTransferOptions, earlyStopping: false }).earlyStopping,
    ).toBeNull();
  });

  it("starts from the course's 60 / 20 / 20 split and its 100 ms running-time goal", () => {
    expect(defaultTransferOptions).toMatchObject({
      devFraction: 0.2,
      testFraction: 0.2,
      maxFrameMs: 100,
    });
  });

  it('opens a project saved before the test set: its dev share kept, a test share added', () => {
    const o = withDefaults({ devFraction: 0.25, optimiser: 'momentum' });
    expect(o).toMatchObject({ devFraction: 0.25, testFraction: 0.2, maxFrameMs: 100 });
  });

  it('fills options missing from a saved project with the defaults', () => {
    const o = withDefaults({ epochs: 5, augmentation: { flip: false } });
    expect(o.epochs).toBe(5);
    expect(o.optimiser).toBe('adam');
    expect(o.augmentation).toEqual({ ...defaultTransferOptions.augmentation, flip: false });
  });
});
