// `npm run soak`: each lab for many frames of the fake camera (10,000 by default), then many
// lab switches in a row, in headless Chromium on the built app (WASM). Not part of `npm test`:
// it takes over an hour on 2 cores. Per lab it checks, between a baseline taken after the
// warm-up and the end:
//   - tensors alive (tf.memory().numTensors, read with the lab's loop paused): growth must be 0;
//   - JS heap (performance.memory.usedJSHeapSize after a forced GC, --enable-precise-memory-info):
//     growth < 5 MB;
//   - no drift: the last segment's fps >= 0.85 x the first's, and its share of dropped camera
//     frames no more than 10 points above the first's.
// Then the switches: the labs in turn (hash changes, camera live), each until it has processed
// frames; tensors and heap after the first round against after the last, same limits.
// Writes scripts/soak-results.md (git-ignored; rewritten after each lab, so a run stopped part-way
// keeps the labs it finished) and exits 1 when a limit is broken.
// Options: --frames N (per lab), --segment N (frames between checkpoints), --switches N,
//          --lab <id[,id]> (bench lab ids: landmarks, convolution, detection, ...), --no-build.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildApp } from '../bench/build.mjs';
import { labs } from '../bench/labs.mjs';
import { launchChromium, newCheckedContext } from '../tests/e2e/browser.mjs';
import { makeY4m } from '../tests/e2e/make_y4m.mjs';
import { startPreview } from '../tests/e2e/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
const LIMITS = { tensorGrowth: 0, heapGrowthMb: 5, fpsKeep: 0.85, droppedRise: 0.1 };
// One mode per lab (the modes a class uses most), the bench's definitions of how to start them.
const SOAKED = [
  'landmarks/mesh',
  'convolution/filter-640',
  'detection/yolo-416',
  'detection/coco',
  'windows/convolutional-224px-126',
  'style/live-128',
  'faces/verify',
  'transfer/predict',
  'networks/separable-28',
];
const SWITCH_ROUTES = [
  '#/landmarks',
  '#/detection',
  '#/faces',
  '#/style',
  '#/convolution',
  '#/networks',
];

