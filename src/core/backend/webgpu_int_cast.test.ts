import * as tf from '@tensorflow/tfjs-core';
import { afterEach, describe, expect, it } from 'vitest';
import { castIntsToFloatsOnWebgpu } from './webgpu_int_cast';

/**
 * TF.js's WebGPU kernels, as far as the fix calls them, on a stand-in backend (Node has no
 * WebGPU): Cast relabels without converting, as TF.js 4.22's does; Multiply records its inputs.
 */
function fakeWebgpu(onGpu: boolean) {
  const calls: string[] = [];
  const disposed: object[] = [];
  const tensorMap = new Map<object, { values: ArrayLike<number> | null }>();
  const backend = {
    tensorMap,
    makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array) {
      const dataId = {};
      tensorMap.set(dataId, { values });
      return { dataId, shape, dtype };
    },
    disposeData: (dataId: object) => void disposed.push(dataId),
  };
  const x = { dataId: {}, shape: [1, 3], dtype: 'int32' as const };
  tensorMap.set(x.dataId, { values: onGpu ? null : Int32Array.from([0, 128, 255]) });
  const product = { dataId: {}, shape: [1, 3], dtype: 'float32' as const };
  tf.registerKernel({
    kernelName: 'Cast',
    backendName: 'webgpu',
    kernelFunc: ({ inputs, attrs }) => {
      calls.push(`own cast to ${String(attrs?.dtype)}`);
      return { ...(inputs.x as tf.TensorInfo), dtype: attrs?.dtype as tf.DataType };
    },
  });
  tf.registerKernel({
    kernelName: 'Multiply',
    backendName: 'webgpu',
    kernelFunc: ({ inputs }) => {
      const { a, b } = inputs as { a: tf.TensorInfo; b: tf.TensorInfo };
      calls.push(`multiply ${a.dtype} by ${Array.from(tensorMap.get(b.dataId)!.values!).join()}`);
      return product;
    },
  });
  castIntsToFloatsOnWebgpu();
  const cast = (dtype: tf.DataType, input: tf.TensorInfo = x) =>
    tf.getKernel('Cast', 'webgpu')!.kernelFunc({
      inputs: { x: input },
      backend: backend as unknown as tf.KernelBackend,
      attrs: { dtype },
    }) as tf.TensorInfo;
  return { cast, calls, disposed, tensorMap, x, product };
}

afterEach(() => {
  tf.unregisterKernel('Cast', 'webgpu');
  tf.unregisterKernel('Multiply', 'webgpu');
});

describe('castIntsToFloatsOnWebgpu', () => {
  it('converts a new picture still on the CPU there, into a float32 buffer', () => {
    const { cast, calls, tensorMap } = fakeWebgpu(false);
    const out = cast('float32');
    expect(out.dtype).toBe('float32');
    expect(tensorMap.get(out.dataId)!.values).toEqual(Float32Array.from([0, 128, 255]));
    expect(calls).toEqual([]);
  });

  it('converts int32 already on the GPU by multiplying by 1, freeing what it made', () => {
    const { cast, calls, disposed, x, product } = fakeWebgpu(true);
    expect(cast('float32')).toBe(product);
    expect(calls).toEqual(['own cast to float32', 'multiply float32 by 1']);
    expect(disposed).toHaveLength(2);
    expect(disposed[0]).toBe(x.dataId); // the relabelled view of x, not x's own reference
  });

  it('leaves every other cast to TF.js', () => {
    const { cast, calls, x } = fakeWebgpu(false);
    cast('int32', { ...x, dtype: 'float32' });
    cast('bool');
    expect(calls).toEqual(['own cast to int32', 'own cast to bool']);
  });
});
