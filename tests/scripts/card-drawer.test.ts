import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CardOrder, DrawnCards } from '../../scripts/lib/card-drawer-worker.ts';
import { runChildTask } from '../../scripts/lib/child-task.ts';
import { DEFAULT_LANGUAGE, contextFor } from '../../src/astro/site.ts';
import { makePostCardContent } from '../../src/lib/cards/post-card.ts';
import { checkContent } from '../../src/node/content/check-content.ts';
import { postFiles } from '../../src/lib/paths.ts';
import { withTempFolder } from '../helpers/build-site.ts';
import { PROJECT_ROOT } from '../helpers/content-fixture.ts';

const DRAWER = new URL('../../scripts/lib/card-drawer-worker.ts', import.meta.url);

async function makeOrder(cardCache: string): Promise<CardOrder> {
  const { news } = await checkContent(join(PROJECT_ROOT, 'content'), PROJECT_ROOT);
  return {
    cards: news.slice(0, 2).map((post) => ({ path: postFiles.card(post.id), content: makePostCardContent(post, 'Клъстер', contextFor(DEFAULT_LANGUAGE).site.name, contextFor(DEFAULT_LANGUAGE)) })),
    cardCache,
  };
}

describe('the card drawer, in a process of its own', () => {
  it('draws each card once into the cache and says where each one goes in the site', async () => {
    await withTempFolder('card-drawer-', async (dir) => {
      const cache = join(dir, 'cards');
      const order = await makeOrder(cache);
      const first = await runChildTask<DrawnCards>(DRAWER, { input: order, name: 'drawing the social cards' });
      expect(first.rendered).toBe(2);
      expect(first.cards.map((card) => card.path)).toEqual(order.cards.map((card) => card.path));
      for (const card of first.cards) expect(await sharp(card.cached).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
      expect(await readdir(cache)).toHaveLength(2);

      const second = await runChildTask<DrawnCards>(DRAWER, { input: order, name: 'drawing the social cards' });
      expect(second.rendered).toBe(0);
      expect(second.cards).toEqual(first.cards);
    });
  });

  it('fails with the task’s name and the reason when a card cannot be written', async () => {
    await withTempFolder('card-drawer-', async (dir) => {
      const cache = join(dir, 'cards');
      await writeFile(cache, 'a file where the cache folder should be');
      await expect(runChildTask<DrawnCards>(DRAWER, { input: await makeOrder(cache), name: 'drawing the social cards' })).rejects.toThrow(
        `drawing the social cards stopped: EEXIST: file already exists, mkdir '${cache}'`,
      );
    });
  });
});
