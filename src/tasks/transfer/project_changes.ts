import type {
  TransferClassRecord,
  TransferHeadRecord,
  TransferProjectRecord,
} from '../../core/store/transfer_records';
import { isoNow } from './feature_cache';
import { projectName } from './project_io';
import { defaultProjectId } from './transfer_repository';

export const maxClasses = 10;
export const minClasses = 2;

/** The lab's one project record with these classes, options and head, changed now. */
export function projectRecord(
  classes: TransferClassRecord[],
  options: Record<string, unknown>,
  head: TransferHeadRecord | null,
): TransferProjectRecord {
  return { id: defaultProjectId, name: projectName, classes, options, head, updatedAt: isoNow() };
}

/** The project with one more class, unless it has `maxClasses` already. */
export function withClass(
  p: TransferProjectRecord,
  added: TransferClassRecord,
): TransferProjectRecord {
  return p.classes.length >= maxClasses ? p : { ...p, classes: [...p.classes, added] };
}

export function withClassRenamed(
  p: TransferProjectRecord,
  id: string,
  name: string,
): TransferProjectRecord {
  return { ...p, classes: p.classes.map((c) => (c.id === id ? { ...c, name } : c)) };
}

/**
 * The project without the class, unless it has only `minClasses`; a head trained with the class
 * goes too (its outputs no longer match the classes).
 */
export function withoutClass(p: TransferProjectRecord, id: string): TransferProjectRecord {
  if (p.classes.length <= minClasses) return p;
  const head = p.head?.classIds.includes(id) ? null : p.head;
  return { ...p, classes: p.classes.filter((c) => c.id !== id), head };
}
