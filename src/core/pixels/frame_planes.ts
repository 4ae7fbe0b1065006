/** The pixel layouts of a frame this module reads (WebCodecs' VideoPixelFormat names). */
export type PlanesFormat = 'I420' | 'NV12' | 'RGBA' | 'RGBX' | 'BGRA' | 'BGRX';

export const planesFormats: readonly PlanesFormat[] = [
  'I420',
  'NV12',
  'RGBA',
  'RGBX',
  'BGRA',
  'BGRX',
];

/**
 * One frame's pixels as the camera delivers them (VideoFrame.copyTo): luma and chroma planes
 * (I420: Y, U, V; NV12: Y, interleaved UV; chroma at half size both ways) or one RGBA-like plane
 * (also raw RGBA pixels: ImageData, decoded photos).
 */
export interface FramePlanes {
  format: PlanesFormat;
  width: number;
  height: number;
  data: Uint8Array;
  /** Offset and stride (bytes per row) of each plane in `data`. */
  planes: readonly { offset: number; stride: number }[];
  /** YUV -> RGB: the matrix (BT.601 unless the frame says BT.709) and range (video range unless full). */
  matrix: 'bt601' | 'bt709';
  fullRange: boolean;
}
