// The first step of `npm test`: the end-to-end tests need Debian's Chromium (never a downloaded
// browser) and ffmpeg (the fake camera's videos). When one is missing, root installs it with
// apt-get, as .ci/run used to; anyone else is stopped at once with the one command to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the tests run, and the Debian package that brings it. */
export const testTools = [
  { package: 'chromium', commands: ['chromium', 'chromium-browser'] },
  { package: 'ffmpeg', commands: ['ffmpeg'] },
];

/**
 * What to do on this machine.
 * @param {{ which: (command: string) => string | null, uid: number | undefined, chromiumPath?: string }} host
 *   which: the command's path on PATH, or null; uid: process.getuid?.() (undefined off POSIX);
 *   chromiumPath: CHROMIUM_PATH, which the tests use instead of PATH when set.
 * @returns {import('./test-setup.d.mts').SetupPlan}
 */
export function setupPlan({ which, uid, chromiumPath }) {
  const found = (tool) =>
    (tool.package === 'chromium' && Boolean(chromiumPath)) ||
    tool.commands.some((c) => which(c) !== null);
  const missing = testTools.filter((t) => !found(t)).map((t) => t.package);
  if (missing.length === 0) return { kind: 'ready' };
  const names = missing.join(' and ');
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  if (which('apt-get') === null) {
    return {
      kind: 'stop',
      message: `npm test needs ${names}, and this is not Debian (no apt-get): install ${names} with this system's package manager, then run npm test again.`,
    };
  }
  if (uid === 0) return { kind: 'install', missing, steps: [['apt-get', 'update'], install] };
  return {
    kind: 'stop',
    message:
      `npm test needs ${names}. Install ${missing.length > 1 ? 'them' : 'it'} once, then run npm test again:\n\n` +
      `  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}'\n`,
  };
}

/**
 * Carries the plan out; returns the exit status (0: go on with the tests).
 * @param {import('./test-setup.d.mts').SetupHost} host
 */
export function runSetup(host) {
  const plan = setupPlan(host);
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'stop') {
    host.log(plan.message);
    return 1;
  }
  host.log(`npm test: installing ${plan.missing.join(' and ')} from Debian (apt-get)…`);
  for (const [command, ...args] of plan.steps) {
    const status = host.exec(command, args, { DEBIAN_FRONTEND: 'noninteractive' });
    if (status !== 0) {
      host.log(`npm test: "${[command, ...args].join(' ')}" failed (exit status ${status}).`);
      return status || 1;
    }
  }
  const after = setupPlan(host);
  if (after.kind !== 'ready') {
    host.log('npm test: apt-get finished, but the tools are still not on PATH.');
    return 1;
  }
  return 0;
}

/** The command's path on PATH, or null. */
export function whichOnPath(command, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = runSetup({
    which: (command) => whichOnPath(command),
    uid: process.getuid?.(),
    chromiumPath: process.env.CHROMIUM_PATH,
    exec: (command, args, env) =>
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1,
    log: (line) => console.error(line),
  });
}
