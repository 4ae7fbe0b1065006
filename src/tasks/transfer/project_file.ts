import type { TransferClassRecord, TransferHeadRecord } from '../../core/store/transfer_records';
import { base64ToBytes, bytesToBase64 } from './base64';
import { headFromLayersModel, headToLayersModel } from './head_layers_format';

/** Marks a ConvLens Transfer-lab project file; `version` changes when the layout does. */
export const projectFileFormat = 'convlens-transfer-project';
export const projectFileVersion = 1;

/** A project as it travels in and out of a file: everything but the cached features. */
export interface PortableProject {
  name: string;
  classes: TransferClassRecord[];
  options: Record<string, unknown>;
  head: TransferHeadRecord | null;
  /** JPEG bytes of each sample and its class id. */
  samples: { classId: string; capturedAt: string; jpeg: Uint8Array }[];
}

/**
 * One JSON file: `metadata` (labels, backbone id and input size, the features' nodes, options),
 * `head` (TF.js layers-format model.json with its weight data in base64, or null), classes and
 * samples (JPEG in base64).
 */
export function encodeProjectFile(project: PortableProject): string {
  const head = project.head;
  const layers = head
    ? headToLayersModel({
        inputSize: head.inputSize,
        classCount: head.classIds.length,
        kernel: head.kernel,
        bias: head.bias,
      })
    : null;
  return JSON.stringify({
    format: projectFileFormat,
    version: projectFileVersion,
    metadata: {
      name: project.name,
      labels: head
        ? head.classIds.map((id) => project.classes.find((c) => c.id === id)?.name ?? id)
        : project.classes.map((c) => c.name),
      classIds: head?.classIds ?? project.classes.map((c) => c.id),
      backbone: head?.backbone ?? null,
      featureNodes: head?.featureNodes ?? null,
      imageSize: head?.imageSize ?? null,
      trainedAt: head?.trainedAt ?? null,
      options: project.options,
    },
    head: layers
      ? {
          modelJson: layers.modelJson,
          weightData: bytesToBase64(new Uint8Array(layers.weightData)),
        }
      : null,
    classes: project.classes,
    samples: project.samples.map((s) => ({
      classId: s.classId,
      capturedAt: s.capturedAt,
      jpeg: bytesToBase64(s.jpeg),
    })),
  });
}

/** Why a project file was refused; the message says what is wrong, for the user. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

/** Parses and checks a project file completely; throws ProjectFileError before anything is used. */
export function decodeProjectFile(text: string): PortableProject {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProjectFileError('The file is not JSON, so it is not a ConvLens project.');
  }
  const file = record(json, 'The file');
  if (file['format'] !== projectFileFormat) {
    throw new ProjectFileError(
      `The file is not a ConvLens Transfer project (its "format" is not "${projectFileFormat}").`,
    );
  }
  if (file['version'] !== projectFileVersion) {
    throw new ProjectFileError(
      `The project file has version ${String(file['version'])}; this app reads version ${projectFileVersion}.`,
    );
  }
  const metadata = record(file['metadata'], '"metadata"');
  const name = nonEmptyText(metadata['name'], '"metadata.name"');
  const options = record(metadata['options'] ?? {}, '"metadata.options"');
  const classes = list(file['classes'], '"classes"').map((c, i) => {
    const entry = record(c, `classes[${i}]`);
    return {
      id: nonEmptyText(entry['id'], `classes[${i}].id`),
      name: nonEmptyText(entry['name'], `classes[${i}].name`),
    };
  });
  const ids = new Set(classes.map((c) => c.id));
  if (ids.size !== classes.length)
    throw new ProjectFileError('Two classes in the file have the same id.');
  const samples = list(file['samples'], '"samples"').map((s, i) => {
    const entry = record(s, `samples[${i}]`);
    const classId = nonEmptyText(entry['classId'], `samples[${i}].classId`);
    if (!ids.has(classId))
      throw new ProjectFileError(
        `samples[${i}] belongs to class "${classId}", which the file does not define.`,
      );
    const jpeg = bytes(entry['jpeg'], `samples[${i}].jpeg`);
    if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8)
      throw new ProjectFileError(`samples[${i}].jpeg is not a JPEG image.`);
    return {
      classId,
      capturedAt: nonEmptyText(entry['capturedAt'], `samples[${i}].capturedAt`),
      jpeg,
    };
  });
  return { name, classes, options, samples, head: decodeHead(file['head'], metadata, ids) };
}

function decodeHead(
  value: unknown,
  metadata: Record<string, unknown>,
  ids: Set<string>,
): TransferHeadRecord | null {
  if (value === null || value === undefined) return null;
  const head = record(value, '"head"');
  let weights;
  try {
    weights = headFromLayersModel(
      head['modelJson'],
      bytes(head['weightData'], '"head.weightData"').slice().buffer,
    );
  } catch (e) {
    throw e instanceof ProjectFileError
      ? e
      : new ProjectFileError(`The trained head is broken: ${(e as Error).message}`);
  }
  const classIds = list(metadata['classIds'], '"metadata.classIds"').map((id, i) =>
    nonEmptyText(id, `metadata.classIds[${i}]`),
  );
  if (classIds.length !== weights.classCount || classIds.some((id) => !ids.has(id))) {
    throw new ProjectFileError(
      `The trained head has ${weights.classCount} outputs, which do not match the file's classes.`,
    );
  }
  const imageSize = metadata['imageSize'];
  if (typeof imageSize !== 'number' || imageSize <= 0)
    throw new ProjectFileError('"metadata.imageSize" must be a positive number.');
  return {
    backbone: nonEmptyText(metadata['backbone'], '"metadata.backbone"'),
    featureNodes: list(metadata['featureNodes'], '"metadata.featureNodes"').map((n, i) =>
      nonEmptyText(n, `metadata.featureNodes[${i}]`),
    ),
    imageSize,
    inputSize: weights.inputSize,
    classIds,
    kernel: weights.kernel,
    bias: weights.bias,
    trainedAt: nonEmptyText(metadata['trainedAt'], '"metadata.trainedAt"'),
  };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProjectFileError(`${what} must be an object.`);
  }
  return value as Record<string, unknown>;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new ProjectFileError(`${what} must be a list.`);
  return value;
}

function nonEmptyText(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new ProjectFileError(`${what} must be a non-empty text.`);
  return value;
}

function bytes(value: unknown, what: string): Uint8Array {
  try {
    return base64ToBytes(nonEmptyText(value, what));
  } catch (e) {
    throw e instanceof ProjectFileError
      ? e
      : new ProjectFileError(`${what}: ${(e as Error).message}.`);
  }
}
