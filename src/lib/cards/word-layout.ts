/**
 * Lays text out from words rendered once each, for the social cards. Pango lays out a
 * whole title per call, half of a card's drawing time, though titles share most of their words and every meta line its month, year and
 * cluster. Here each word is rendered by Pango once per font and kept; a title is then
 * placed word by word with Pango's own advances and wrapped greedily at spaces and
 * after hyphens between letters, where Pango breaks too.
 *
 * Pango crops what it renders to the ink, which hides where the pen stood. So each word
 * is rendered between two bars, „|word|": the bars reach from the ascender to the
 * descender, so their top row marks the line's top, and the right bar's left edge gives
 * the word's advance. The bars are cut away; the word keeps its kerning and shaping.
 */

/** A one-byte coverage mask, as Pango renders text (0 none, 255 full). */
export interface Mask {
  data: Buffer;
  width: number;
  height: number;
}

/** Renders text in one font, size and weight, cropped to its ink (sharp's text input). */
export type RenderMask = (text: string) => Promise<Mask>;

interface FontMetrics {
  barWidth: number;
  barHeight: number;
  /** The bar's advance: where the pen stands after it. */
  barAdvance: number;
  spaceAdvance: number;
  /** From one line's top to the next. */
  linePitch: number;
}

/** The part of a mask that has ink, as [first, last] columns and rows. */
interface InkBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Word {
  /** The word's ink between the bars. */
  mask: Mask;
  /** Where in `mask` the ink is; undefined for a word without ink. */
  ink: InkBox | undefined;
  advance: number;
  /** Rows of ink above the bars' top (accents over capitals), usually 0. */
  above: number;
}

const BAR = '|';

/**
 * Renders words of one font through `render`, each once while it stays among the last
 * `limit` used: keeping more words costs memory and no longer saves drawing time.
 */
export class WordCache {
  #metrics: Promise<FontMetrics> | undefined;
  readonly #words = new Map<string, Promise<Word>>();
  readonly render: RenderMask;
  readonly limit: number;

  constructor(render: RenderMask, limit = 1000) {
    this.render = render;
    this.limit = limit;
  }

  metrics(): Promise<FontMetrics> {
    this.#metrics ??= (async () => {
      const [bar, two, spaced, stacked] = await Promise.all([BAR, `${BAR}${BAR}`, `${BAR} ${BAR}`, `${BAR}\n${BAR}`].map((text) => this.render(text)));
      const barAdvance = two!.width - bar!.width;
      return {
        barWidth: bar!.width,
        barHeight: bar!.height,
        barAdvance,
        spaceAdvance: spaced!.width - bar!.width - barAdvance,
        linePitch: stacked!.height - bar!.height,
      };
    })();
    return this.#metrics;
  }

  word(text: string): Promise<Word> {
    let word = this.#words.get(text);
    if (word) {
      // Most recently used last, so the oldest is the first to go.
      this.#words.delete(text);
    } else {
      word = this.#renderWord(text);
      if (this.#words.size >= this.limit) this.#words.delete(this.#words.keys().next().value!);
    }
    this.#words.set(text, word);
    return word;
  }

  async #renderWord(text: string): Promise<Word> {
    const [metrics, framed] = await Promise.all([this.metrics(), this.render(`${BAR}${text}${BAR}`)]);
    const { barWidth, barAdvance } = metrics;
    let above = 0;
    while (above < framed.height && !framed.data.subarray(above * framed.width, above * framed.width + barWidth).some((v) => v > 0)) above++;
    const width = Math.max(0, framed.width - 2 * barWidth);
    const data = Buffer.alloc(width * framed.height);
    for (let y = 0; y < framed.height; y++) framed.data.copy(data, y * width, y * framed.width + barWidth, y * framed.width + barWidth + width);
    const mask = { data, width, height: framed.height };
    return { mask, ink: findInk(mask), advance: framed.width - barWidth - barAdvance, above };
  }
}

/** Words placed on lines: each word with its pen position from the line's start. */
export type Lines = { word: Word; x: number }[][];

/** A hyphen or dash between letters, after which Pango may break a line (Unicode line breaking). */
const BREAK_AFTER_DASH = /(?<=\p{L}[-–])(?=\p{L})/u;

/**
 * Breaks words into lines no wider than `maxWidth` (by advance, as Pango wraps), greedily
 * at spaces and after a hyphen or dash between letters. Undefined when a piece is wider
 * than a line: Pango would break inside it, so the caller lays such text out with Pango.
 */
export async function breakLines(words: readonly string[], cache: WordCache, maxWidth: number): Promise<Lines | undefined> {
  const { spaceAdvance } = await cache.metrics();
  const pieces = words.flatMap((text) => text.split(BREAK_AFTER_DASH).map((piece, index) => ({ piece, afterSpace: index === 0 })));
  const placed = await Promise.all(pieces.map(async ({ piece, afterSpace }) => ({ word: await cache.word(piece), afterSpace })));
  const lines: Lines = [];
  let line: Lines[number] = [];
  let pen = 0;
  for (const { word, afterSpace } of placed) {
    if (word.advance > maxWidth) return undefined;
    const x = line.length ? pen + (afterSpace ? spaceAdvance : 0) : 0;
    if (line.length && x + word.advance > maxWidth) {
      lines.push(line);
      line = [{ word, x: 0 }];
      pen = word.advance;
    } else {
      line.push({ word, x });
      pen = x + word.advance;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** The height of the lines' ink box at most, for fitting text into a box before drawing it. */
export async function measureHeight(lines: Lines, cache: WordCache): Promise<number> {
  const { barHeight, linePitch } = await cache.metrics();
  return lines.length ? (lines.length - 1) * linePitch + barHeight : 0;
}

/** A mask to draw at a place, relative to the top left corner of the text's ink. */
export interface Placement {
  mask: Mask;
  x: number;
  y: number;
}

/** Text ready to draw: its masks where they go, and the size of its ink. */
export interface Drawing {
  placements: Placement[];
  width: number;
  height: number;
}

/**
 * Places each word's mask so that the text's ink starts at (0, 0), as Pango crops a
 * rendered layout; the caller draws the masks straight onto its canvas, without a
 * canvas for the text in between.
 */
export async function placeLines(lines: Lines, cache: WordCache): Promise<Drawing> {
  const { barWidth, barAdvance, linePitch } = await cache.metrics();
  const placed = lines.flatMap((line, row) =>
    line.map(({ word, x }) => ({
      word,
      // The word's mask starts where the first bar's ink ended: `barWidth - barAdvance` from its pen.
      x: x + barWidth - barAdvance,
      y: row * linePitch - word.above,
    })),
  );
  const inked = placed.filter((p) => p.word.ink);
  if (!inked.length) return { placements: [], width: 0, height: 0 };
  const left = Math.min(...inked.map((p) => p.x + p.word.ink!.left));
  const top = Math.min(...inked.map((p) => p.y + p.word.ink!.top));
  const right = Math.max(...inked.map((p) => p.x + p.word.ink!.right));
  const bottom = Math.max(...inked.map((p) => p.y + p.word.ink!.bottom));
  return {
    placements: inked.map((p) => ({ mask: p.word.mask, x: p.x - left, y: p.y - top })),
    width: right - left + 1,
    height: bottom - top + 1,
  };
}

function findInk(mask: Mask): InkBox | undefined {
  let top = mask.height;
  let bottom = -1;
  let left = mask.width;
  let right = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (mask.data[y * mask.width + x]! > 0) {
        if (y < top) top = y;
        bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return bottom < 0 ? undefined : { left, right, top, bottom };
}
