import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Flags for a headless run that needs nothing beyond loopback: no GPU, no updates, no sync. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What to do when no browser is found: one line, for every platform. */
export const NO_BROWSER_MESSAGE =
  'No Chrome or Chromium found for the browser tests: install one (Debian/Ubuntu: apt-get install -y chromium; macOS: brew install --cask chromium; Windows: install Google Chrome) or set CHROMIUM_PATH to its executable.';

/**
 * Chromium and Chrome where their installers put them, most specific first. Playwright's own
 * download is never used: it needs a network these machines may not have.
 */
export function listBrowserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [join(root, 'Chromium/Application/chrome.exe'), join(root, 'Google/Chrome/Application/chrome.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

/**
 * Starts a browser with `start` (Playwright's `launch` or `launchServer`): the first
 * Chromium installed, else Google Chrome wherever Playwright's `chrome` channel finds it;
 * with neither, one error line saying how to install one.
 */
export async function startBrowser<T>(start: (options: LaunchOptions) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const executablePath = listBrowserCandidates(env).find((path) => existsSync(path));
  try {
    return await start(executablePath ? { executablePath, args: ARGS } : { channel: 'chrome', args: ARGS });
  } catch (error) {
    if (executablePath) throw error;
    throw new Error(NO_BROWSER_MESSAGE, { cause: error });
  }
}

/** Headless Chromium for one process (see {@link startBrowser}). */
export function launchBrowser(): Promise<Browser> {
  return startBrowser((options) => chromium.launch(options));
}

/** The same, as a server other processes connect to: the test suite's one browser. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return startBrowser((options) => chromium.launchServer(options));
}
