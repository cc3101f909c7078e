import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { greyToIndexedPng } from '../../src/lib/cards/palette-png.ts';

describe('greyToIndexedPng', () => {
  it('turns indices stored as grey into exactly the palette colours', async () => {
    const palette = [[251, 250, 247], [11, 93, 99], [28, 31, 36]] as const;
    const indices = Buffer.from([0, 1, 2, 2, 1, 0]);
    const grey = await sharp(indices, { raw: { width: 3, height: 2, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    const png = greyToIndexedPng(grey, palette);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 3, 2, true]);
    const rgb = await sharp(png).removeAlpha().raw().toBuffer();
    expect([...rgb]).toEqual([...indices].flatMap((index) => palette[index]!));
  });

  it('refuses a PNG that is not 8-bit grey, and a palette too large for PNG', async () => {
    const rgb = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#123456' } }).png().toBuffer();
    expect(() => greyToIndexedPng(rgb, [[0, 0, 0]])).toThrow(/8-bit greyscale/);
    expect(() => greyToIndexedPng(rgb, Array.from({ length: 257 }, () => [0, 0, 0] as const))).toThrow(/256/);
  });
});
