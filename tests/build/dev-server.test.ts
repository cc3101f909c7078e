import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestFolder } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';

const SLUG = 'sreshta-s-gratskia-klaster-chorus-v-solun';
let server: ChildProcess;

/** The environment without Vitest's own variables: with `VITEST` set, Astro's dev server answers every URL with 404. */
const outsideVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$)/.test(name)));
let origin = '';

// Editors preview their posts with `npm run dev`; cards and calendars are not pages there
// either (a build writes them apart from Astro), so the dev server must still answer them.
// `--ignore-lock`: a developer's own dev server may be running; this one starts beside it.
beforeAll(async () => {
  const scratch = await makeTestFolder('cluster-news-dev-');
  server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391', '--ignore-lock'], {
    cwd: PROJECT_ROOT,
    env: { ...outsideVitest(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(scratch, 'cache'), CARD_CACHE_DIR: join(scratch, 'cards') },
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

  it('answers 404 for a post that does not exist', async () => {
    expect((await fetch(`${origin}/cards/news/nyama-takava-novina.png`)).status).toBe(404);
  });
});
