import { describe, expect, it } from 'vitest';
import catalogueJson from '../../../models/catalogue.json';
import { catalogue, isModelId, MODEL_IDS, modelEntry } from './catalogue';

describe('catalogue', () => {
  it('lists the same ids, in the same order, as MODEL_IDS', () => {
    expect(catalogueJson.models.map((model) => model.id)).toEqual([...MODEL_IDS]);
  });

  it.each(catalogue.map((entry) => [entry.id, entry] as const))(
    '%s has well-formed fields',
    (_, entry) => {
      expect(['graph', 'weights']).toContain(entry.format);
      expect(['float32', 'int32']).toContain(entry.input.dtype);
      expect(entry.licence).toBe('MIT');
      expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(entry.input.shape).toHaveLength(4);
      expect(entry.input.shape[3]).toBe(3);
      expect(entry.outputs.length).toBeGreaterThan(0);
      expect(entry.normalisation).not.toBe('');
      const [low, high] = entry.input.range;
      expect(low).toBeLessThan(high);
      // The range agrees with the normalisation it states ("range 0..1", "/ 255", raw 0-255).
      if (/range 0\.\.1/.test(entry.normalisation)) expect(entry.input.range).toEqual([0, 1]);
      else if (/range -1\.\.1/.test(entry.normalisation))
        expect(entry.input.range).toEqual([-1, 1]);
      else if (/^raw 0-255/.test(entry.normalisation)) expect(entry.input.range).toEqual([0, 255]);
      else expect(entry.input.range).toEqual([-0.5, 0.6]); // (RGB - mean) / 255
      // Every model a lab uses is precached, so each lab works offline after the first visit.
      expect(entry.precache).toBe(true);
      if (entry.format === 'graph') expect(entry.input.node).toBeTypeOf('string');
      const folder = entry.package === '@vladmandic/human' ? 'human/' : 'face-api/';
      for (const file of entry.files) {
        expect(file.to.startsWith(folder)).toBe(true);
        expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(file.size).toBeGreaterThan(0);
      }
      expect(entry.files.filter((file) => file.to.endsWith('.json'))).toHaveLength(1);
    },
  );
});

describe('modelEntry', () => {
  it('finds an entry by id', () => {
    expect(modelEntry('centernet').input).toEqual({
      node: 'tower_0/images',
      shape: [1, 512, 512, 3],
      dtype: 'float32',
      range: [0, 255],
    });
  });

  it('names the known ids when the id is unknown', () => {
    expect(() => modelEntry('movenet-thunder')).toThrow(
      'Unknown model id "movenet-thunder". Known ids: movenet-lightning, blazeface, facemesh, ' +
        'handtrack, handlandmark-lite, centernet, faceres, tiny_face_detector, ' +
        'face_landmark_68, face_recognition (see models/catalogue.json).',
    );
  });

  it.each([
    ['blazeface', true],
    ['coco-ssd', false],
  ])('isModelId(%s) is %s', (id, known) => {
    expect(isModelId(id)).toBe(known);
  });
});
