import type { TestProject } from 'vitest/node';
import { startPreview } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

/** One preview server of dist/ for every end-to-end test file. */
export default async function setup(project: TestProject) {
  const server = await startPreview();
  project.provide('origin', server.origin);
  return () => server.stop();
}
