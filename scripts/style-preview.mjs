// Renders models/styles/preview.jpg: three test photos (messi5, building, astronaut-320; not used
// in training) at 256x192 in the first column, then each live-mode network's output on them, in
// the order of src/tasks/style/live_styles.ts. Run by hand after npm run train:style.
//   node scripts/style-preview.mjs [--styles starry_night,great_wave] [--out models/styles/preview.jpg]
//     [--weights public/styles]
import { createVitest } from 'vitest/node';

// Vitest's module runner loads our TypeScript and TF.js's ESM as the tests do.
const vitest = await createVitest('test', { watch: false, config: false });
try {
  const { main } = await vitest.import('./scripts/style_preview_run.ts');
  await main(process.argv.slice(2));
} finally {
  await vitest.close();
}
