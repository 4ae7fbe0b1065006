import * as tf from '@tensorflow/tfjs-core';

/** What the fix reads of TF.js's WebGPUBackend: a tensor's values while they are still on the CPU. */
interface WebgpuTensorData {
  tensorMap: { get(dataId: object): { values?: ArrayLike<number> | null } | undefined };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): tf.TensorInfo;
  disposeData(dataId: object): void;
}

/**
 * TF.js 4.22's WebGPU Cast from int32 to float32 only relabels the tensor: its buffer stays i32,
 * and conv2d's shader for a 3-channel input then reads it as `vec3<f32>(i32, i32, i32)`, which
 * Chromium's WGSL compiler rejects ("no matching constructor"), so CenterNet's and BlazeFace's
 * first convolution computes nothing. Every picture is such a cast (tf.browser.fromPixels gives
 * int32). This Cast makes a float32 buffer: on the CPU while the values are still there (as
 * TF.js's CPU path does), else on the GPU by a multiplication by 1, whose shader converts each
 * element as it reads it. Other casts are TF.js's own. Registered once, after the WebGPU
 * backend's code has loaded (tf_backend_engine.ts).
 */
export function castIntsToFloatsOnWebgpu(): void {
  const own = tf.getKernel('Cast', 'webgpu');
  const multiply = tf.getKernel('Multiply', 'webgpu');
  if (!own || !multiply) return;
  tf.unregisterKernel('Cast', 'webgpu');
  tf.registerKernel({
    ...own,
    kernelFunc(args) {
      const { x } = args.inputs as { x: tf.TensorInfo };
      if (x.dtype !== 'int32' || args.attrs?.dtype !== 'float32') return own.kernelFunc(args);
      const backend = args.backend as unknown as WebgpuTensorData;
      const values = backend.tensorMap.get(x.dataId)?.values;
      if (values) return backend.makeTensorInfo(x.shape, 'float32', Float32Array.from(values));
      const relabelled = own.kernelFunc(args) as tf.TensorInfo;
      const one = backend.makeTensorInfo([], 'float32', new Float32Array([1]));
      try {
        return multiply.kernelFunc({ ...args, inputs: { a: relabelled, b: one }, attrs: {} });
      } finally {
        backend.disposeData(relabelled.dataId);
        backend.disposeData(one.dataId);
      }
    },
  });
}
