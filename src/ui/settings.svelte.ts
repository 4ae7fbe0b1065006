import { isBackendName, type BackendPreference } from '../core/backend/backend_choice';
import type { Resolution } from '../core/camera/camera_constraints';
import { locales, type Locale } from '../i18n/translate';

export interface SettingsData {
  locale: Locale;
  backend: BackendPreference;
  mirror: boolean;
  resolution: Resolution;
  deviceId: string | null;
  facingMode: 'user' | 'environment';
}

const key = 'convlens.settings.v1';
const resolutions: readonly Resolution[] = ['480p', '720p', '1080p'];

/** Reads saved settings, keeping only values that are still valid. */
export function parseSettings(raw: string | null, defaults: SettingsData): SettingsData {
  let saved: Partial<Record<keyof SettingsData, unknown>> = {};
  try {
    saved = raw ? (JSON.parse(raw) as typeof saved) : {};
  } catch {
    saved = {};
  }
  return {
    locale: locales.includes(saved.locale as Locale) ? (saved.locale as Locale) : defaults.locale,
    backend:
      saved.backend === 'auto' || isBackendName(saved.backend) ? saved.backend : defaults.backend,
    mirror: typeof saved.mirror === 'boolean' ? saved.mirror : defaults.mirror,
    resolution: resolutions.includes(saved.resolution as Resolution)
      ? (saved.resolution as Resolution)
      : defaults.resolution,
    deviceId: typeof saved.deviceId === 'string' ? saved.deviceId : defaults.deviceId,
    facingMode:
      saved.facingMode === 'user' || saved.facingMode === 'environment'
        ? saved.facingMode
        : defaults.facingMode,
  };
}

/** User settings, saved in localStorage on every change. */
export class Settings {
  #data = $state<SettingsData>() as SettingsData;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    defaults: SettingsData,
  ) {
    this.#data = parseSettings(storage.getItem(key), defaults);
  }

  get data(): Readonly<SettingsData> {
    return this.#data;
  }

  update(patch: Partial<SettingsData>): void {
    this.#data = { ...this.#data, ...patch };
    try {
      this.storage.setItem(key, JSON.stringify(this.#data));
    } catch {
      // A full or blocked storage must not break the app; the setting still applies now.
    }
  }

  readonly resolutions = resolutions;
}
