import { describe, expect, it } from 'vitest';
import {
  backendCandidates,
  backendFromQuery,
  backendsAfterLoss,
  isSoftwareRenderer,
} from './backend_choice';

describe('backendFromQuery', () => {
  it.each([
    ['?backend=wasm', 'wasm'],
    ['?lab=x&backend=webgl', 'webgl'],
    ['?backend=cpu', 'cpu'],
    ['?backend=webgpu', 'webgpu'],
    ['?backend=webnn', null],
    ['', null],
  ])('%s -> %s', (search, want) => {
    expect(backendFromQuery(search)).toBe(want);
  });
});

describe('backendCandidates', () => {
  it.each([
    ['auto', ['webgpu', 'webgl', 'wasm', 'cpu']],
    ['webgpu', ['webgpu', 'webgl', 'wasm', 'cpu']],
    ['wasm', ['wasm', 'webgpu', 'webgl', 'cpu']],
    ['cpu', ['cpu', 'webgpu', 'webgl', 'wasm']],
  ] as const)('%s -> %j', (pref, want) => {
    expect(backendCandidates(pref)).toEqual(want);
  });
});

describe('backendsAfterLoss', () => {
  it.each([
    ['webgpu', ['webgl', 'wasm', 'cpu']],
    ['webgl', ['wasm', 'cpu']],
    ['wasm', ['cpu']],
    ['cpu', []],
  ] as const)('%s -> %j', (lost, want) => {
    expect(backendsAfterLoss(lost)).toEqual(want);
  });
});

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)', false],
    ['Apple GPU', false],
  ])('%s', (renderer, want) => {
    expect(isSoftwareRenderer(renderer)).toBe(want);
  });
});
