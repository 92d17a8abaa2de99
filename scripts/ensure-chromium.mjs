// Makes sure the Chromium that the browser journeys drive (apps/web-e2e) is installed: quiet when it is,
// installs Debian's package when running as root, otherwise says how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is ${chromium}, which does not exist: point it at a Chromium binary or unset it.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error('The browser tests need Chromium: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}

console.log('Chromium is missing: installing the Debian package (about a minute).');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  const { status, error } = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed${error ? `: ${error.message}` : ` with exit code ${status}`}.`);
    process.exit(1);
  }
}

const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`Chromium was installed but ${chromium} --version failed: ${version.stderr || version.error?.message}`);
  process.exit(1);
}
console.log(`Installed ${version.stdout.trim()}.`);
