import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePosts } from '../../scripts/bench/generate-posts.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { needsAstroParse } from '../../src/loaders/content-loader.ts';
import { createImagesSchema, createNewsSchema } from '../../src/schemas/news.ts';
import type { ReferenceFactory } from '../../src/schemas/reference.ts';
import { makeContentFixture, type ContentFixture } from '../helpers/content-fixture.ts';

let fixture: ContentFixture | undefined;
afterAll(async () => fixture?.remove());

/**
 * The news schema as `src/content.config.ts` builds it inside Astro, with Astro's own
 * `reference()`: `astro:content` exists only inside Astro, so its factory is taken from
 * the module that defines it. Photos are left out: posts with photos go through Astro's
 * `parseData` anyway.
 */
async function makeAstroNewsSchema() {
  const runtime = (await import(pathToFileURL(join(process.cwd(), 'node_modules/astro/dist/content/runtime.js')).href)) as { createReference: () => unknown };
  return createNewsSchema(runtime.createReference() as ReferenceFactory).extend({ images: createImagesSchema(() => z.string()) });
}

describe('the data the content loader stores', () => {
  it('is what Astro’s own parse of the collection schema gives, for every post without photos', async () => {
    fixture = await makeContentFixture();
    const known = { clusters: ['sofia-grad-na-znanieto', 'zelena-sinergia', 'chernomorski-energien-klaster'], partners: ['chorus-cluster', 'eccp'] };
    for (const post of generatePosts(200, known)) await writeFile(join(fixture.contentRoot, 'news', post.file), post.text);
    const { news, problems } = await checkContent(fixture.contentRoot, fixture.root);
    expect(problems).toEqual([]);
    const astroSchema = await makeAstroNewsSchema();
    const stored = news.filter((entry) => !needsAstroParse(entry));
    expect(stored.length).toBe(205);
    for (const entry of stored) {
      // Compared as JSON: the order of keys counts too, since page cache keys are made from it.
      expect(JSON.stringify(entry.data), entry.file).toBe(JSON.stringify(await astroSchema.parseAsync(entry.raw)));
    }
  });

  it('leaves posts with photos to Astro, whose image() prepares them for its image pipeline', () => {
    const entry = (raw: Record<string, unknown>) => ({ id: 'a', file: 'content/news/a.md', data: {}, raw, body: '', text: '', lineOf: () => undefined });
    expect(needsAstroParse(entry({ images: [{ src: './snimka.jpg', alt: 'Участниците' }] }))).toBe(true);
    expect(needsAstroParse(entry({ images: [] }))).toBe(false);
    expect(needsAstroParse(entry({ title: 'Без снимки' }))).toBe(false);
  });
});
