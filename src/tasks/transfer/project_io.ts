import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferProjectRecord,
  TransferSampleRecord,
} from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import { encodeProjectArchive, readProjectFiles } from './project_file';
import { ProjectFileError } from './project_refusal';
import { defaultProjectId } from './transfer_repository';

export const projectName = 'ConvLens transfer project';

/** What an exported project holds. */
export interface ProjectContents {
  classes: TransferClassRecord[];
  options: Record<string, unknown>;
  head: TransferHeadRecord | null;
  samples: readonly { classId: string; capturedAt: string; blob: Blob }[];
}

/**
 * The project as one .zip: metadata.json, the head in TF.js layers format (model.json +
 * head.weights.bin) and the samples' JPEGs.
 */
export async function exportProject(p: ProjectContents): Promise<Blob> {
  const samples = await Promise.all(
    p.samples.map(async (s) => ({
      classId: s.classId,
      capturedAt: s.capturedAt,
      jpeg: new Uint8Array(await s.blob.arrayBuffer()),
    })),
  );
  const zip = await encodeProjectArchive({
    name: projectName,
    classes: p.classes,
    options: p.options,
    head: p.head,
    samples,
  });
  return new Blob([zip.slice().buffer], { type: 'application/zip' });
}

/**
 * The project and sample records in the picked files (the exported .zip, or the files inside
 * it), each sample under a new id; throws with the reason on a malformed file, naming the files
 * picked (the message's subject may be a file inside the .zip).
 */
export async function importProject(
  files: readonly File[],
  newId: () => string,
): Promise<{ project: TransferProjectRecord; samples: TransferSampleRecord[] }> {
  const entries = await Promise.all(
    files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
  );
  let portable;
  try {
    portable = await readProjectFiles(entries);
  } catch (e) {
    if (!(e instanceof ProjectFileError)) throw e;
    throw new ProjectFileError(
      e.code,
      e.params,
      `${files.map((f) => `"${f.name}"`).join(', ')}: ${e.message}`,
      files.map((f) => f.name),
    );
  }
  return {
    project: {
      id: defaultProjectId,
      name: portable.name,
      classes: portable.classes,
      options: portable.options,
      head: portable.head,
      updatedAt: isoNow(),
    },
    samples: portable.samples.map((s) => ({
      id: newId(),
      projectId: defaultProjectId,
      classId: s.classId,
      image: new Blob([s.jpeg.slice().buffer], { type: 'image/jpeg' }),
      capturedAt: s.capturedAt,
    })),
  };
}
