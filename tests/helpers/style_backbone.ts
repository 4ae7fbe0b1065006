import { modelEntry } from '../../src/core/models/catalogue';
import { fetchModelFiles } from '../../src/core/models/fetch_model_files';
import { nodeModelOptions } from '../../src/core/models/node_model_files';
import type { DifferentiableBackbone } from '../../src/tasks/style/differentiable_backbone';
import { backboneFromFiles } from '../../src/tasks/style/load_backbone';
import { useWasmBackend } from './wasm_backend';

/** The Style lab's backbone (centernet's MobileNetV3 from public/models/) on the WASM backend, in Node. */
export async function wasmStyleBackbone(): Promise<DifferentiableBackbone> {
  await useWasmBackend();
  return backboneFromFiles(await fetchModelFiles(modelEntry('centernet'), nodeModelOptions));
}
