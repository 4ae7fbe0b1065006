import type { TransferClassRecord, TransferHeadRecord } from '../../core/store/transfer_records';
import {
  headFromLayersModel,
  headModelFile,
  headToLayersModel,
  headWeightsFile,
} from './head_layers_format';
import { ProjectFileError } from './project_refusal';
import { ArchiveError, unzipArchive, zipArchive, type ArchiveEntry } from './zip_archive';

/** Marks a ConvLens Transfer-lab project's metadata.json; `version` changes when the layout does. */
export const projectFileFormat = 'convlens-transfer-project';
export const projectFileVersion = 2;
export const metadataFile = 'metadata.json';
/** Name of the exported archive. */
export const projectArchiveName = 'convlens-transfer.zip';

/** A project as it travels in and out of files: everything but the cached features. */
export interface PortableProject {
  name: string;
  classes: TransferClassRecord[];
  options: Record<string, unknown>;
  head: TransferHeadRecord | null;
  /** JPEG bytes of each sample and its class id. */
  samples: { classId: string; capturedAt: string; jpeg: Uint8Array }[];
}

/**
 * The project as files: `metadata.json` (labels in the head's output order, backbone id, feature
 * nodes, input size, options, classes, the list of samples), the head in TF.js layers format
 * (`model.json` + `head.weights.bin`, absent before training) and one JPEG per sample under
 * `samples/`.
 */
export async function encodeProjectFiles(project: PortableProject): Promise<ArchiveEntry[]> {
  const head = project.head;
  const files: ArchiveEntry[] = [];
  const samples = project.samples.map((s, i) => {
    const file = `samples/${String(i).padStart(4, '0')}.jpg`;
    files.push({ name: file, data: s.jpeg });
    return { file, classId: s.classId, capturedAt: s.capturedAt };
  });
  const metadata = {
    format: projectFileFormat,
    version: projectFileVersion,
    name: project.name,
    labels: head
      ? head.classIds.map((id) => project.classes.find((c) => c.id === id)?.name ?? id)
      : project.classes.map((c) => c.name),
    classIds: head?.classIds ?? project.classes.map((c) => c.id),
    model: head ? headModelFile : null,
    backbone: head?.backbone ?? null,
    featureNodes: head?.featureNodes ?? null,
    imageSize: head?.imageSize ?? null,
    inputSize: head?.inputSize ?? null,
    trainedAt: head?.trainedAt ?? null,
    options: project.options,
    classes: project.classes,
    samples,
  };
  const encoder = new TextEncoder();
  const out: ArchiveEntry[] = [
    { name: metadataFile, data: encoder.encode(JSON.stringify(metadata, null, 1)) },
  ];
  if (head) {
    const layers = await headToLayersModel({
      inputSize: head.inputSize,
      classCount: head.classIds.length,
      kernel: head.kernel,
      bias: head.bias,
    });
    out.push(
      { name: headModelFile, data: encoder.encode(JSON.stringify(layers.modelJson)) },
      { name: headWeightsFile, data: new Uint8Array(layers.weightData) },
    );
  }
  return [...out, ...files];
}

/** The project as one ZIP archive holding the files of `encodeProjectFiles`. */
export async function encodeProjectArchive(project: PortableProject): Promise<Uint8Array> {
  return zipArchive(await encodeProjectFiles(project));
}

/**
 * Reads a project from the files the user picked: the exported .zip, or its files themselves
 * (metadata.json, model.json, head.weights.bin and the JPEGs). Checks all of it before anything
 * is used; throws ProjectFileError.
 */
export async function readProjectFiles(files: readonly ArchiveEntry[]): Promise<PortableProject> {
  const zips = files.filter((f) => f.name.toLowerCase().endsWith('.zip'));
  if (zips.length > 1)
    throw new ProjectFileError('oneZip', {}, 'Choose one project .zip at a time.');
  if (zips.length === 1 && files.length > 1)
    throw new ProjectFileError(
      'zipAndFiles',
      {},
      'Choose either the project .zip or the files inside it, not both.',
    );
  let entries = files;
  if (zips.length === 1) {
    try {
      entries = await unzipArchive(zips[0]!.data);
    } catch (e) {
      if (e instanceof ArchiveError) throw new ProjectFileError(e.code, e.params, e.message);
      throw e;
    }
  }
  return decodeProjectFiles(entries);
}

