import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { encodeIndexedRows } from '../../lib/cards/palette-png.ts';
import { leaveOutEmoji, type CardContent } from '../../lib/cards/post-card.ts';
import { breakLines, measureHeight, placeLines, WordCache, type Drawing, type Mask } from '../../lib/cards/word-layout.ts';

/** Social cards are the size Open Graph and X recommend. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export type { CardContent };


export type Weight = '400Regular' | '700Bold';

// Every card is drawn once, so libvips' operation cache would only hold memory.
sharp.cache(false);

type Rgb = readonly [number, number, number];

/**
 * A card has a background and three inks (accent, title, meta), and every pixel is one
 * ink over the background at some coverage. So the card is drawn as palette indices:
 * 0 is the background, then LEVELS shades of each ink from faint to full.
 */
const BACKGROUND: Rgb = [0xfb, 0xfa, 0xf7];
const INKS = { accent: [0x0b, 0x5d, 0x63], title: [0x1c, 0x1f, 0x24], meta: [0x53, 0x5a, 0x64] } as const satisfies Record<string, Rgb>;
export type Ink = keyof typeof INKS;
/** Shades per ink: 63 keeps anti-aliased edges smooth and the palette within 256 colours. */
const LEVELS = 63;
const INK_ORDER = Object.keys(INKS) as Ink[];
const firstIndexOf = (ink: Ink) => 1 + INK_ORDER.indexOf(ink) * LEVELS;
const PALETTE: Rgb[] = [
  BACKGROUND,
  ...INK_ORDER.flatMap((ink) =>
    Array.from({ length: LEVELS }, (_, level): Rgb => {
      const share = (level + 1) / LEVELS;
      return [0, 1, 2].map((c) => Math.round(INKS[ink][c]! * share + BACKGROUND[c]! * (1 - share))) as unknown as Rgb;
    }),
  ),
];

/** Text as coverage (one byte per pixel, 0 = none, 255 = full) to draw in one ink. */
export interface Bitmap extends Mask {
  ink: Ink;
}

const TEXT_LEFT = 80;
const TEXT_WIDTH = CARD_WIDTH - 160;
const TITLE_TOP = 150;
/** The title must end above the meta line. */
const TITLE_MAX_HEIGHT = 340;
const META_TOP = 520;
/** Title sizes tried from the largest down until the title fits its box. */
const TITLE_SIZES = [66, 56, 46, 38];

// The font ships with the project (Golos Text TTF, SIL OFL) so cards look the same on
// every machine; sharp's text renderer needs TTF, which @fontsource does not ship.
const fontFile = (weight: Weight) =>
  createRequire(join(process.cwd(), 'package.json')).resolve(`@expo-google-fonts/golos-text/${weight}/GolosText_${weight}.ttf`);

