import { describe, expect, it } from 'vitest';
import { cameraConstraints, type CameraRequest } from './camera_constraints';

describe('cameraConstraints', () => {
  it.each<[CameraRequest, MediaTrackConstraints]>([
    [
      { resolution: '480p' },
      { width: { ideal: 640 }, height: { ideal: 480 }, facingMode: { ideal: 'user' } },
    ],
    [
      { resolution: '720p', facingMode: 'environment' },
      { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: { ideal: 'environment' } },
    ],
    [
      { resolution: '1080p', deviceId: 'cam-2', facingMode: 'environment' },
      { width: { ideal: 1920 }, height: { ideal: 1080 }, deviceId: { exact: 'cam-2' } },
    ],
    [
      { resolution: '720p', deviceId: '' },
      { width: { ideal: 1280 }, height: { ideal: 720 }, facingMode: { ideal: 'user' } },
    ],
  ])('%j', (request, video) => {
    expect(cameraConstraints(request)).toEqual({ audio: false, video });
  });
});
