// `npm run bench`: runs the built app in headless Chromium with a fake camera and measures, per
// lab and backend, the frame loop's stage medians and fps beside the bare model's inference time
// in the same page. Writes bench/results.json and bench/results.md; prints the table.
// Then, per lab, the Automatic choice: the app measures the lab's model on each backend and
// picks the fastest (a table of the candidates' times and the pick).
// Options: --lab <id>, --backend wasm[,webgl], --threads both|single|isolated, --frames N,
// --warmup N, --bare-runs N, --no-auto, --only-auto (the Automatic table alone), --no-build.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium, newCheckedContext } from '../tests/e2e/browser.mjs';
import { makeY4m } from '../tests/e2e/make_y4m.mjs';
import { builtDir, startPreview } from '../tests/e2e/server.mjs';
import { buildApp } from './build.mjs';
import { startPlainServer } from './serve_plain.mjs';
import { labs } from './labs.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const STAGES = ['preprocess', 'inference', 'postprocess', 'draw'];
const BACKENDS = ['wasm', 'webgl'];
const WARMUP_MS = 2_000;

class BenchError extends Error {}

function options() {
  const { values } = parseArgs({
    options: {
      lab: { type: 'string' },
      mode: { type: 'string' },
      backend: { type: 'string', default: 'wasm' },
      threads: { type: 'string', default: 'both' },
      frames: { type: 'string', default: '40' },
      rounds: { type: 'string' },
      warmup: { type: 'string', default: '20' },
      'bare-runs': { type: 'string', default: '50' },
      'no-build': { type: 'boolean', default: false },
      'no-auto': { type: 'boolean', default: false },
      'only-auto': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run bench -- [--lab <id>] [--mode <mode>] [--backend wasm,webgl] [--threads both|single|isolated]' +
        ' [--frames 40] [--rounds N] [--warmup 20]' +
        ' [--bare-runs 50] [--no-auto | --only-auto] [--no-build]\nlabs: ' +
        labs.map((l) => l.id).join(', '),
    );
    process.exit(0);
  }
  const count = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new BenchError(`--${name} must be a positive integer`);
    return n;
  };
  const backends = values.backend.split(',').map((b) => b.trim());
  for (const b of backends) {
    if (!BACKENDS.includes(b))
      throw new BenchError(`unknown backend "${b}" (${BACKENDS.join(', ')})`);
  }
  if (!['both', 'single', 'isolated'].includes(values.threads)) {
    throw new BenchError(`--threads must be both, single or isolated`);
  }
  const ofLab = values.lab ? labs.filter((l) => l.id === values.lab) : labs;
  if (ofLab.length === 0) {
    throw new BenchError(`unknown lab "${values.lab}"; labs: ${labs.map((l) => l.id).join(', ')}`);
  }
  const chosen = values.mode ? ofLab.filter((l) => l.mode === values.mode) : ofLab;
  if (chosen.length === 0) {
    throw new BenchError(`no row "${values.mode}"; rows: ${ofLab.map((l) => l.mode).join(', ')}`);
  }
  return {
    labs: chosen,
    backends,
    threads: values.threads,
    frames: count('frames'),
    // Unset: each row's own (`rounds` in bench/labs.mjs), else 5.
    rounds: values.rounds === undefined ? null : count('rounds'),
    warmup: count('warmup'),
    bareRuns: count('bare-runs'),
    build: !values['no-build'],
    auto: !values['no-auto'],
    loops: !values['only-auto'],
  };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (v, digits = 2) => (v === undefined || v === null ? v : Number(v.toFixed(digits)));

function build() {
  console.log('bench: building the app…');
  try {
    buildApp();
  } catch (e) {
    throw new BenchError(e instanceof Error ? e.message : String(e));
  }
}

/** Reads the HUD's stats (`data-stats`) in the page; null before the first frame. */
const readStats = (page) =>
  page.evaluate(() => {
    const raw = document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats');
    return raw ? JSON.parse(raw) : null;
  });

async function waitFor(page, what, fn, arg, timeout) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 100 });
  } catch {
    const status = await page
      .evaluate(() => {
        const el = document.querySelector('[data-testid="source-status"]');
        return `source ${el?.getAttribute('data-state')}: "${el?.textContent?.trim()}"`;
      })
      .catch(() => 'page gone');
    throw new BenchError(`${what} within ${timeout / 1000} s (${status})`);
  }
}

