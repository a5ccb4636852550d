// One place for how we start Debian's Chromium: headless, quiet on a closed network.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  ) ??
  '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Keep 127.0.0.1 reachable, or local test pages fail to load.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
};
