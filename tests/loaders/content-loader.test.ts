import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentLoader } from '../../src/loaders/content-loader.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { CHECKED_CONTENT_ENV, writeCheckedContent } from '../../src/node/content/checked-content.ts';
import { PostBodies } from '../../src/node/content/post-bodies.ts';
import { ContentError } from '../../src/lib/content/problem.ts';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterEach(async () => {
  await fixture?.remove();
  fixture = undefined;
});

function fakeContext(render: (body: string) => Promise<{ html: string }>) {
  const entries = new Map<string, { id: string; digest?: string | number; data: unknown }>();
  const context = {
    collection: 'news',
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown: render,
    generateDigest: (text: string) => String(text.length),
    logger: { error: () => {} },
  };
  return { context: context as unknown as LoaderContext, entries };
}

describe('contentLoader', () => {
  it('stores every post, and its rendered body and search keys beside the store', async () => {
    fixture = await makeContentFixture();
    const bodiesFile = join(fixture.root, 'bodies.sqlite');
    const bodies = new PostBodies(bodiesFile);
    let renders = 0;
    const { context, entries } = fakeContext(async (body) => (renders++, { html: `<p>${body.length}</p>` }));
    const loader = contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile });
    await loader.load(context);
    expect(entries.size).toBe(5);
    expect(renders).toBe(5);
    const solun = entries.get('sreshta-s-gratskia-klaster-chorus-v-solun') as { digest: string; rendered?: unknown };
    // Not in the store: Astro bundles and parses the whole store on every build.
    expect(solun.rendered).toBeUndefined();
    const body = bodies.read(solun.digest);
    expect(body.html).toMatch(/^<p>\d+<\/p>$/);
    // „Солун" stemmed and written in Latin letters.
    expect(body.searchKeys.split(' ')).toContain('solun');

    // Unchanged posts are neither parsed nor rendered again, unless their body is gone.
    bodies.keepOnly(new Set([...entries.values()].map((entry) => entry.digest as string).filter((digest) => digest !== solun.digest)));
    await loader.load(context);
    expect(renders).toBe(6);
    expect(bodies.read(solun.digest).html).toBe(body.html);

    // The body of a deleted post goes with it.
    await rm(join(fixture.contentRoot, 'news', 'sreshta-s-gratskia-klaster-chorus-v-solun.md'));
    await rm(join(fixture.contentRoot, 'translations', 'en', 'sreshta-s-gratskia-klaster-chorus-v-solun.md'));
    await loader.load(context);
    expect(bodies.has(solun.digest)).toBe(false);
    expect(() => bodies.read(solun.digest)).toThrow(/missing/);
    for (const entry of entries.values()) expect(bodies.has(entry.digest as string)).toBe(true);
    bodies.close();
  });

  it('takes in a build the entries the build’s own check read, without reading a content file again', async () => {
    fixture = await makeContentFixture();
    const check = await checkContent(fixture.contentRoot, fixture.root);
    const checkedDir = join(fixture.root, 'checked');
    await writeCheckedContent(checkedDir, check);
    // The content goes: whatever the loader stores now can only come from the check's file.
    await rm(fixture.contentRoot, { recursive: true });
    const { context, entries } = fakeContext(async () => ({ html: '<p>текст</p>' }));
    vi.stubEnv(CHECKED_CONTENT_ENV, checkedDir);
    try {
      await contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile: join(fixture.root, 'bodies.sqlite') }).load(context);
    } finally {
      vi.unstubAllEnvs();
    }
    expect([...entries.keys()].sort()).toEqual(check.news.map((entry) => entry.id).sort());
    const solun = check.news.find((entry) => entry.id === 'sreshta-s-gratskia-klaster-chorus-v-solun')!;
    expect(entries.get(solun.id)!.data).toEqual(solun.data);
  });

  it('keeps in the store the bodies with photos of their own, for Astro’s image pipeline', async () => {
    fixture = await makeContentFixture();
    const { context, entries } = fakeContext(async (body) =>
      body.includes('CHORUS е технологичен клъстер')
        ? ({ html: '<p><img __ASTRO_IMAGE_="{}"></p>', metadata: { localImagePaths: ['./photo.jpg'] } } as { html: string })
        : { html: '<p>текст</p>' },
    );
    await contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile: join(fixture.root, 'bodies.sqlite') }).load(context);
    const withPhoto = entries.get('sreshta-s-gratskia-klaster-chorus-v-solun') as { rendered?: { html: string } };
    expect(withPhoto.rendered?.html).toContain('__ASTRO_IMAGE_');
    expect((entries.get('partnyorska-sreshta-smartcitytech-partnership') as { rendered?: unknown }).rendered).toBeUndefined();
  });

  it('fails, naming the file, when Markdown cannot be rendered', async () => {
    fixture = await makeContentFixture();
    const { context } = fakeContext(async (body) => {
      if (body.includes('CHORUS е технологичен клъстер')) throw new Error('plugin crashed');
      return { html: '' };
    });
    const load = contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile: join(fixture.root, 'bodies.sqlite') }).load(context);
    await expect(load).rejects.toBeInstanceOf(ContentError);
    await expect(load).rejects.toThrow(/content\/news\/sreshta-s-gratskia-klaster-chorus-v-solun\.md.*plugin crashed/);
  });

  it('fails on a duplicate id instead of letting the later file win', async () => {
    fixture = await makeContentFixture();
    await fixture.write('news/2024/partnyorska-sreshta-smartcitytech-partnership.md', '---\n---\n');
    const { context, entries } = fakeContext(async () => ({ html: '' }));
    const load = contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile: join(fixture.root, 'bodies.sqlite') }).load(context);
    await expect(load).rejects.toThrow(/същото име „partnyorska-sreshta-smartcitytech-partnership“/);
    expect(entries.size).toBe(0);
  });

  it('drops entries whose files are gone', async () => {
    fixture = await makeContentFixture();
    const { context, entries } = fakeContext(async () => ({ html: '' }));
    entries.set('old-post', { id: 'old-post', data: {} });
    await contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot, bodiesFile: join(fixture.root, 'bodies.sqlite') }).load(context);
    expect(entries.has('old-post')).toBe(false);
  });
});