/**
 * In the page: from the next processed frame on, waits until `frames` more are processed and
 * returns the HUD's final stats, the loop's fps over that span, and the camera's delivered fps
 * over the same span (from requestVideoFrameCallback's presentedFrames).
 */
function measureInPage({ frames, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const hud = document.querySelector('[data-testid="hud"]');
    const video = document.querySelector('video');
    const read = () => JSON.parse(hud.getAttribute('data-stats'));
    let cam0 = null;
    let cam1 = null;
    let done = false;
    const onVideoFrame = (now, meta) => {
      if (done) return;
      if (!cam0) cam0 = { now, n: meta.presentedFrames };
      cam1 = { now, n: meta.presentedFrames };
      video.requestVideoFrameCallback(onVideoFrame);
    };
    video.requestVideoFrameCallback(onVideoFrame);
    let start = null;
    const observer = new MutationObserver(() => {
      const stats = read();
      const now = performance.now();
      if (!start) start = { now, processed: stats.processed, dropped: stats.dropped };
      if (stats.processed < start.processed + frames) return;
      finish();
      const seconds = (now - start.now) / 1000;
      const camFrames = cam0 && cam1 ? cam1.n - cam0.n : 0;
      const camSeconds = cam0 && cam1 ? (cam1.now - cam0.now) / 1000 : 0;
      resolve({
        stats,
        frames: stats.processed - start.processed,
        fps: (stats.processed - start.processed) / seconds,
        dropped: stats.dropped - start.dropped,
        cameraFps: camSeconds > 0 ? camFrames / camSeconds : null,
      });
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`fewer than ${frames} frames processed in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const finish = () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(hud, { attributes: true, attributeFilter: ['data-stats'] });
  });
}

/**
 * Runs in the page before the app (an init script): lets the bench hold the app's frame loop
 * while the camera keeps playing. The loop ticks on requestVideoFrameCallback; while held, a tick
 * is not delivered but asked for again at the next video frame, so the loop simply sees no new
 * frame. The bench's bare runs then share the page with a playing camera, as the loop's frames
 * do (decoding and compositing on the same 2 cores).
 */
function holdableVideoFrames() {
  const proto = HTMLVideoElement.prototype;
  const request = proto.requestVideoFrameCallback;
  const cancel = proto.cancelVideoFrameCallback;
  if (typeof request !== 'function') return;
  const pending = new Map(); // our handle -> the browser's handle of the current request
  let next = 1;
  let held = false;
  const holdable = (video, callback) => {
    const id = next++;
    const arm = () =>
      pending.set(
        id,
        request.call(video, (now, meta) => {
          if (held) return arm();
          pending.delete(id);
          callback(now, meta);
        }),
      );
    arm();
    return id;
  };
  proto.requestVideoFrameCallback = function (callback) {
    return holdable(this, callback);
  };
  proto.cancelVideoFrameCallback = function (id) {
    if (pending.has(id)) cancel.call(this, pending.get(id));
    pending.delete(id);
  };
  window.__benchHoldLoop = (on) => {
    held = on;
  };
  // The bench's own wait for a video frame, never held.
  window.__benchVideoFrame = (video, callback) => request.call(video, callback);
}

/**
 * Holds the loop (see holdableVideoFrames); resolves once no frame is in flight: the processed
 * count has not moved over two video frames.
 */
function holdLoopInPage() {
  window.__benchHoldLoop(true);
  const video = document.querySelector('video');
  const hud = document.querySelector('[data-testid="hud"]');
  const processed = () => JSON.parse(hud.getAttribute('data-stats')).processed;
  return new Promise((resolve) => {
    let last = processed();
    let still = 0;
    const check = () => {
      const now = processed();
      still = now === last ? still + 1 : 0;
      last = now;
      if (still >= 2) resolve(now);
      else window.__benchVideoFrame(video, check);
    };
    setTimeout(check, 0);
  });
}

/** Lets the loop run again; resolves once `frames` more are processed. */
function releaseLoopInPage({ frames, timeoutMs }) {
  const hud = document.querySelector('[data-testid="hud"]');
  const processed = () => JSON.parse(hud.getAttribute('data-stats')).processed;
  const from = processed();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the loop did not resume within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (processed() < from + frames) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(hud, { attributes: true, attributeFilter: ['data-stats'] });
    window.__benchHoldLoop(false);
  });
}

/** After holdLoopInPage: pauses the lab's video for good (the idle bare runs and the peers). */
function pauseVideoInPage() {
  document.querySelector('video').pause();
  window.__benchHoldLoop(false);
}

/**
 * One round's bare runs, the loop held and the camera playing: the frame's models one after
 * another in each run, back to back (`bare`), then a run every camera frame interval (`paced`).
 * Medians of `runs` runs. The Faces embedder has no prepared timer: each model is timed on its
 * own (loaded for the call), and there is no paced time.
 */
async function bareRound(page, lab, ids, runs, prepared) {
  if (!ids.length) return { bare: null, paced: null };
  if (!prepared) {
    let bare = 0;
    for (const id of ids) {
      bare += median(
        await page.evaluate(([model, n]) => window.convlensBench.bareModelMs(model, n), [id, runs]),
      );
    }
    return { bare, paced: null };
  }
  const timed = (interval) =>
    page.evaluate(([n, i]) => window.convlensBench.preparedModelsMs(n, i), [runs, interval]);
  return { bare: median(await timed(0)), paced: median(await timed(1000 / lab.camera.fps)) };
}

async function benchLab(browser, origin, lab, backend, opts) {
  const { context, foreign } = await newCheckedContext(browser, origin);
  const errors = [];
  try {
    await context.addInitScript(holdableVideoFrames);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // The threaded leg runs on every core (`?threads=`, ignored where the page is not isolated),
    // whatever the app's own rule picks for this many cores.
    const threads = backend === 'wasm' ? `&threads=${Math.min(cpus().length, 8)}` : '';
    await page.goto(`${origin}/?backend=${backend}${threads}&bench${lab.route}`);
    // On a first visit the service worker precaches every lab's files, about 4 s of both cores
    // here: a loop measured meanwhile paid for it (the face mesh's inference 9-11 ms a frame in its
    // first seconds, 5 once the worker is active). Every later visit starts with it active.
    // `ready`: a worker is active, so its install (the precache) is done.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await lab.start(page);
    await waitFor(
      page,
      'the source never went live',
      () => document.querySelector('[data-testid="source-status"]')?.dataset.state === 'live',
      null,
      60_000,
    );
    // The hooks load on their own after the app starts (a dynamic import behind `?bench`).
    await waitFor(
      page,
      'the page has no bench hooks (is "?bench" handled?)',
      () => window.convlensBench !== undefined,
      null,
      10_000,
    );
    const active = await page.evaluate(() => window.convlensBench.backend());
    if (active !== backend) throw new BenchError(`asked for ${backend}, the app runs on ${active}`);
    // The warm-up is `--warmup` frames and at least WARMUP_MS: V8 moves WASM kernels to
    // optimised code in their first second or so of use (the face mesh 6.5 ms a frame in its
    // first second, 5 after).
    await waitFor(
      page,
      `fewer than ${opts.warmup} warm-up frames were processed`,
      ({ n, until }) => {
        const raw = document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats');
        return raw && JSON.parse(raw).processed >= n && Date.now() >= until;
      },
      { n: opts.warmup, until: Date.now() + WARMUP_MS },
      120_000,
    );
    // Rounds: the loop's frames, then (the loop held, the camera still playing) the bare models,
    // then the loop again, and so on, so both sides are timed within a second or two of each
    // other: a model's own time here moves between ~14 and ~20 ms over a minute (the host), so
    // bare runs timed once, after the loop, judged the loop against another moment.
    const bareIds = [lab.model ?? []].flat();
    const roundCount = opts.rounds ?? lab.rounds ?? 5;
    const bareRunsEach = Math.max(10, Math.ceil(opts.bareRuns / roundCount));
    const prepared =
      bareIds.length > 0 &&
      (await page
        .evaluate((ids) => window.convlensBench.prepareModels(ids).then(() => true), bareIds)
        .catch(() => false));
    const rounds = [];
    for (let r = 0; r < roundCount; r++) {
      if (r > 0) await page.evaluate(releaseLoopInPage, { frames: 10, timeoutMs: 60_000 });
      const loop = await page
        .evaluate(measureInPage, { frames: opts.frames, timeoutMs: 60_000 + opts.frames * 2_000 })
        .catch((e) => {
          throw new BenchError(e.message.replace(/^.*Error: /s, ''));
        });
      const held = await page.evaluate(holdLoopInPage);
      rounds.push({ loop, ...(await bareRound(page, lab, bareIds, bareRunsEach, prepared)) });
      if ((await readStats(page)).processed !== held) {
        console.warn('bench: warning: the frame loop kept running during the bare-model runs');
      }
    }
    if (prepared) await page.evaluate(() => window.convlensBench.releaseModels());
    // Last, every video paused: each model on its own, idle (`bare_idle_ms`, `bare_models`).
    await page.evaluate(holdLoopInPage);
    await page.evaluate(pauseVideoInPage);
    const bareIdle = {};
    for (const id of bareIds) {
      bareIdle[id] = median(
        await page.evaluate(
          ([model, n]) => window.convlensBench.bareModelMs(model, n),
          [id, opts.bareRuns],
        ),
      );
    }
    if (foreign.length) throw new BenchError(`requests left the origin: ${foreign.join(', ')}`);

    // Each figure is the median over the rounds (one round disturbed by the machine, as happens
    // here, does not move it); a ratio is the median of the rounds' own ratios, each round's
    // loop against the bare runs that followed it.
    const across = (pick) => median(rounds.map(pick));
    const stageMs = {};
    for (const stage of Object.keys(rounds[0].loop.stats.stageMs)) {
      stageMs[stage] = round(across((r) => r.loop.stats.stageMs[stage] ?? 0));
    }
    const totalMs = across((r) => r.loop.stats.totalMs);
    const bareMs = bareIds.length ? across((r) => r.bare) : null;
    const bareMsPaced = prepared ? across((r) => r.paced) : null;
    const roundRatio = (r) => r.loop.stats.totalMs / r.bare;
    const bareIdleMs = bareIds.reduce((sum, id) => sum + bareIdle[id], 0);
    const row = {
      lab: lab.id,
      mode: lab.mode,
      backend: active,
      isolated: await page.evaluate(() => globalThis.crossOriginIsolated),
      threads:
        active === 'wasm' ? await page.evaluate(() => window.convlensBench.wasmThreads()) : null,
      rounds: rounds.length,
      frames: rounds.reduce((n, r) => n + r.loop.frames, 0),
      stage_ms: stageMs,
      total_ms: round(totalMs),
      bare_model_ms: bareMs === null ? null : round(bareMs),
      ratio: bareMs === null ? null : round(across(roundRatio), 3),
      over_bare_ms: bareMs === null ? null : round(across((r) => r.loop.stats.totalMs - r.bare)),
      // Each round's own total / bare: how much the ratio moves within one run.
      round_ratios: bareMs === null ? null : rounds.map((r) => round(roundRatio(r), 3)),
      fps: round(
        across((r) => r.loop.fps),
        1,
      ),
      camera_fps: round(
        across((r) => r.loop.cameraFps ?? 0),
        1,
      ),
      dropped: rounds.reduce((n, r) => n + r.loop.dropped, 0),
      bare_idle_ms: bareIds.length ? round(bareIdleMs) : null,
      bare_paced_ms: bareMsPaced === null ? null : round(bareMsPaced),
      paced_ratio:
        bareMsPaced === null
          ? null
          : round(
              across((r) => r.loop.stats.totalMs / r.paced),
              3,
            ),
      bare_runs: bareIds.length ? bareRunsEach * rounds.length : 0,
      bare_models: Object.fromEntries(bareIds.map((id) => [id, round(bareIdle[id])])),
    };
    if (lab.peer) {
      const peer = await lab.peer(page, row);
      row.peer = peer.name;
      row.peer_total_ms = round(peer.total_ms);
      // A peer may compare one step (e.g. align + embed) rather than the whole frame.
      if (peer.ours_ms !== undefined) row.peer_ours_ms = round(peer.ours_ms);
      row.peer_ratio = round((peer.ours_ms ?? row.total_ms) / peer.total_ms, 3);
      Object.assign(row, peer.extra ?? {});
    }
    return row;
  } catch (e) {
    if (errors.length) e.message += `\npage errors:\n  ${errors.slice(0, 5).join('\n  ')}`;
    throw e;
  } finally {
    await context.close();
  }
}

/**
 * The app's Automatic choice for the lab at `route` on a fresh profile: opens it without
 * `?backend=`, waits for the trial (the lab's model timed on each backend) and reads the pick the
 * app stored and the sentence it shows.
 */
async function autoChoice(browser, origin, route) {
  const { context, foreign } = await newCheckedContext(browser, origin, { camera: false });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/?bench${route}`);
    await waitFor(
      page,
      'the Automatic choice was not made',
      () =>
        /^Automatic:/.test(
          document.querySelector('[data-testid="auto-backend"]')?.textContent?.trim() ?? '',
        ),
      null,
      180_000,
    );
    const { picks, text } = await page.evaluate(() => ({
      picks: JSON.parse(localStorage.getItem('convlens.backendPicks.v1') ?? '{}'),
      text: document.querySelector('[data-testid="auto-backend"]').textContent.trim(),
    }));
    const lab = route.replace('#/', '');
    const pick = Object.entries(picks).find(([key]) => key.endsWith(`#${lab}`))?.[1];
    if (!pick) throw new BenchError(`no stored pick for ${lab}`);
    if (foreign.length) throw new BenchError(`requests left the origin: ${foreign.join(', ')}`);
    const fastest = pick.candidates
      .filter((c) => c.medianMs !== null)
      .reduce((a, b) => (b.medianMs < a.medianMs ? b : a));
    return {
      lab,
      pick: pick.backend,
      fastest: fastest.backend,
      candidates: pick.candidates.map((c) => ({
        backend: c.backend,
        ms: round(c.medianMs),
        error: c.error,
      })),
      active: await page.evaluate(async () => {
        while (!window.convlensBench) await new Promise((r) => setTimeout(r, 50));
        return window.convlensBench.backend();
      }),
      text: text.replace(/\s*Measure again$/, ''),
    };
  } finally {
    await context.close();
  }
}

/** Per backend, the lab's fastest frame in this run's loop rows: "wasm 95 ms, webgl 412 ms". */
function loopTimes(rows, lab) {
  const best = {};
  for (const r of rows.filter((row) => row.lab === lab)) {
    best[r.backend] = Math.min(best[r.backend] ?? Infinity, r.total_ms);
  }
  const parts = Object.entries(best).map(([b, ms]) => `${b} ${ms} ms`);
  return parts.length ? parts.join(', ') : '–';
}

function autoMarkdown(autoRows, rows) {
  const backends = [...new Set(autoRows.flatMap((r) => r.candidates.map((c) => c.backend)))];
  const cell = (c) =>
    c === undefined ? '–' : c.ms !== null ? `${c.ms} ms` : `not used: ${c.error.slice(0, 60)}`;
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    '## Automatic choice',
    '',
    'Each lab opened in Automatic on a fresh profile: the app times the lab’s model on each',
    'backend (1 warm-up, median of 3 runs) and picks the fastest; `runs on` is the backend the',
    'lab then ran on; `loop` is the fastest frame of the lab per backend in the table above.',
    '',
    line(['lab', ...backends, 'pick', 'fastest measured', 'runs on', 'loop']),
    line(['---', ...backends.map(() => '---'), '---', '---', '---', '---']),
    ...autoRows.map((r) =>
      line([
        r.lab,
        ...backends.map((b) => cell(r.candidates.find((c) => c.backend === b))),
        r.pick,
        r.fastest,
        r.active ?? '–',
        loopTimes(rows, r.lab),
      ]),
    ),
    '',
  ].join('\n');
}

