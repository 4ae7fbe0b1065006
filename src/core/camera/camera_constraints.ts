export type Resolution = '480p' | '720p' | '1080p';

/** Requested frame size (px) per resolution; the camera may deliver another. */
export const RESOLUTION_SIZE: Record<Resolution, { width: number; height: number }> = {
  '480p': { width: 640, height: 480 },
  '720p': { width: 1280, height: 720 },
  '1080p': { width: 1920, height: 1080 },
};

export interface CameraRequest {
  /** A device chosen from the list; wins over `facingMode`. */
  deviceId?: string;
  /** Defaults to 'user', the front camera on a phone. */
  facingMode?: 'user' | 'environment';
  resolution: Resolution;
}

export function cameraConstraints({
  deviceId,
  facingMode = 'user',
  resolution,
}: CameraRequest): MediaStreamConstraints {
  const { width, height } = RESOLUTION_SIZE[resolution];
  // `ideal` sizes, so a camera that cannot do them still opens at its nearest size instead of
  // failing with OverconstrainedError; `exact` device, so a choice is never silently swapped.
  const which = deviceId
    ? { deviceId: { exact: deviceId } }
    : { facingMode: { ideal: facingMode } };
  return {
    audio: false,
    video: { width: { ideal: width }, height: { ideal: height }, ...which },
  };
}