const escapeMarkup = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * Text as a coverage mask. No `height` is passed: sharp then auto-fits the font size by
 * search, which is six times slower than rendering at a fixed size (measured), so the
 * caller picks the size instead. A one-byte mask, not RGBA, because every buffer counts
 * as external memory: in a build holding 10,000 posts, 4 MB per card set off a full
 * garbage collection every few cards (measured: half the cards' time).
 */
export async function renderText(text: string, options: { size: number; weight: Weight; ink: Ink }): Promise<Bitmap> {
  const { data, info } = await sharp({
    text: {
      text: escapeMarkup(text),
      // The weight is named in the description too: both faces are registered under one
      // family, and the file alone does not decide which face Pango picks.
      font: `Golos Text ${options.weight === '700Bold' ? 'Bold' : 'Regular'} ${options.size}`,
      fontfile: fontFile(options.weight),
      width: TEXT_WIDTH,
      wrap: 'word',
      spacing: Math.round(options.size * 0.2),
    },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, ink: options.ink };
}

const wordCaches = new Map<string, WordCache>();

/** The words of one font, rendered once each (see `word-layout.ts`). */
function getWordCache(size: number, weight: Weight, ink: Ink): WordCache {
  const key = `${weight} ${size} ${ink}`;
  let cache = wordCaches.get(key);
  if (!cache) wordCaches.set(key, (cache = new WordCache((text) => renderText(text, { size, weight, ink }))));
  return cache;
}

/** Text to draw in one ink: masks placed relative to its ink's top left corner. */
type Text = Drawing & { ink: Ink };

/** A mask rendered by Pango as a whole, as text to draw. */
const asText = (bitmap: Bitmap): Text => ({ placements: [{ mask: bitmap, x: 0, y: 0 }], width: bitmap.width, height: bitmap.height, ink: bitmap.ink });

/**
 * Text laid out from cached words at the largest size whose height fits `maxHeight`
 * (all sizes when there is no limit); undefined when no size fits, or a word is wider
 * than a line, which `renderTitle` then leaves to Pango.
 */
async function layOutWords(words: readonly string[], sizes: readonly number[], weight: Weight, ink: Ink, maxHeight = Infinity): Promise<Text | undefined> {
  for (const size of sizes) {
    const cache = getWordCache(size, weight, ink);
    const lines = await breakLines(words, cache, TEXT_WIDTH);
    if (!lines) return undefined;
    if ((await measureHeight(lines, cache)) <= maxHeight) return { ...(await placeLines(lines, cache)), ink };
  }
  return undefined;
}

/** Title sizes to try, largest first: a long title starts smaller, sparing renders that could not fit. */
const titleSizes = (title: string) => TITLE_SIZES.slice(title.length > 110 ? 2 : title.length > 60 ? 1 : 0);

/**
 * The title at the largest size that fits its box, from cached words where it can be,
 * else from Pango as a whole (see `renderTitleWithPango`); pixel for pixel the same card.
 */
async function renderTitle(title: string): Promise<Text> {
  const words = title.trim().split(/\s+/);
  const whole = await layOutWords(words, titleSizes(title), '700Bold', 'title', TITLE_MAX_HEIGHT);
  if (whole) return whole;
  for (let kept = words.length - 1; kept >= 1; kept--) {
    const shortened = await layOutWords([...words.slice(0, kept - 1), `${words[kept - 1]}…`], TITLE_SIZES.slice(-1), '700Bold', 'title', TITLE_MAX_HEIGHT);
    if (shortened) return shortened;
  }
  return asText(await renderTitleWithPango(title));
}

/** The title at the largest size that fits its box; a title too long even at the smallest size loses words at the end to „…“. */
async function renderTitleWithPango(title: string): Promise<Bitmap> {
  for (const size of titleSizes(title)) {
    const bitmap = await renderText(title, { size, weight: '700Bold', ink: 'title' });
    if (bitmap.height <= TITLE_MAX_HEIGHT) return bitmap;
  }
  const words = title.split(/\s+/);
  for (let kept = words.length - 1; ; kept--) {
    const bitmap = await renderText(`${words.slice(0, kept).join(' ')}…`, { size: TITLE_SIZES.at(-1)!, weight: '700Bold', ink: 'title' });
    if (bitmap.height <= TITLE_MAX_HEIGHT || kept <= 1) return { ...bitmap, height: Math.min(bitmap.height, TITLE_MAX_HEIGHT) };
  }
}

/** The line under the title: the date's parts and the cluster's name recur on card after card. */
async function renderMeta(meta: string): Promise<Text> {
  return (await layOutWords(meta.trim().split(/\s+/), [32], '400Regular', 'meta')) ?? asText(await renderText(meta, { size: 32, weight: '400Regular', ink: 'meta' }));
}

/** The shade of each coverage value, from 0 (none: keep the background) to LEVELS. */
const LEVEL_OF_COVERAGE = Uint8Array.from({ length: 256 }, (_, coverage) => Math.round((coverage * LEVELS) / 255));

/**
 * A mask's visible pixels as runs along its rows, with each pixel's shade: text covers a
 * quarter of its box or less, so drawing runs skips the rest. Made once per mask, and
 * the word masks are kept between cards (see `WordCache`).
 */
interface MaskRuns {
  /** Row, first column and length of each run. */
  rows: Int32Array;
  starts: Int32Array;
  lengths: Int32Array;
  /** The shades of the runs' pixels, run after run: only the visible pixels, to keep cached words small. */
  shades: Uint8Array;
}

const runsOfMask = new WeakMap<Mask, MaskRuns>();

function findRuns(mask: Mask): MaskRuns {
  let runs = runsOfMask.get(mask);
  if (runs) return runs;
  const { data, width, height } = mask;
  const visible = (at: number) => LEVEL_OF_COVERAGE[data[at]!]! > 0;
  // Counted first, so the runs go straight into typed arrays: growing plain arrays for
  // every word grew the drawer's heap by a hundred megabytes.
  let count = 0;
  let pixels = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!visible(y * width + x)) continue;
      pixels++;
      if (x === 0 || !visible(y * width + x - 1)) count++;
    }
  }
  runs = { rows: new Int32Array(count), starts: new Int32Array(count), lengths: new Int32Array(count), shades: new Uint8Array(pixels) };
  let run = -1;
  let pixel = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const level = LEVEL_OF_COVERAGE[data[y * width + x]!]!;
      if (level === 0) continue;
      if (x === 0 || !visible(y * width + x - 1)) {
        run++;
        runs.rows[run] = y;
        runs.starts[run] = x;
      }
      runs.lengths[run]!++;
      runs.shades[pixel++] = level;
    }
  }
  runsOfMask.set(mask, runs);
  return runs;
}

/** Bytes per canvas row: the row's PNG filter type (0, none) and then one palette index per pixel, as PNG deflates them. */
const STRIDE = CARD_WIDTH + 1;

