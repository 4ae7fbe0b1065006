// `npm test`'s own set-up: install Chromium and ffmpeg as root, or stop with the command to run.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runSetup, setupPlan, whichOnPath } from '../../../scripts/test-setup.mjs';

/** A machine with these commands on PATH. */
const onPath =
  (...commands: string[]) =>
  (command: string): string | null =>
    commands.includes(command) ? `/usr/bin/${command}` : null;

const apt = ['apt-get', 'update'];
const install = (...packages: string[]) => [
  'apt-get',
  'install',
  '-y',
  '--no-install-recommends',
  ...packages,
];

describe('setupPlan', () => {
  it.each([
    ['both there', onPath('apt-get', 'chromium', 'ffmpeg'), 1000, { kind: 'ready' }],
    [
      'Ubuntu-style chromium-browser',
      onPath('chromium-browser', 'ffmpeg'),
      1000,
      { kind: 'ready' },
    ],
    [
      'both missing, root',
      onPath('apt-get'),
      0,
      {
        kind: 'install',
        missing: ['chromium', 'ffmpeg'],
        steps: [apt, install('chromium', 'ffmpeg')],
      },
    ],
    [
      'ffmpeg missing, root',
      onPath('apt-get', 'chromium'),
      0,
      { kind: 'install', missing: ['ffmpeg'], steps: [apt, install('ffmpeg')] },
    ],
  ])('%s', (_, which, uid, plan) => {
    expect(setupPlan({ which, uid })).toEqual(plan);
  });

  it('without root, stops with the one command that installs what is missing', () => {
    const plan = setupPlan({ which: onPath('apt-get', 'ffmpeg'), uid: 1000 });
    expect(plan).toEqual({
      kind: 'stop',
      message:
        'npm test needs chromium. Install it once, then run npm test again:\n\n' +
        "  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium'\n",
    });
  });

  it('off Debian, names what to install', () => {
    const plan = setupPlan({ which: onPath(), uid: 0 });
    expect(plan).toMatchObject({ kind: 'stop' });
    expect(plan.kind === 'stop' && plan.message).toContain(
      'npm test needs chromium and ffmpeg, and this is not Debian (no apt-get)',
    );
  });

  it('takes CHROMIUM_PATH as the tests do', () => {
    expect(setupPlan({ which: onPath('ffmpeg'), uid: 1000, chromiumPath: '/opt/chrome' })).toEqual({
      kind: 'ready',
    });
  });
});

describe('runSetup', () => {
  function host(installed: string[], uid: number | undefined, exitStatus = 0) {
    const present = new Set(installed);
    const exec = vi.fn((command: string, args: string[]) => {
      if (exitStatus === 0 && args[0] === 'install') for (const p of args.slice(3)) present.add(p);
      return exitStatus;
    });
    const log = vi.fn();
    const which = (c: string) => (present.has(c) ? `/usr/bin/${c}` : null);
    return { which, uid, exec, log };
  }

  it('does nothing when all is there', () => {
    const h = host(['chromium', 'ffmpeg'], 1000);
    expect(runSetup(h)).toBe(0);
    expect(h.exec).not.toHaveBeenCalled();
    expect(h.log).not.toHaveBeenCalled();
  });

  it('as root, updates the lists and installs without questions, then goes on', () => {
    const h = host(['apt-get'], 0);
    expect(runSetup(h)).toBe(0);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    expect(h.exec.mock.calls).toEqual([
      ['apt-get', ['update'], env],
      ['apt-get', install('chromium', 'ffmpeg').slice(1), env],
    ]);
  });

  it('stops with apt-get’s status when it fails', () => {
    const h = host(['apt-get'], 0, 100);
    expect(runSetup(h)).toBe(100);
    expect(h.exec).toHaveBeenCalledOnce();
    expect(h.log).toHaveBeenLastCalledWith('npm test: "apt-get update" failed (exit status 100).');
  });

  it('without root, runs nothing and exits 1 with the command', () => {
    const h = host(['apt-get'], 1000);
    expect(runSetup(h)).toBe(1);
    expect(h.exec).not.toHaveBeenCalled();
    expect(h.log.mock.calls[0]![0]).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium ffmpeg'",
    );
  });
});

describe('whichOnPath', () => {
  it('finds executables only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'which-'));
    writeFileSync(join(dir, 'ffmpeg'), '#!/bin/sh\n');
    chmodSync(join(dir, 'ffmpeg'), 0o755);
    writeFileSync(join(dir, 'chromium'), 'not executable');
    chmodSync(join(dir, 'chromium'), 0o644);
    expect(whichOnPath('ffmpeg', `/nonexistent:${dir}`)).toBe(join(dir, 'ffmpeg'));
    expect(whichOnPath('chromium', dir)).toBeNull();
  });
});
