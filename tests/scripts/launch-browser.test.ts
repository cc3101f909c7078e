import { describe, expect, it } from 'vitest';
import { listBrowserCandidates, NO_BROWSER_MESSAGE, startBrowser } from '../../scripts/lib/launch-browser.ts';

describe('finding a browser for the browser tests and verify', () => {
  it('looks where Chromium and Chrome are installed on each system, or only at CHROMIUM_PATH', () => {
    expect(listBrowserCandidates({}, 'linux')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome']));
    expect(listBrowserCandidates({}, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(listBrowserCandidates({ PROGRAMFILES: 'C:/Program Files' }, 'win32')).toContain('C:/Program Files/Google/Chrome/Application/chrome.exe');
    expect(listBrowserCandidates({ CHROMIUM_PATH: '/opt/chromium/chrome' }, 'linux')).toEqual(['/opt/chromium/chrome']);
  });

  it('starts the installed Chromium by its path, else asks Playwright for Chrome, else stops with one line saying how to install one', async () => {
    const asked: unknown[] = [];
    await startBrowser(async (options) => asked.push(options), { CHROMIUM_PATH: process.execPath });
    expect(asked).toEqual([expect.objectContaining({ executablePath: process.execPath })]);
    const none = startBrowser(async (options) => {
      asked.push(options);
      throw new Error('Chromium distribution "chrome" is not found');
    }, { CHROMIUM_PATH: '/no/such/browser' });
    await expect(none).rejects.toThrow(NO_BROWSER_MESSAGE);
    expect(asked.at(-1)).toEqual(expect.objectContaining({ channel: 'chrome' }));
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
  });
});