function options() {
  const { values } = parseArgs({
    options: {
      frames: { type: 'string', default: '10000' },
      segment: { type: 'string', default: '1000' },
      switches: { type: 'string', default: '50' },
      lab: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const count = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const wanted = values.lab?.split(',').map((s) => s.trim());
  const chosen = SOAKED.map((key) => {
    const lab = labs.find((l) => `${l.id}/${l.mode}` === key);
    if (!lab) throw new Error(`bench/labs.mjs has no ${key}`);
    return lab;
  }).filter((l) => !wanted || wanted.includes(l.id));
  if (wanted && chosen.length === 0) throw new Error(`no soaked lab matches --lab ${values.lab}`);
  const switches = count('switches');
  if (switches > 0 && switches < 2 * SWITCH_ROUTES.length) {
    throw new Error(`--switches must be 0 or at least ${2 * SWITCH_ROUTES.length} (two rounds)`);
  }
  return {
    labs: chosen,
    switches,
    frames: count('frames'),
    segment: Math.max(1, count('segment')),
    build: !values['no-build'],
  };
}

const stats = (page) =>
  page.evaluate(() => {
    const raw = document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats');
    return raw ? JSON.parse(raw) : null;
  });

/** Pauses the lab's video and waits until the HUD has been still for 500 ms (no frame in flight). */
function pauseInPage() {
  document.querySelector('video').pause();
  const hud = document.querySelector('[data-testid="hud"]');
  return new Promise((resolve) => {
    let timer = setTimeout(resolve, 500);
    if (hud) {
      new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(resolve, 500);
      }).observe(hud, { attributes: true });
    }
  });
}

/** Tensors and JS heap with nothing in flight, after a forced garbage collection. */
async function memory(page, cdp) {
  await page.evaluate(pauseInPage);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const out = await page.evaluate(() => ({
    tensors: window.convlensBench.tensorCount(),
    heap: performance.memory.usedJSHeapSize,
  }));
  await page.evaluate(() => document.querySelector('video').play());
  return out;
}

async function waitProcessed(page, n, timeout) {
  await page.waitForFunction(
    (min) => {
      const raw = document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats');
      return raw !== null && raw !== undefined && JSON.parse(raw).processed >= min;
    },
    n,
    { timeout, polling: 250 },
  );
}

async function openLab(browser, origin, lab, errors) {
  const { context, foreign } = await newCheckedContext(browser, origin);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${origin}/?backend=wasm&bench${lab.route}`);
  await lab.start(page);
  await page.waitForFunction(() => window.convlensBench !== undefined, null, { timeout: 30_000 });
  const cdp = await context.newCDPSession(page);
  return { context, foreign, page, cdp };
}

async function soakLab(browser, origin, lab, opts) {
  const errors = [];
  const { context, foreign, page, cdp } = await openLab(browser, origin, lab, errors);
  try {
    await waitProcessed(page, 50, 300_000);
    const base = await memory(page, cdp);
    const first = await stats(page);
    const segments = [];
    let prev = { ...first, at: Date.now() };
    let last = base;
    while (prev.processed - first.processed < opts.frames) {
      const target =
        prev.processed + Math.min(opts.segment, opts.frames - (prev.processed - first.processed));
      // A frame takes at most a few hundred ms here; 2 s a frame is a stall worth reporting.
      await waitProcessed(page, target, 60_000 + opts.segment * 2_000);
      const now = { ...(await stats(page)), at: Date.now() };
      const frames = now.processed - prev.processed;
      const dropped = now.dropped - prev.dropped;
      segments.push({
        frames,
        fps: frames / ((now.at - prev.at) / 1000),
        droppedShare: dropped / (frames + dropped),
        totalMs: now.totalMs,
      });
      last = await memory(page, cdp);
      prev = { ...(await stats(page)), at: Date.now() };
      process.stdout.write(
        `soak: ${lab.id}/${lab.mode} ${prev.processed - first.processed} frames, ` +
          `${last.tensors} tensors, heap ${(last.heap / MB).toFixed(1)} MB\r`,
      );
    }
    process.stdout.write('\n');
    const head = segments[0];
    const tail = segments.at(-1);
    const row = {
      lab: `${lab.id}/${lab.mode}`,
      frames: prev.processed - first.processed,
      tensors: `${base.tensors} → ${last.tensors}`,
      tensorGrowth: last.tensors - base.tensors,
      heapGrowthMb: (last.heap - base.heap) / MB,
      fps: `${head.fps.toFixed(1)} → ${tail.fps.toFixed(1)}`,
      fpsKeep: tail.fps / head.fps,
      dropped: `${(100 * head.droppedShare).toFixed(1)}% → ${(100 * tail.droppedShare).toFixed(1)}%`,
      droppedRise: tail.droppedShare - head.droppedShare,
      totalMs: `${head.totalMs.toFixed(1)} → ${tail.totalMs.toFixed(1)}`,
      errors: [...errors, ...foreign.map((u) => `request left the origin: ${u}`)],
    };
    row.failures = verdict(row);
    return row;
  } finally {
    await context.close();
  }
}

function verdict(row) {
  const out = [];
  if (row.tensorGrowth > LIMITS.tensorGrowth) out.push(`${row.tensorGrowth} tensors more`);
  if (row.heapGrowthMb >= LIMITS.heapGrowthMb)
    out.push(`heap grew ${row.heapGrowthMb.toFixed(1)} MB`);
  if (row.fpsKeep !== undefined && row.fpsKeep < LIMITS.fpsKeep) out.push(`fps fell to ${row.fps}`);
  if (row.droppedRise !== undefined && row.droppedRise > LIMITS.droppedRise)
    out.push(`dropped frames rose ${row.dropped}`);
  if (row.errors.length) out.push(`page errors: ${row.errors.slice(0, 3).join(' | ')}`);
  return out;
}

/** The labs in turn, camera live; memory after the first round against after the last. */
async function soakSwitches(browser, origin, count) {
  const errors = [];
  const start = labs.find((l) => l.id === 'landmarks' && l.mode === 'mesh');
  const { context, foreign, page, cdp } = await openLab(browser, origin, start, errors);
  try {
    await waitProcessed(page, 5, 120_000);
    let base = null;
    let last = null;
    for (let i = 1; i <= count; i++) {
      const route = SWITCH_ROUTES[i % SWITCH_ROUTES.length];
      await page.evaluate((r) => (location.hash = r), route);
      // The Style lab opens on its optimisation, which runs no frame loop: its live mode does.
      if (route === '#/style') await page.getByTestId('style-mode').selectOption('live');
      // The lab's own loop (a new HUD) has processed frames: its models loaded and ran.
      await page
        .waitForFunction(
          (r) => {
            if (location.hash !== r) return false;
            const raw = document.querySelector('[data-testid="hud"]')?.getAttribute('data-stats');
            return raw !== null && raw !== undefined && JSON.parse(raw).processed >= 3;
          },
          route,
          { timeout: 180_000, polling: 100 },
        )
        .catch(async (e) => {
          const shown = await stats(page).catch(() => null);
          throw new Error(
            `switch ${i} to ${route}: no frames (HUD ${JSON.stringify(shown)}): ${e.message}`,
          );
        });
      if (i % SWITCH_ROUTES.length === 0) {
        last = await memory(page, cdp);
        base ??= last;
        process.stdout.write(`soak: ${i} switches, ${last.tensors} tensors\r`);
      }
    }
    process.stdout.write('\n');
    const row = {
      lab: `${count} lab switches`,
      frames: '–',
      tensors: `${base.tensors} → ${last.tensors}`,
      tensorGrowth: last.tensors - base.tensors,
      heapGrowthMb: (last.heap - base.heap) / MB,
      fps: '–',
      dropped: '–',
      totalMs: '–',
      errors: [...errors, ...foreign.map((u) => `request left the origin: ${u}`)],
    };
    row.failures = verdict(row);
    return row;
  } finally {
    await context.close();
  }
}

function markdown(rows, meta) {
  const head = [
    'lab',
    'frames',
    'tensors',
    'heap growth MB',
    'fps',
    'dropped',
    'total ms',
    'verdict',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    '# ConvLens soak',
    '',
    `${meta.date} · ${meta.cpu} × ${meta.cores} · WASM · limits: tensors +${LIMITS.tensorGrowth},` +
      ` heap < ${LIMITS.heapGrowthMb} MB, fps kept ≥ ${LIMITS.fpsKeep}x, dropped share` +
      ` rise ≤ ${100 * LIMITS.droppedRise} points (first segment → last)`,
    '',
    line(head),
    line(head.map(() => '---')),
    ...rows.map((r) =>
      line([
        r.lab,
        r.frames,
        r.tensors,
        r.heapGrowthMb.toFixed(2),
        r.fps,
        r.dropped,
        r.totalMs,
        r.failures.length ? r.failures.join('; ') : 'ok',
      ]),
    ),
    '',
  ].join('\n');
}

async function main() {
  const t0 = Date.now();
  const opts = options();
  if (opts.build) buildApp();
  const server = await startPreview();
  const rows = [];
  const extraArgs = ['--enable-precise-memory-info'];
  // The table so far after each lab, so a run stopped part-way keeps what it measured.
  const save = () => {
    const meta = {
      date: new Date().toISOString(),
      cpu: cpus()[0]?.model.trim(),
      cores: cpus().length,
    };
    const md = markdown(rows, meta);
    writeFileSync(join(root, 'scripts', 'soak-results.md'), md);
    return md;
  };
  try {
    for (const lab of opts.labs) {
      const browser = await launchChromium({
        camera: makeY4m(lab.camera.fixture, lab.camera),
        extraArgs,
      });
      try {
        rows.push(await soakLab(browser, server.origin, lab, opts));
      } catch (e) {
        rows.push({
          lab: `${lab.id}/${lab.mode}`,
          frames: '–',
          tensors: '–',
          heapGrowthMb: 0,
          fps: '–',
          dropped: '–',
          totalMs: '–',
          failures: [`did not finish: ${String(e?.message ?? e).split('\n')[0]}`],
        });
      } finally {
        await browser.close();
      }
      const row = rows.at(-1);
      console.log(`soak: ${row.lab}: ${row.failures.length ? row.failures.join('; ') : 'ok'}`);
      save();
    }
    if (opts.switches > 0) {
      const camera = makeY4m('astronaut.jpg', { width: 640, height: 480, fps: 30 });
      const browser = await launchChromium({ camera, extraArgs });
      try {
        rows.push(await soakSwitches(browser, server.origin, opts.switches));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
  const md = save();
  console.log(`\n${md}\nsoak: ${((Date.now() - t0) / 60000).toFixed(1)} min`);
  if (rows.some((r) => r.failures.length)) process.exit(1);
}

main().catch((e) => {
  console.error(`soak: ${e?.stack ?? e}`);
  process.exit(1);
});
