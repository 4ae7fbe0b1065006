import { eraseEverything } from '../../core/store/erase_everything';
import { openConvLensDb } from '../../core/store/convlens_db';
import { FaceIdentityStore } from '../../core/store/face_identities';
import { isQuotaExceeded } from '../../core/store/quota_error';
import { storeMessageKey } from '../../core/store/store_messages';
import { StoreChannel } from '../../core/store/store_channel';
import { meanEncoding } from './face_distance';
import { defaultTau, type EmbedderId } from './face_embedder';
import type { AlignedPixels } from './face_encoder';
import type { EncodedFace, FacesResult } from './faces_result';
import { recognise, verify, type Match } from './identity_match';
import { identitiesFromFile, identitiesToFile, type StoredIdentity } from './identity_file';
import { identityFileReason } from './identity_file_reason';
import type { Translator } from '../../i18n/translate';

export type FacesMode = 'recognise' | 'verify';
const consentKey = 'convlens.faces.consent';

/** A face of the latest frame with who it matched. */
export interface FaceMatch {
  face: EncodedFace;
  match: Match;
}

/**
 * State of the Faces lab: the enrolled identities (IndexedDB), τ, the mode, and the live matches.
 * Every database call opens and closes its own connection, so "erase everything" is never blocked.
 * Writes are per record and announced on the store's channel; `watchStore` re-reads the list when
 * another tab changes or erases it.
 */
export class FacesLab {
  tau = $state(defaultTau.face_recognition);
  #embedder = $state<EmbedderId>('face_recognition');
  mode = $state<FacesMode>('recognise');
  /** The name field of the enrolment form; cleared once that person is enrolled. */
  name = $state('');
  #verifyId = $state<string | null>(null);
  #consent = $state(false);
  #identities = $state.raw<StoredIdentity[]>([]);
  #message = $state.raw<{ kind: 'error' | 'info'; text: string } | null>(null);

  constructor(
    private readonly i18n: Translator,
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
    private readonly channel = new StoreChannel(),
    private readonly makeThumbnail: (pixels: AlignedPixels) => string = thumbnail,
  ) {
    this.#consent = storage.getItem(consentKey) === 'yes';
  }

  /** Every identity, of every encoder. */
  get identities(): StoredIdentity[] {
    return this.#identities;
  }

  /** The identities the current encoder can compare with. */
  get comparable(): StoredIdentity[] {
    return this.#identities.filter((x) => x.model === this.#embedder);
  }

  /**
   * Who verification (1:1) asks about: the person picked, else the first one the current encoder
   * can compare with (null only when there is nobody).
   */
  get verifyId(): string | null {
    const candidates = this.comparable;
    return (candidates.find((x) => x.id === this.#verifyId) ?? candidates[0])?.id ?? null;
  }
  set verifyId(id: string | null) {
    this.#verifyId = id;
  }

  get embedder(): EmbedderId {
    return this.#embedder;
  }

  /** Switches f(x); τ moves to the new encoder's measured default. */
  set embedder(id: EmbedderId) {
    this.#embedder = id;
    this.tau = defaultTau[id];
  }
  get consent(): boolean {
    return this.#consent;
  }
  get message() {
    return this.#message;
  }

  giveConsent(): void {
    this.#consent = true;
    this.storage.setItem(consentKey, 'yes');
  }

  async loadIdentities(): Promise<void> {
    await this.#withStore((s) => this.#relist(s));
  }

  /** Re-reads the identities whenever another tab changes or erases them; returns the stop. */
  watchStore(): () => void {
    const stop = this.channel.listen((change) => {
      if (change.kind === 'faces' || change.kind === 'erased') void this.loadIdentities();
    });
    return () => {
      stop();
      this.channel.close();
    };
  }

  /** Who each face of a result is, by the current mode and τ. */
  matches(result: FacesResult | null): FaceMatch[] {
    if (!result) return [];
    const candidates = this.comparable;
    const target = candidates.find((i) => i.id === this.verifyId) ?? null;
    return result.faces.map((face) => ({
      face,
      match:
        this.mode === 'verify' && target
          ? verify(face.encoding, target, this.tau)
          : recognise(face.encoding, candidates, this.tau),
    }));
  }

  /** One-shot enrolment of `name` from the largest face of an encoded frame. */
  async enrol(encoded: { result: FacesResult; aligned: AlignedPixels[] }): Promise<void> {
    const i = largestFace(encoded.result);
    const trimmed = this.name.trim();
    if (!trimmed) return this.#fail(this.i18n.t('faces.needName'));
    if (i < 0) return this.#fail(this.i18n.t('faces.noFace'));
    const encoding = encoded.result.faces[i]!.encoding;
    const identity: StoredIdentity = {
      id: crypto.randomUUID(),
      name: trimmed,
      model: this.#embedder,
      encoding,
      shots: [encoding],
      thumbnail: this.makeThumbnail(encoded.aligned[i]!),
      createdAt: Date.now(),
    };
    await this.#withStore(async (s) => {
      await s.put(identity);
      this.#changed();
      await this.#relist(s);
      this.name = '';
      this.#info(this.i18n.t('faces.enrolled', { name: trimmed }));
    });
  }

