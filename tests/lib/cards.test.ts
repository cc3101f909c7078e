import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { getCard, hashCard } from '../../src/node/cards/cached-card.ts';
import { CARD_HEIGHT, CARD_WIDTH, renderCard } from '../../src/node/cards/render-card.ts';

const content = { title: 'Среща с гръцкия Клъстер CHORUS в Солун', meta: '14 септември 2022 г. · София – град на знанието', siteName: 'Клъстерни новини' };
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('social cards', () => {
  it('renders a 1200×630 PNG', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cards-'));
    const card = await getCard(content, dir);
    const meta = await sharp(card).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', CARD_WIDTH, CARD_HEIGHT]);
    // An indexed PNG: at 10,000 posts the cards are a third of the site, so their size counts.
    expect(meta.isPalette).toBe(true);
    expect(card.length).toBeLessThan(30_000);
  });

  it('renders an unchanged card once and a changed one again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cards-'));
    let renders = 0;
    const count = () => renders++;
    const first = await getCard(content, dir, count);
    const second = await getCard(content, dir, count);
    expect(renders).toBe(1);
    expect(second.equals(first)).toBe(true);
    await getCard({ ...content, title: 'Друго заглавие' }, dir, count);
    expect(renders).toBe(2);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('draws a card the same whatever was drawn before it on the reused canvas', async () => {
    const first = await renderCard(content);
    // A long title fills the title box and a long date line its own, more than the first card does.
    await renderCard({ ...content, title: `${content.title} и още много думи, `.repeat(8), meta: `${content.meta} · `.repeat(3) });
    await renderCard({ ...content, title: 'Кратко' });
    expect((await renderCard(content)).equals(first)).toBe(true);
  });

  it('leaves emoji out cleanly instead of drawing empty boxes', async () => {
    const base = { meta: '14 септември 2022 г. · София – град на знанието', siteName: 'Клъстерни новини' };
    const plain = await renderCard({ ...base, title: 'Среща в Солун с партньори' });
    for (const title of ['Среща 🎉 в Солун с партньори', 'Среща в Солун 👩🏽‍💻 с партньори 🇧🇬', '🎉 Среща в Солун с партньори ❤️']) {
      expect((await renderCard({ ...base, title })).equals(plain), title).toBe(true);
    }
  });

  it('keys the cache on every input', () => {
    expect(hashCard(content)).not.toBe(hashCard({ ...content, meta: 'друга дата' }));
    expect(hashCard(content)).toBe(hashCard({ ...content }));
  });

  it('draws the text, not a blank card', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cards-'));
    const { channels } = await sharp(await getCard(content, dir)).stats();
    // A blank card would be one flat colour; drawn text spreads the red channel.
    expect(channels[0]!.stdev).toBeGreaterThan(10);
  });

  it('keeps an overlong title inside its box, clear of the date line', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cards-'));
    const card = await getCard({ ...content, title: `${content.title} и още много думи, `.repeat(8) }, dir);
    // Between the title box (ends at y = 490) and the date line (starts at y = 520).
    // stats() reads its input, so each region is cut out into an image of its own first.
    const region = async (top: number, height: number) =>
      sharp(await sharp(card).extract({ left: 80, top, width: 1040, height }).png().toBuffer()).stats();
    const gap = await region(492, 26);
    expect(gap.channels[0]!.stdev).toBe(0);
    const titleBox = await region(150, 340);
    expect(titleBox.channels[0]!.stdev).toBeGreaterThan(10);
  });
});
