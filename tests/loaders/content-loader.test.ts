import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentLoader } from '../../src/loaders/content-loader.ts';
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
    generateDigest: (text: string) => text.length,
    logger: { error: () => {} },
  };
  return { context: context as unknown as LoaderContext, entries };
}

describe('contentLoader', () => {
  it('stores every post with its rendered body', async () => {
    fixture = await makeContentFixture();
    const { context, entries } = fakeContext(async (body) => ({ html: `<p>${body.length}</p>` }));
    await contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot }).load(context);
    expect(entries.size).toBe(5);
  });

  it('fails, naming the file, when Markdown cannot be rendered', async () => {
    fixture = await makeContentFixture();
    const { context } = fakeContext(async (body) => {
      if (body.includes('CHORUS е технологичен клъстер')) throw new Error('plugin crashed');
      return { html: '' };
    });
    const load = contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot }).load(context);
    await expect(load).rejects.toBeInstanceOf(ContentError);
    await expect(load).rejects.toThrow(/content\/news\/sreshta-s-gratskia-klaster-chorus-v-solun\.md.*plugin crashed/);
  });

  it('fails on a duplicate id instead of letting the later file win', async () => {
    fixture = await makeContentFixture();
    await fixture.write('news/2024/partnyorska-sreshta-smartcitytech-partnership.md', '---\n---\n');
    const { context, entries } = fakeContext(async () => ({ html: '' }));
    const load = contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot }).load(context);
    await expect(load).rejects.toThrow(/същото име „partnyorska-sreshta-smartcitytech-partnership“/);
    expect(entries.size).toBe(0);
  });

  it('drops entries whose files are gone', async () => {
    fixture = await makeContentFixture();
    const { context, entries } = fakeContext(async () => ({ html: '' }));
    entries.set('old-post', { id: 'old-post', data: {} });
    await contentLoader('news', { projectRoot: fixture.root, contentRoot: fixture.contentRoot }).load(context);
    expect(entries.has('old-post')).toBe(false);
  });
});
