// The Faces lab's peer: face-api's own computeFaceDescriptor (its bundled TF.js, WASM), on the
// same aligned 150x150 crop our align + embed made, in the same page. Served from this origin
// by the bench only.
import { faceApiEsm, servePeer } from './serve_peer.mjs';

export async function faceApiDescriptorPeer(page) {
  await servePeer(page, '__faceapi', faceApiEsm);
  const ours = await page.evaluate(() => window.convlensBench.faceAlignEmbedMs(30));
  const theirs = await page.evaluate(
    async ({ crop, runs }) => {
      const faceapi = await import(/* @vite-ignore */ '/__faceapi/face-api.esm.js');
      faceapi.tf.setWasmPaths('/__faceapi/');
      await faceapi.tf.setBackend('wasm');
      await faceapi.tf.ready();
      await faceapi.nets.faceRecognitionNet.loadFromUri('/models/face-api/');
      const input = faceapi.tf.tensor3d(crop, [150, 150, 3]);
      const times = [];
      let descriptor = null;
      for (let i = 0; i < runs + 3; i++) {
        const t0 = performance.now();
        descriptor = await faceapi.nets.faceRecognitionNet.computeFaceDescriptor(input);
        if (i >= 3) times.push(performance.now() - t0);
      }
      input.dispose();
      times.sort((a, b) => a - b);
      return { ms: times[Math.floor(times.length / 2)], descriptor: Array.from(descriptor) };
    },
    { crop: ours.crop, runs: 30 },
  );
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  let maxDiff = 0;
  ours.descriptor.forEach(
    (v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - theirs.descriptor[i]))),
  );
  return {
    name: 'face-api computeFaceDescriptor (same crop)',
    total_ms: theirs.ms,
    ours_ms: median(ours.alignEmbedMs),
    extra: {
      embed_ms: Number(median(ours.embedMs).toFixed(2)),
      descriptor_max_diff: Number(maxDiff.toExponential(2)),
    },
  };
}
