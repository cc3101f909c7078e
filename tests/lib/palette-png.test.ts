import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedRows } from '../../src/lib/cards/palette-png.ts';

describe('encodeIndexedRows', () => {
  it('writes a PNG whose pixels are exactly the palette colours of the indices', async () => {
    const palette = [[251, 250, 247], [11, 93, 99], [28, 31, 36]] as const;
    const indices = Buffer.from([0, 1, 2, 2, 1, 0]);
    // Each row starts with its filter type, 0 (none).
    const png = encodeIndexedRows(Buffer.from([0, ...indices.subarray(0, 3), 0, ...indices.subarray(3)]), 3, 2, palette);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 3, 2, true]);
    const rgb = await sharp(png).removeAlpha().raw().toBuffer();
    expect([...rgb]).toEqual([...indices].flatMap((index) => palette[index]!));
  });

  it('refuses a palette too large for PNG, and pixels that do not fill the image', () => {
    expect(() => encodeIndexedRows(Buffer.alloc(6), 2, 2, Array.from({ length: 257 }, () => [0, 0, 0] as const))).toThrow(/256/);
    expect(() => encodeIndexedRows(Buffer.alloc(4), 2, 2, [[0, 0, 0]])).toThrow(/4 pixels/);
  });
});