/** Parses and checks a project's files completely; throws ProjectFileError with what is wrong. */
export function decodeProjectFiles(entries: readonly ArchiveEntry[]): PortableProject {
  const metadataEntry = entries.find((e) => baseName(e.name) === metadataFile);
  if (!metadataEntry)
    throw new ProjectFileError(
      'noMetadata',
      { file: metadataFile },
      `There is no ${metadataFile}: choose the project .zip, or all the files of an exported project.`,
    );
  // The archive may hold the project in a folder (unzipped and zipped again).
  const root = metadataEntry.name.slice(0, -metadataFile.length);
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const file = (path: string): Uint8Array => {
    const found =
      byName.get(root + path) ?? entries.find((e) => baseName(e.name) === baseName(path))?.data;
    if (!found)
      throw new ProjectFileError(
        'missingFile',
        { file: path },
        `The project's "${path}" is missing.`,
      );
    return found;
  };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(metadataEntry.data));
  } catch {
    throw new ProjectFileError(
      'metadataNotJson',
      { file: metadataFile },
      `${metadataFile} is not JSON, so it is not a ConvLens project.`,
    );
  }
  const metadata = record(json, metadataFile);
  if (metadata['format'] !== projectFileFormat) {
    throw new ProjectFileError(
      'notProject',
      { file: metadataFile, format: projectFileFormat },
      `${metadataFile} is not a ConvLens Transfer project (its "format" is not "${projectFileFormat}").`,
    );
  }
  if (metadata['version'] !== projectFileVersion) {
    throw new ProjectFileError(
      'version',
      { version: String(metadata['version']), supported: projectFileVersion },
      `The project has version ${String(metadata['version'])}; this app reads version ${projectFileVersion}.`,
    );
  }
  const name = nonEmptyText(metadata['name'], '"name"');
  const options = record(metadata['options'] ?? {}, '"options"');
  const classes = list(metadata['classes'], '"classes"').map((c, i) => {
    const entry = record(c, `classes[${i}]`);
    return {
      id: nonEmptyText(entry['id'], `classes[${i}].id`),
      name: nonEmptyText(entry['name'], `classes[${i}].name`),
    };
  });
  const ids = new Set(classes.map((c) => c.id));
  if (ids.size !== classes.length)
    throw new ProjectFileError(
      'duplicateClassIds',
      {},
      'Two classes in the project have the same id.',
    );
  const samples = list(metadata['samples'], '"samples"').map((s, i) => {
    const entry = record(s, `samples[${i}]`);
    const classId = nonEmptyText(entry['classId'], `samples[${i}].classId`);
    if (!ids.has(classId))
      throw new ProjectFileError(
        'unknownClass',
        { sample: `samples[${i}]`, classId },
        `samples[${i}] belongs to class "${classId}", which the project does not define.`,
      );
    const path = nonEmptyText(entry['file'], `samples[${i}].file`);
    const jpeg = file(path);
    if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8)
      throw new ProjectFileError(
        'notJpeg',
        { file: path, sample: `samples[${i}]` },
        `"${path}" (samples[${i}]) is not a JPEG image.`,
      );
    return {
      classId,
      capturedAt: nonEmptyText(entry['capturedAt'], `samples[${i}].capturedAt`),
      jpeg,
    };
  });
  const head = metadata['model'] == null ? null : decodeHead(metadata, ids, file);
  return { name, classes, options, samples, head };
}

function decodeHead(
  metadata: Record<string, unknown>,
  ids: Set<string>,
  file: (path: string) => Uint8Array,
): TransferHeadRecord {
  const modelPath = nonEmptyText(metadata['model'], '"model"');
  let modelJson: unknown;
  try {
    modelJson = JSON.parse(new TextDecoder().decode(file(modelPath)));
  } catch (e) {
    if (e instanceof ProjectFileError) throw e;
    throw new ProjectFileError(
      'modelNotJson',
      { file: modelPath },
      `The trained head's ${modelPath} is not JSON.`,
    );
  }
  const paths = (modelJson as { weightsManifest?: { paths?: unknown }[] } | null)
    ?.weightsManifest?.[0]?.paths;
  const weightsPath =
    Array.isArray(paths) && typeof paths[0] === 'string' ? paths[0] : headWeightsFile;
  const weightBytes = file(weightsPath);
  let weights;
  try {
    weights = headFromLayersModel(modelJson, weightBytes.slice().buffer);
  } catch (e) {
    throw new ProjectFileError(
      'brokenHead',
      { detail: (e as Error).message },
      `The trained head is broken: ${(e as Error).message}`,
    );
  }
  const classIds = list(metadata['classIds'], '"classIds"').map((id, i) =>
    nonEmptyText(id, `classIds[${i}]`),
  );
  if (classIds.length !== weights.classCount || classIds.some((id) => !ids.has(id))) {
    throw new ProjectFileError(
      'outputsMismatch',
      { count: weights.classCount },
      `The trained head has ${weights.classCount} outputs, which do not match the project's classes.`,
    );
  }
  const imageSize = metadata['imageSize'];
  if (typeof imageSize !== 'number' || imageSize <= 0)
    throw new ProjectFileError(
      'imageSize',
      { field: '"imageSize"' },
      '"imageSize" must be a positive number.',
    );
  if (metadata['inputSize'] !== weights.inputSize)
    throw new ProjectFileError(
      'inputSize',
      { declared: String(metadata['inputSize']), expected: weights.inputSize },
      `"inputSize" is ${String(metadata['inputSize'])} but the head takes ${weights.inputSize} features.`,
    );
  return {
    backbone: nonEmptyText(metadata['backbone'], '"backbone"'),
    featureNodes: list(metadata['featureNodes'], '"featureNodes"').map((n, i) =>
      nonEmptyText(n, `featureNodes[${i}]`),
    ),
    imageSize,
    inputSize: weights.inputSize,
    classIds,
    kernel: weights.kernel,
    bias: weights.bias,
    trainedAt: nonEmptyText(metadata['trainedAt'], '"trainedAt"'),
  };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProjectFileError('notObject', { field: what }, `${what} must be an object.`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value))
    throw new ProjectFileError('notList', { field: what }, `${what} must be a list.`);
  return value;
}

function nonEmptyText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new ProjectFileError('notText', { field: what }, `${what} must be a non-empty text.`);
  return value;
}
