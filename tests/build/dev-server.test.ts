import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestFolder } from '../helpers/build-site.ts';
import { makeContentFixture, PROJECT_ROOT, type ContentFixture } from '../helpers/content-fixture.ts';

const SLUG = 'sreshta-s-gratskia-klaster-chorus-v-solun';
let server: ChildProcess;

/** The environment without Vitest's own variables: with `VITEST` set, Astro's dev server answers every URL with 404. */
const outsideVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name)));
let origin = '';

// Editors preview their posts with `npm run dev`; cards and calendars are not pages there
// either (a build writes them apart from Astro), so the dev server must still answer them.
// `--ignore-lock`: a developer's own dev server may be running; this one starts beside it.
let fixture: ContentFixture;

beforeAll(async () => {
  const scratch = await makeTestFolder('cluster-news-dev-');
  // A copy of the content, which one test breaks and mends.
  fixture = await makeContentFixture();
  server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391', '--ignore-lock'], {
    cwd: PROJECT_ROOT,
    env: { ...outsideVitest(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(scratch, 'cache'), STORE_DIR: join(scratch, 'stores'), CONTENT_ROOT: fixture.contentRoot },
  });
  origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/localhost:(\d+)\//.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve(`http://localhost:${url[1]}`);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
}, 90_000);

// Stopped before `tests/setup.ts` removes its folder.
afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill();
    await once(server, 'exit');
  }
  await fixture?.remove();
});

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));

describe('the dev server', () => {
  it('serves a post’s social card', async () => {
    const response = await fetch(`${origin}/cards/news/${SLUG}.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it('serves a post’s calendar and the calendar of all events', async () => {
    const post = await fetch(`${origin}/news/${SLUG}/event.ics`);
    expect(post.status).toBe(200);
    expect(events(await post.text()).map((event) => event.uid.split('@')[0])).toEqual([SLUG]);
    const all = events(await (await fetch(`${origin}/events.ics`)).text());
    expect(all).toHaveLength(5);
  });

  it('serves the web editor with its program, strings, icon font and configuration', async () => {
    for (const [path, type] of [
      ['/admin/', 'text/html'],
      ['/admin/config.yml', 'application/yaml'],
      ['/admin/sveltia-cms.js', 'text/javascript'],
      ['/admin/locales/bg.json', 'application/json'],
      ['/admin/material-symbols-outlined.woff2', 'font/woff2'],
      ['/admin/modules/immutable/dist/immutable.es.js', 'text/javascript'],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toContain(type);
    }
  });

  it('answers 404 for a post that does not exist', async () => {
    expect((await fetch(`${origin}/cards/news/nyama-takava-novina.png`)).status).toBe(404);
  });
});

describe('the dev server with a content problem', () => {
  /** Asks for `path` until `accept` is satisfied: the loader reads a saved file a moment later. */
  async function fetchUntil(path: string, accept: (response: Response) => boolean): Promise<Response> {
    let last: Response | undefined;
    await expect
      .poll(async () => {
        last = await fetch(`${origin}${path}`);
        return accept(last);
      }, { timeout: 10_000, interval: 100 })
      .toBe(true);
    return last!;
  }

  it('shows the check’s line in the browser, and the site again once the file is fixed', async () => {
    const file = `news/${SLUG}.md`;
    await fixture.edit(file, (text) => text.replace('date: 2022-09-14', 'date: 14.09.2022'));
    const broken = await fetchUntil(`/news/${SLUG}/`, (response) => response.status === 500);
    expect(broken.status).toBe(500);
    const page = await broken.text();
    expect(page).toContain('<html lang="bg">');
    expect(page).toContain(`content/news/${SLUG}.md:3: поле „date“: датата „14.09.2022“ трябва да е във вида ГГГГ-ММ-ДД. Напишете: date: 2022-09-14`);
    // Every page says so, not only the broken post's.
    expect((await fetch(`${origin}/`)).status).toBe(500);

    await fixture.edit(file, (text) => text.replace('date: 14.09.2022', 'date: 2022-09-14'));
    const mended = await fetchUntil(`/news/${SLUG}/`, (response) => response.status === 200);
    expect(mended.status).toBe(200);
    expect(await mended.text()).toContain('Среща с гръцкия Клъстер CHORUS в Солун');
  });
});