  /**
   * Adds a shot to the stored identity (with any shots another tab added); its encoding becomes
   * the mean of its shots. One erased or deleted meanwhile stays gone.
   */
  async addShot(id: string, encoded: { result: FacesResult }): Promise<void> {
    const i = largestFace(encoded.result);
    const identity = this.#identities.find((x) => x.id === id);
    if (!identity) return;
    if (identity.model !== this.#embedder) return this.#fail(this.i18n.t('faces.otherEncoder'));
    if (i < 0) return this.#fail(this.i18n.t('faces.noFace'));
    const shot = encoded.result.faces[i]!.encoding;
    await this.#withStore(async (s) => {
      const updated = await s.update(id, (stored) => {
        const shots = [...stored.shots, shot];
        return { ...stored, shots, encoding: Array.from(meanEncoding(shots)) };
      });
      await this.#relist(s);
      if (updated) this.#changed();
      else this.#fail(this.i18n.t('faces.identityGone'));
    });
  }

  async remove(id: string): Promise<void> {
    await this.#withStore(async (s) => {
      await s.delete(id);
      this.#changed();
      await this.#relist(s);
    });
  }

  exportFile(): Blob {
    return new Blob([identitiesToFile(this.#identities)], { type: 'application/json' });
  }

  /**
   * Adds (or replaces by id) the identities of an export file, leaving every other stored one
   * (another tab's too); a bad file changes nothing.
   */
  async importFile(file: Blob): Promise<void> {
    let incoming: StoredIdentity[];
    try {
      incoming = identitiesFromFile(await file.text());
    } catch (e) {
      return this.#fail(
        this.i18n.t('faces.badImport', { reason: identityFileReason(this.i18n, e) }),
      );
    }
    await this.#withStore(async (s) => {
      await s.putAll(incoming);
      this.#changed();
      await this.#relist(s);
      this.#info(this.i18n.t('faces.imported', { count: incoming.length }));
    });
  }

  async eraseAll(): Promise<void> {
    try {
      await eraseEverything();
      this.channel.announce({ kind: 'erased' });
      this.#identities = [];
      this.#verifyId = null;
      this.#info(this.i18n.t('faces.erased'));
    } catch (e) {
      this.#fail(String(e));
    }
  }

  async #withStore(fn: (s: FaceIdentityStore) => Promise<void>): Promise<void> {
    let db;
    try {
      db = await openConvLensDb();
      await fn(new FaceIdentityStore(db));
    } catch (e) {
      const storeKey = storeMessageKey(e);
      this.#fail(
        isQuotaExceeded(e)
          ? this.i18n.t('faces.diskFull')
          : storeKey
            ? this.i18n.t(storeKey)
            : this.i18n.t('faces.storeFailed', {
                reason: e instanceof Error ? e.message : String(e),
              }),
      );
    } finally {
      db?.close();
    }
  }

  /** The list as stored now; a verification target that has gone is dropped. */
  async #relist(s: FaceIdentityStore): Promise<void> {
    this.#identities = await s.list();
    if (!this.#identities.some((x) => x.id === this.#verifyId)) this.#verifyId = null;
  }

  #changed(): void {
    this.channel.announce({ kind: 'faces' });
  }

  #fail(text: string): void {
    this.#message = { kind: 'error', text };
  }

  #info(text: string): void {
    this.#message = { kind: 'info', text };
  }
}

/** Index of the largest face (the person in front of the camera), or -1. */
export function largestFace(result: FacesResult): number {
  let best = -1;
  let area = 0;
  result.faces.forEach((f, i) => {
    const a = f.box.width * f.box.height;
    if (a > area) {
      area = a;
      best = i;
    }
  });
  return best;
}

/** A 96 px JPEG data URL of an aligned face, for the identity list and the export file. */
function thumbnail(pixels: AlignedPixels): string {
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  canvas
    .getContext('2d')!
    .putImageData(
      new ImageData(pixels.data as Uint8ClampedArray<ArrayBuffer>, pixels.width, pixels.height),
      0,
      0,
    );
  const small = document.createElement('canvas');
  small.width = 96;
  small.height = 96;
  small.getContext('2d')!.drawImage(canvas, 0, 0, 96, 96);
  return small.toDataURL('image/jpeg', 0.85);
}
