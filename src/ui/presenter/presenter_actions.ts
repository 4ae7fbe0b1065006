import { withPresentFlag } from './present_flag';
import type { Presenter } from './presenter.svelte';

/** P: presenter mode on or off, kept in the address (`?present`) so a reload keeps it. */
export function togglePresenter(
  presenter: Presenter,
  win: Pick<Window, 'history' | 'location'>,
): void {
  presenter.toggle();
  win.history.replaceState(win.history.state, '', withPresentFlag(win.location.href, presenter.on));
}

/** F: the whole page full screen, or back; a refusal (no user gesture, iframe) is ignored. */
export function toggleFullscreen(doc: Document): void {
  if (doc.fullscreenElement) void doc.exitFullscreen();
  else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
}