/** The loop is camera-bound when it processes (nearly) every frame the camera delivers. */
const boundBy = (r) => (r.camera_fps && r.fps >= 0.9 * r.camera_fps ? 'camera' : 'compute');

/**
 * The landmarks lab's frame-cost goal (#16): `ratio` <= 1.1 where the mode's models take 15 ms
 * or more, else `over bare ms` <= 2.5. Which applies is decided by the models' idle time (each
 * alone, every video paused): the time they take, undisturbed; the bare time in the rounds moves
 * with the host (hands' model 13-17.5 ms in one hour) and would switch the rule from run to run.
 */
function frameGoal(row) {
  if (row.lab !== 'landmarks' || row.bare_model_ms === null) return null;
  const heavy = row.bare_idle_ms >= 15;
  const met = heavy ? row.ratio <= 1.1 : row.over_bare_ms <= 2.5;
  return `${heavy ? '≤ 1.1x' : '≤ +2.5 ms'}: ${met ? 'yes' : 'no'}`;
}

function markdown(rows, meta) {
  const stages = [
    ...STAGES.filter((s) => rows.some((r) => s in r.stage_ms)),
    ...new Set(rows.flatMap((r) => Object.keys(r.stage_ms)).filter((s) => !STAGES.includes(s))),
  ];
  const withPeer = rows.some((r) => r.peer);
  const head = [
    'lab',
    'mode',
    'backend',
    'threads',
    'frames',
    ...stages.map((s) => `${s} ms`),
    'total ms',
    'bare model ms',
    'bare idle ms',
    'over bare ms',
    'ratio',
    'ratio by round',
    'goal',
    'bare paced ms',
    'paced ratio',
    'fps',
    'camera fps',
    'dropped',
    'bound by',
    ...(withPeer ? ['peer', 'peer total ms', 'peer ratio'] : []),
  ];
  const cell = (v) => (v === undefined || v === null ? '–' : String(v));
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const table = [
    line(head),
    line(head.map(() => '---')),
    ...rows.map((r) =>
      line([
        r.lab,
        r.mode,
        r.backend,
        r.threads ?? '–',
        r.frames,
        ...stages.map((s) => r.stage_ms[s]),
        r.total_ms,
        r.bare_model_ms ?? '–',
        r.bare_idle_ms ?? '–',
        r.over_bare_ms ?? '–',
        r.ratio ?? '–',
        r.round_ratios?.join(' / ') ?? '–',
        frameGoal(r) ?? '–',
        r.bare_paced_ms ?? '–',
        r.paced_ratio ?? '–',
        r.fps,
        r.camera_fps,
        r.dropped,
        boundBy(r),
        ...(withPeer ? [r.peer, r.peer_total_ms, r.peer_ratio] : []),
      ]),
    ),
  ].join('\n');
  const capped = rows.filter((r) => boundBy(r) === 'camera');
  const notes = [
    'Stage and total times are medians of the frame loop’s own timings over its last 30 frames;',
    'the run is in rounds (loop, then bare models, then loop again: both sides timed in each',
    'round) and each figure is the median over the rounds; `ratio` and `over bare ms` (total −',
    'bare) are the medians of each round’s own, listed in `ratio by round`;',
    '`bare model ms`: the median of the mode’s models’ execute + output read on random input in',
    'their value range, same backend and page, run between the loop’s frames with the loop held',
    'and the camera playing; `bare idle ms`: each model alone with every video paused, after the',
    'rounds; `bare paced ms`: the models a run every camera frame interval (idle between, as in',
    'the loop), `paced ratio` = total / that; `goal`: the landmarks goal, ratio ≤ 1.1 where',
    'the models take ≥ 15 ms idle, else ≤ 2.5 ms over them;',
    '`fps` and `dropped` (camera frames skipped while',
    'one was in flight) cover the measured frames. See bench/README.md.',
    ...rows
      .filter((r) => Object.keys(r.bare_models ?? {}).length > 1)
      .map(
        (r) =>
          `\n${r.lab} ${r.mode}: bare = ` +
          Object.entries(r.bare_models)
            .map(([id, ms]) => `${id} ${ms}`)
            .join(' + ') +
          ` ms idle (the models that run on every frame of this mode).`,
      ),
    ...capped.map(
      (r) =>
        `\n${r.lab}/${r.backend}: fps is capped by the camera (${r.camera_fps} fps delivered);` +
        ` 1000 / total ms = ${round(1000 / r.total_ms, 1)} fps is what the work alone would allow.`,
    ),
  ];
  return [
    `# ConvLens bench`,
    '',
    `${meta.date} · Chromium ${meta.chromium} (headless) · ${meta.cpu} × ${meta.cores}`,
    '',
    table,
    '',
    notes.join('\n'),
    '',
  ].join('\n');
}

