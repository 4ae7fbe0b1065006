import { keyBelongsToTarget, presenterCommand, type PresenterCommand } from './presenter_keys';

/** What each key does; each returns false when it had nothing to do, so the key keeps its default. */
export type PresenterActions = {
  [K in PresenterCommand['kind']]: (command: Extract<PresenterCommand, { kind: K }>) => boolean;
};

type KeyTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Listens for the presenter's keys on `target` (the window); returns the cleanup. */
export function attachPresenterKeys(target: KeyTarget, actions: PresenterActions): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.repeat) return;
    const command = presenterCommand(e);
    if (!command || keyBelongsToTarget(e.target, e.code)) return;
    const run = actions[command.kind] as (c: PresenterCommand) => boolean;
    if (run(command)) e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
