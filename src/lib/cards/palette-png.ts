import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes an indexed PNG from its rows as PNG stores them before compression: each row
 * its filter type (0, none) and then one palette index per pixel. The card drawer draws
 * into such rows, which spares copying every card once more.
 *
 * Written here because no library fits: sharp's own palette output quantises every
 * card with libimagequant although the card's colours are known in advance, pngjs
 * writes no palettes, and fast-png deflates in JavaScript, several times slower than
 * zlib. zlib runs synchronously, since the card drawer has nothing else to do
 * meanwhile, at level 3: higher levels cost more time than the bytes they save.
 */
export function encodeIndexedRows(rows: Buffer, width: number, height: number, palette: readonly (readonly [number, number, number])[]): Buffer {
  if (palette.length > 256) throw new Error(`a PNG palette holds at most 256 colours, not ${palette.length}`);
  if (rows.length !== (width + 1) * height) throw new Error(`expected ${width * height} pixels, in ${height} rows of a filter byte and ${width} indices, not ${rows.length} bytes`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 3 (indexed), then deflate, standard filters, no interlacing.
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    makeChunk('IHDR', header),
    makeChunk('PLTE', Buffer.from(palette.flat())),
    makeChunk('IDAT', deflateSync(rows, { level: 3 })),
    makeChunk('IEND', Buffer.alloc(0)),
  ]);
}

function makeChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}
