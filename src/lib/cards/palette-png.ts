import { crc32 } from 'node:zlib';

/**
 * Turns an 8-bit greyscale PNG whose grey values are palette indices into an indexed
 * PNG with that palette. Both store one byte per pixel in identical IDAT data, so only
 * the header's colour type changes and a PLTE chunk is added.
 *
 * Written here because no library fits: sharp's own palette output quantises every
 * card with libimagequant (68 ms a card, measured) although the card's colours are
 * known in advance, and fast-png deflates in JavaScript (14 ms). Encoding the indices
 * with sharp and relabelling them takes about 5 ms and halves the file (45 KB to 23 KB).
 */
export function greyToIndexedPng(grey: Buffer, palette: readonly (readonly [number, number, number])[]): Buffer {
  if (palette.length > 256) throw new Error(`a PNG palette holds at most 256 colours, not ${palette.length}`);
  const chunks: Buffer[] = [grey.subarray(0, 8)];
  for (let at = 8; at < grey.length; ) {
    const length = grey.readUInt32BE(at);
    const type = grey.toString('latin1', at + 4, at + 8);
    const chunk = grey.subarray(at, at + 12 + length);
    at += 12 + length;
    if (type === 'IHDR') {
      const data = Buffer.from(chunk.subarray(8, 8 + length));
      if (data[8] !== 8 || data[9] !== 0) throw new Error('expected an 8-bit greyscale PNG');
      data[9] = 3;
      chunks.push(makeChunk('IHDR', data), makeChunk('PLTE', Buffer.from(palette.flat())));
    } else if (type === 'IDAT' || type === 'IEND') {
      chunks.push(chunk);
    }
    // Other chunks (none are expected from sharp) describe grey samples and would be wrong here.
  }
  return Buffer.concat(chunks);
}

function makeChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}