/**
 * A card being drawn, in the rows PNG compresses (`encodeIndexedRows`), so it is deflated
 * as it is; `from` and `to` are the rows drawn on since it was last the bare background.
 */
interface Canvas {
  rows: Buffer;
  background: Buffer | undefined;
  from: number;
  to: number;
}

const makeCanvas = (): Canvas => ({ rows: Buffer.alloc(STRIDE * CARD_HEIGHT), background: undefined, from: CARD_HEIGHT, to: 0 });

/**
 * Draws a mask onto a canvas of palette indices, each pixel the shade of its coverage,
 * clipped to the card and to `bottom`. Written by hand because sharp's `composite()`
 * blends the whole canvas in linear light for every mask, many times the work of
 * copying the visible runs of each mask, as done here.
 */
function drawOnto(target: Canvas, source: Mask, ink: Ink, left: number, top: number, bottom = CARD_HEIGHT): void {
  const { rows, starts, lengths, shades } = findRuns(source);
  const lastRow = Math.min(source.height, Math.min(bottom, CARD_HEIGHT) - top);
  const firstColumn = Math.max(0, -left);
  const columns = Math.min(source.width, CARD_WIDTH - left);
  const before = firstIndexOf(ink) - 1;
  const out = target.rows;
  // Runs come row by row, top to bottom: the first and last drawn give the rows touched.
  let firstRow = -1;
  let lastDrawn = -1;
  for (let run = 0, shade = 0; run < rows.length; shade += lengths[run]!, run++) {
    const y = rows[run]!;
    if (y + top < 0) continue;
    if (y >= lastRow) break;
    const start = starts[run]!;
    const end = Math.min(start + lengths[run]!, columns);
    const rowOnCard = (top + y) * STRIDE + 1 + left;
    for (let x = Math.max(start, firstColumn), at = shade + x - start; x < end; x++, at++) out[rowOnCard + x] = before + shades[at]!;
    if (firstRow < 0) firstRow = top + y;
    lastDrawn = top + y;
  }
  if (firstRow >= 0) {
    target.from = Math.min(target.from, firstRow);
    target.to = Math.max(target.to, lastDrawn + 1);
  }
}

/** Draws text with its ink's top left corner at (left, top), no lower than `bottom`. */
function drawText(target: Canvas, text: Text, left: number, top: number, bottom?: number): void {
  for (const { mask, x, y } of text.placements) drawOnto(target, mask, text.ink, left + x, top + y, bottom);
}

const backgrounds = new Map<string, Promise<Buffer>>();

/** The parts every card shares (colour, accent bar, site name), drawn once per site name, as canvas rows. */
function getBackground(siteName: string): Promise<Buffer> {
  let background = backgrounds.get(siteName);
  if (!background) {
    background = (async () => {
      const canvas = makeCanvas();
      drawOnto(canvas, { data: Buffer.alloc(24 * CARD_HEIGHT, 255), width: 24, height: CARD_HEIGHT }, 'accent', 0, 0);
      drawText(canvas, asText(await renderText(`◆ ${siteName}`, { size: 30, weight: '700Bold', ink: 'accent' })), TEXT_LEFT, 64);
      return canvas.rows;
    })();
    backgrounds.set(siteName, background);
  }
  return background;
}

/**
 * Canvases of finished cards, reused so each card does not allocate one (see `renderText`).
 * Only the rows a card's text was drawn on go back to the background for the next card:
 * copying the whole background (756 KB) for every card was as much memory traffic as
 * deflating it.
 */
const spareCanvases: Canvas[] = [];

/** A 1200×630 indexed PNG in the site's colours: accent bar, site name, title, date and cluster. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const [background, title, meta] = await Promise.all([
    getBackground(content.siteName),
    renderTitle(leaveOutEmoji(content.title)),
    renderMeta(leaveOutEmoji(content.meta)),
  ]);
  const canvas = spareCanvases.pop() ?? makeCanvas();
  if (canvas.background !== background) {
    background.copy(canvas.rows);
    canvas.background = background;
    canvas.from = CARD_HEIGHT;
    canvas.to = 0;
  }
  try {
    drawText(canvas, title, TEXT_LEFT, TITLE_TOP, TITLE_TOP + TITLE_MAX_HEIGHT);
    drawText(canvas, meta, TEXT_LEFT, META_TOP);
    return encodeIndexedRows(canvas.rows, CARD_WIDTH, CARD_HEIGHT, PALETTE);
  } finally {
    if (canvas.from < canvas.to) background.copy(canvas.rows, canvas.from * STRIDE, canvas.from * STRIDE, canvas.to * STRIDE);
    canvas.from = CARD_HEIGHT;
    canvas.to = 0;
    spareCanvases.push(canvas);
  }
}
