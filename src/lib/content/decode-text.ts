import { detect } from 'chardet';

/** A file's bytes as text, or why they are not UTF-8 text and on which line. */
export type DecodedText = { text: string } | { encoding: string | undefined; line: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a content file. Only UTF-8 is accepted (a byte-order mark is dropped): anything
 * else would be published as „����". For other bytes the encoding they most likely are in
 * is guessed by chardet, so the editor can be told what their editor saved
 * (Windows-1251 from Notepad on a Bulgarian Windows, UTF-16 from Word).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = utf8.decode(bytes);
    // NUL is valid UTF-8 but never text: it is how UTF-16 stores Latin letters.
    const nul = text.indexOf('\0');
    if (nul === -1) return { text };
    return { encoding: detect(bytes) ?? undefined, line: text.slice(0, nul).split('\n').length };
  } catch {
    return { encoding: detect(bytes) ?? undefined, line: lineOfFirstBadByte(bytes) };
  }
}

/** 1-based line of the first byte sequence that is not UTF-8. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] !== 0x0a) continue;
    try {
      utf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line++;
    start = index + 1;
  }
  return line;
}

/** A Bulgarian name for a chardet encoding name. */
export function describeEncoding(encoding: string | undefined): string {
  if (!encoding) return 'непознато кодиране';
  if (/^windows-1251$/i.test(encoding)) return 'Windows-1251 (кирилица на Windows)';
  if (/^UTF-16|^UTF-32/i.test(encoding)) return `${encoding.toUpperCase()} (Unicode на Word или Notepad)`;
  if (/^KOI8/i.test(encoding)) return `${encoding.toUpperCase()} (стара кирилица)`;
  return encoding;
}
