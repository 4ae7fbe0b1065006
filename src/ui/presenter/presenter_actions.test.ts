import { describe, expect, it } from 'vitest';
import { Presenter } from './presenter.svelte';
import { togglePresenter } from './presenter_actions';

describe('togglePresenter', () => {
  it.each([
    { on: false, href: 'https://host/app/?lang=zh#/yolo', next: true },
    { on: true, href: 'https://host/app/?present#/yolo', next: false },
  ])(
    'from on=$on it turns presenter mode to $next and says so in the address',
    ({ on, href, next }) => {
      const presenter = new Presenter(on);
      const replaced: string[] = [];
      const win = {
        location: { href } as Location,
        history: {
          state: null,
          replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url),
        } as unknown as History,
      };
      togglePresenter(presenter, win);
      expect(presenter.on).toBe(next);
      expect(replaced).toHaveLength(1);
      expect(new URL(replaced[0] ?? '').searchParams.has('present')).toBe(next);
      expect(replaced[0]).toContain('#/yolo');
    },
  );
});
