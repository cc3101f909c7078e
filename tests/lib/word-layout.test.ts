import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/node/cards/render-card.ts';
import { breakLines, placeLines, WordCache, type Drawing, type Mask } from '../../src/lib/cards/word-layout.ts';

const TEXT_WIDTH = 1040;
const font = { size: 56, weight: '700Bold', ink: 'title' } as const;

/** The drawing as one mask, as Pango would have returned it. */
function flatten(drawing: Drawing): Mask {
  const data = Buffer.alloc(drawing.width * drawing.height);
  for (const { mask, x, y } of drawing.placements) {
    for (let row = 0; row < mask.height; row++) {
      for (let column = 0; column < mask.width; column++) {
        const value = mask.data[row * mask.width + column]!;
        const [tx, ty] = [x + column, y + row];
        if (value && tx >= 0 && ty >= 0 && tx < drawing.width && ty < drawing.height) data[ty * drawing.width + tx] = Math.max(data[ty * drawing.width + tx]!, value);
      }
    }
  }
  return { data, width: drawing.width, height: drawing.height };
}

async function layOut(text: string, cache: WordCache) {
  const lines = await breakLines(text.split(' '), cache, TEXT_WIDTH);
  return flatten(await placeLines(lines!, cache));
}

describe('text laid out from cached words', () => {
  it.each([
    ['a one-line title', 'Среща с гръцкия Клъстер CHORUS в Солун'],
    ['a title over four lines, with quotes and a dash', 'Представители на Черноморски Енергиен Клъстер взеха участие в международна конференция „Еко-клъстерите: катализатори на регионалното развитие и интернационализацията”'],
    ['capitals with accents above the line and letters below it', 'Йордан и Щерев обсъдиха ЙЮЩ проекти – 5–7 юни 2019 г. (6412)'],
  ])('matches Pango laying out %s whole, pixel for pixel', async (_name, text) => {
    const cache = new WordCache((part) => renderText(part, font));
    const whole = await renderText(text, font);
    const composed = await layOut(text, cache);
    expect([composed.width, composed.height]).toEqual([whole.width, whole.height]);
    expect(composed.data.equals(whole.data)).toBe(true);
  });

  it('renders each word once, however many titles it is in', async () => {
    const rendered: string[] = [];
    const cache = new WordCache((part) => {
      rendered.push(part);
      return renderText(part, font);
    });
    await layOut('Среща на клъстера в Солун', cache);
    const before = rendered.length;
    await layOut('Среща на клъстера в Пловдив', cache);
    expect(rendered.length - before).toBe(1);
    expect(rendered.at(-1)).toBe('|Пловдив|');
  });

  it('leaves a word wider than a line to Pango', async () => {
    const cache = new WordCache((part) => renderText(part, font));
    expect(await breakLines(['Електроенергийнотранспортнологистичнотехнологичнообразователно'], cache, TEXT_WIDTH)).toBeUndefined();
  });

  it('forgets the words used longest ago beyond its limit', async () => {
    const rendered: string[] = [];
    const cache = new WordCache((part) => {
      rendered.push(part);
      return renderText(part, font);
    }, 2);
    for (const word of ['едно', 'две', 'едно', 'три', 'едно', 'две']) await cache.word(word);
    // „две" was the least recently used when „три" came, so it is rendered again.
    expect(rendered.filter((part) => /\p{L}/u.test(part))).toEqual(['|едно|', '|две|', '|три|', '|две|']);
  });
});
