import { CameraSource, type CameraDevice } from '../core/camera/camera_source';
import type { Frame, FrameSource, SourceState } from '../core/camera/frame_source';
import { ImageSource } from '../core/camera/image_source';
import { VideoFileSource } from '../core/camera/video_file_source';
import {
  animationFrameScheduler,
  videoFrameScheduler,
  type FrameScheduler,
} from '../core/loop/frame_loop';
import type { LabSource } from '../lab/lab_context';
import type { Settings } from './settings.svelte';

export interface SourceElements {
  video: HTMLVideoElement;
  /** Shows a still image; the video element shows camera and video-file frames. */
  picture: HTMLCanvasElement;
}

/**
 * The picture every lab reads: one of the camera, a video file or a still image, with its state
 * for the UI. Owns the active source; `epoch` changes whenever a new picture goes live, so labs
 * know to restart their frame loops.
 */
export class SourceController implements LabSource {
  #state = $state.raw<SourceState>({ kind: 'idle' });
  #devices = $state.raw<CameraDevice[]>([]);
  #epoch = $state(0);
  #frozen = $state(false);
  /** The open still is a frozen selfie-view frame, shown flipped like the camera it came from. */
  #stillMirrored = $state(false);
  /** What `resumeLive` goes back to: the last camera or video file opened. */
  #lastLive: { kind: 'camera' } | { kind: 'video'; file: File } | null = null;
  readonly #camera: CameraSource;
  readonly #videoFile: VideoFileSource;
  readonly #image: ImageSource;
  #active: FrameSource | null = null;

  constructor(
    private readonly els: SourceElements,
    private readonly settings: Settings,
    private readonly win: Window = window,
  ) {
    const onState = (s: SourceState) => this.#onState(s);
    this.#camera = new CameraSource({
      mediaDevices: win.navigator.mediaDevices,
      video: els.video,
      onState,
      onDevices: (d) => {
        this.#devices = d;
      },
    });
    this.#videoFile = new VideoFileSource({ video: els.video, onState, url: URL });
    this.#image = new ImageSource({
      createImageBitmap: (image, options) => win.createImageBitmap(image, options),
      onState,
    });
  }

  get state(): SourceState {
    return this.#state;
  }

  get devices(): CameraDevice[] {
    return this.#devices;
  }

  get epoch(): number {
    return this.#epoch;
  }

  get live(): boolean {
    return this.#state.kind === 'live';
  }

  get kind(): 'camera' | 'video' | 'image' | null {
    return this.#state.kind === 'live' ? this.#state.source : null;
  }

  /**
   * Selfie view: the camera, and a still frozen from it (so the picture and the cells a lab reads
   * stay as they were); never a file.
   */
  get mirrored(): boolean {
    if (this.kind === 'image') return this.#stillMirrored;
    return this.kind === 'camera' && this.settings.data.mirror;
  }

  /** A paused camera or video: the picture and the lab's last result stay on screen. */
  get frozen(): boolean {
    return this.#frozen;
  }

  /**
   * Space in presenter mode. The video element pauses, so no new frame reaches the lab's loop
   * (it ticks on presented video frames) and its last drawing stays; a still image is already
   * frozen. Returns false when there is nothing to freeze.
   */
  toggleFreeze(): boolean {
    if (this.kind !== 'camera' && this.kind !== 'video') return false;
    this.#frozen = !this.#frozen;
    if (this.#frozen) this.els.video.pause();
    else void this.els.video.play().catch(() => undefined);
    return true;
  }

  frame(): Frame | null {
    return this.#active?.frame() ?? null;
  }

  /** Ticks once per new video frame for camera and video; once per animation frame for images. */
  scheduler(): FrameScheduler {
    return this.kind === 'image'
      ? animationFrameScheduler(this.win)
      : videoFrameScheduler(this.els.video, this.win);
  }

  async startCamera(): Promise<void> {
    this.#lastLive = { kind: 'camera' };
    this.#switchTo(this.#camera);
    const { deviceId, facingMode, resolution } = this.settings.data;
    await this.#camera.start({ deviceId: deviceId ?? undefined, facingMode, resolution });
    this.#devices = await this.#camera.listDevices().catch(() => []);
  }

  async useDevice(deviceId: string): Promise<void> {
    this.settings.update({ deviceId });
    await this.startCamera();
  }

  /**
   * "The other side". A camera that says which side it faces (a phone's) is switched by facing
   * mode; one that does not (a laptop's, a USB one, Chromium's fakes) cannot be picked that way,
   * so the switch moves to the next camera in the list instead.
   */
  async toggleFacing(): Promise<void> {
    const s = this.#state;
    const cameras = this.#devices;
    if (s.kind === 'live' && s.source === 'camera' && !s.facingMode && cameras.length > 1) {
      const i = cameras.findIndex((d) => d.deviceId === s.deviceId);
      return this.useDevice(cameras[(i + 1) % cameras.length]!.deviceId);
    }
    const facingMode = this.settings.data.facingMode === 'user' ? 'environment' : 'user';
    // A chosen device would win over facingMode; the toggle means "the other side".
    this.settings.update({ facingMode, deviceId: null, mirror: facingMode === 'user' });
    await this.startCamera();
  }

  async openVideo(file: File): Promise<void> {
    this.#lastLive = { kind: 'video', file };
    this.#switchTo(this.#videoFile);
    await this.#videoFile.start(file);
  }

  async openImage(file: Blob | string, options: { mirrored?: boolean } = {}): Promise<void> {
    this.#switchTo(this.#image);
    this.#stillMirrored = options.mirrored ?? false;
    await this.#image.start(file);
  }

  async resumeLive(): Promise<boolean> {
    const last = this.#lastLive;
    if (!last) return false;
    if (last.kind === 'camera') await this.startCamera();
    else await this.openVideo(last.file);
    return true;
  }

  stop(): void {
    this.#active?.stop();
    this.#active = null;
    this.#onState({ kind: 'idle' });
  }

  dispose(): void {
    this.#camera.dispose();
    this.#videoFile.dispose();
    this.#image.dispose();
    this.#active = null;
  }

  #switchTo(next: FrameSource): void {
    if (this.#active && this.#active !== next) this.#active.stop();
    this.#active = next;
  }

  #onState(s: SourceState): void {
    this.#state = s;
    this.#frozen = false;
    if (s.kind !== 'live') return;
    if (s.source === 'image') this.#paintPicture();
    this.#epoch++;
  }

  #paintPicture(): void {
    const frame = this.#image.frame();
    const ctx = this.els.picture.getContext('2d');
    if (!frame || !ctx) return;
    this.els.picture.width = frame.width;
    this.els.picture.height = frame.height;
    ctx.drawImage(frame.image, 0, 0);
  }
}
