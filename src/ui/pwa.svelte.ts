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

  register(container: ServiceWorkerContainer | undefined, url: string): void {
    if (!container) return;
    const wb = new Workbox(url);
    this.#wb = wb;
    wb.addEventListener('waiting', () => {
      this.#updateReady = true;
    });
    wb.addEventListener('installed', (e) => {
      if (!e.isUpdate) this.#offlineReady = true;
    });
    void wb.register();
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