async function main() {
  const t0 = Date.now();
  const opts = options();
  if (opts.build) build();
  const server = await startPreview();
  // WASM single-threaded (no isolation headers) beside threaded (npm start's headers), same build.
  const plain = opts.threads === 'isolated' ? null : await startPlainServer(builtDir);
  const origins = (backend) =>
    backend !== 'wasm' || opts.threads === 'isolated'
      ? [server.origin]
      : opts.threads === 'single'
        ? [plain.origin]
        : [plain.origin, server.origin];
  const rows = [];
  const autoRows = [];
  const failures = [];
  let chromium = '';
  try {
    for (const lab of opts.loops ? opts.labs : []) {
      const y4m = makeY4m(lab.camera.fixture, lab.camera);
      const browser = await launchChromium({ camera: y4m });
      chromium = browser.version();
      try {
        for (const backend of opts.backends) {
          for (const origin of origins(backend)) {
            const where = origin === plain?.origin ? ', not isolated' : '';
            console.log(`bench: ${lab.id} (${lab.mode}) on ${backend}${where}…`);
            // One lab failing must not lose the others' rows: report it and go on.
            try {
              rows.push(await benchLab(browser, origin, lab, backend, opts));
            } catch (e) {
              const message = e instanceof BenchError ? e.message : (e?.message ?? String(e));
              failures.push(
                `${lab.id} (${lab.mode}) on ${backend}${where}: ${message.split('\n')[0]}`,
              );
              console.error(`bench: ${failures.at(-1)}`);
            }
          }
        }
      } finally {
        await browser.close();
      }
    }
    if (opts.auto) {
      const browser = await launchChromium();
      try {
        for (const route of new Set(opts.labs.map((l) => l.route))) {
          console.log(`bench: the Automatic choice for ${route}…`);
          try {
            autoRows.push(await autoChoice(browser, server.origin, route));
          } catch (e) {
            failures.push(`Automatic choice for ${route}: ${e?.message ?? String(e)}`);
            console.error(`bench: ${failures.at(-1)}`);
          }
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
    await plain?.stop();
  }
  const meta = {
    date: new Date().toISOString(),
    chromium,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
  };
  writeFileSync(
    join(benchDir, 'results.json'),
    JSON.stringify(autoRows.length ? [...rows, { automatic: autoRows }] : rows, null, 2) + '\n',
  );
  const md = markdown(rows, meta) + (autoRows.length ? `\n${autoMarkdown(autoRows, rows)}` : '');
  writeFileSync(join(benchDir, 'results.md'), md);
  console.log(`\n${md}`);
  console.log(
    `bench: wrote bench/results.json and bench/results.md in ${(Date.now() - t0) / 1000} s`,
  );
  if (failures.length) {
    throw new BenchError(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof BenchError ? e.message : (e?.stack ?? e)}`);
  process.exit(1);
});
