import { Workbox } from 'workbox-window';

/**
 * The service worker's lifecycle as UI state: an update waits for the user to accept it
 * (never a silent reload), and `offlineReady` says the first install finished.
 */
export class PwaState {
  #updateReady = $state(false);
  #offlineReady = $state(false);
  #wb: Workbox | null = null;

  get updateReady(): boolean {
    return this.#updateReady;
  }

  get offlineReady(): boolean {
    return this.#offlineReady;
  }

  /**
   * Registers the service worker; false where the browser has none or refuses it (a private
   * window, a policy, a WebView whose `register` resolves to nothing). The app still works
   * online then, so the refusal is only logged, never left as an unhandled rejection.
   */
  async register(
    container: ServiceWorkerContainer | undefined,
    url: string,
    makeWorkbox: (url: string) => Workbox = (u) => new Workbox(u),
  ): Promise<boolean> {
    if (!container) return false;
    const wb = makeWorkbox(url);
    this.#wb = wb;
    wb.addEventListener('waiting', () => {
      this.#updateReady = true;
    });
    wb.addEventListener('installed', (e) => {
      if (!e.isUpdate) this.#offlineReady = true;
    });
    try {
      await wb.register();
    } catch (e) {
      console.warn('ConvLens: the service worker was not registered; offline use is off.', e);
      this.#wb = null;
      return false;
    }
    return true;
  }

  /** Activates the waiting worker, then reloads once it controls the page. */
  applyUpdate(reload: () => void): void {
    const wb = this.#wb;
    if (!wb) return;
    wb.addEventListener('controlling', reload);
    wb.messageSkipWaiting();
  }

  dismiss(): void {
    this.#updateReady = false;
    this.#offlineReady = false;
  }
}
