/** What one tab changed in the app's database, told to the app's other open tabs. */
export type StoreChange =
  /** Identities were added, changed or deleted (Faces lab). */
  | { kind: 'faces' }
  /** The Transfer lab's project, classes or samples changed. */
  | { kind: 'transfer' }
  /** "Erase everything" deleted the database: drop every list read from it. */
  | { kind: 'erased' };

/** The BroadcastChannel every tab of the app listens on. */
export const storeChannelName = 'convlens-store';

type Channel = Pick<
  BroadcastChannel,
  'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'
>;

/**
 * One tab's end of the store's BroadcastChannel. BroadcastChannel does not deliver a message to
 * the object that posted it, so a lab hears only the other tabs. Opened on first use; `close()`
 * releases it (a later use opens it again). Without BroadcastChannel it does nothing.
 */
export class StoreChannel {
  #channel: Channel | null = null;

  constructor(
    private readonly create: ((name: string) => Channel) | null = typeof BroadcastChannel ===
    'undefined'
      ? null
      : (name) => new BroadcastChannel(name),
  ) {}

  announce(change: StoreChange): void {
    this.#open()?.postMessage(change);
  }

  /** Calls `heard` with each change another tab announces; returns the unsubscribe. */
  listen(heard: (change: StoreChange) => void): () => void {
    const channel = this.#open();
    if (!channel) return () => {};
    const onMessage = (event: Event) => heard((event as MessageEvent<StoreChange>).data);
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }

  close(): void {
    this.#channel?.close();
    this.#channel = null;
  }

  #open(): Channel | null {
    this.#channel ??= this.create?.(storeChannelName) ?? null;
    return this.#channel;
  }
}
