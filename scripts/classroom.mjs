// `npm run classroom [-- --port N] [-- --new-cert]`: serves the built app over HTTPS to phones on
// the classroom network (a camera needs a secure context, which plain http://192.168.x.y is not).
// CONVLENS_DIST serves (and builds) another folder than dist/, as in the end-to-end tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classroomBanner } from './classroom/banner.mjs';
import { buildApp, buildReason } from './classroom/build.mjs';
import { startClassroomServer } from './classroom/https_server.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = process.env.CONVLENS_DIST ?? join(repoRoot, 'dist');

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '8443' }, 'new-cert': { type: 'boolean' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a number from 1 to 65535, not "${values.port}"`);
  }

  const reason = buildReason(repoRoot, distDir);
  if (reason) {
    console.log(`Building the app first (${reason}).`);
    await buildApp(repoRoot, distDir);
  }

  const server = await startClassroomServer({
    root: distDir,
    certDir: join(repoRoot, '.classroom'),
    port,
    newCert: values['new-cert'] ?? false,
  }).catch((error) => {
    if (error?.code === 'EADDRINUSE') {
      throw new Error(`port ${port} is in use; try: npm run classroom -- --port ${port + 1}`);
    }
    if (error?.code === 'EACCES') {
      throw new Error(`port ${port} needs administrator rights; try: --port 8443`);
    }
    throw error;
  });
  if (server.certificate.renewed) {
    console.log(`New certificate in .classroom/ because ${server.certificate.reason}.`);
  }
  console.log(await classroomBanner(server));

  const stop = () => {
    console.log('\nStopping the classroom server.');
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`npm run classroom: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
