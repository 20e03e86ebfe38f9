// Finds a headless Chromium for tests, the benchmark and screenshots.
// Order: STROOMOP_PACKAGED_CHROMIUM=1 forces the browser shipped inside the
// @sparticuz/chromium tarball; otherwise CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then the packaged browser. The packaged browser is
// unpacked once into .cache/chromium in this project (never the shared /tmp).
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const packagedForced = () => /^(1|true|yes)$/i.test(process.env.STROOMOP_PACKAGED_CHROMIUM ?? '');

async function unpackBrotli(source, target, { tar = false, mode = 0o755 } = {}) {
  const partial = `${target}.partial`;
  if (tar) {
    const { extract } = await import('tar-fs');
    mkdirSync(partial, { recursive: true });
    await pipeline(createReadStream(source), createBrotliDecompress(), extract(partial));
  } else {
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(partial, { mode }));
  }
  renameSync(partial, target);
}

/** Unpacks @sparticuz/chromium into .cache/chromium and returns the binary's path and environment. */
export async function packagedChromium() {
  const packageDir = join(projectRoot, 'node_modules', '@sparticuz', 'chromium');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const cacheDir = join(projectRoot, '.cache', 'chromium', version);
  mkdirSync(cacheDir, { recursive: true });
  const binary = join(cacheDir, 'chromium');
  const libs = join(cacheDir, 'al2023');
  const fonts = join(cacheDir, 'fonts');
  if (!existsSync(binary)) await unpackBrotli(join(packageDir, 'bin', 'chromium.br'), binary);
  if (!existsSync(libs)) await unpackBrotli(join(packageDir, 'bin', 'al2023.tar.br'), libs, { tar: true });
  // SwiftShader's GL libraries must sit beside the binary, where Chromium looks for them.
  if (!existsSync(join(cacheDir, 'libGLESv2.so'))) {
    const { extract } = await import('tar-fs');
    await pipeline(createReadStream(join(packageDir, 'bin', 'swiftshader.tar.br')), createBrotliDecompress(), extract(cacheDir));
  }
  if (!existsSync(fonts)) await unpackBrotli(join(packageDir, 'bin', 'fonts.tar.br'), fonts, { tar: true });
  const libDir = join(libs, 'lib');
  return {
    executablePath: binary,
    env: {
      LD_LIBRARY_PATH: [libDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: fonts,
    },
    packaged: true,
  };
}

/** Returns { executablePath, env, packaged } for the Chromium to use. */
export async function findChromium() {
  if (!packagedForced()) {
    const candidates = [process.env.CHROMIUM_PATH, ...SYSTEM_CANDIDATES].filter(Boolean);
    const found = candidates.find((path) => existsSync(path));
    if (found) return { executablePath: found, env: {}, packaged: false };
  }
  return packagedChromium();
}

/** Flags for a closed network: no background connections, no sandbox (we run as root). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--no-pings',
  '--font-render-hinting=none',
];

/** Applies the environment a found browser needs to this process, so child launches inherit it. */
export function applyChromiumEnv(browser) {
  for (const [key, value] of Object.entries(browser.env)) process.env[key] = value;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const browser = await findChromium();
  console.log(browser.executablePath);
}
