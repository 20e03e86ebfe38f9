// `npm start`: builds the library and serves the demo monitor (examples/) on
// localhost with the built-in sample data, then prints the URL.
import { spawnSync } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
const build = spawnSync('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed; see above.');
  process.exit(build.status ?? 1);
}

const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false, watch: false, appIndex: undefined },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nStroomOP Monitor demo: http://localhost:${actualPort}/examples/\n(stop with Ctrl+C)`);
