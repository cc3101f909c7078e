import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';

/** Social cards are the size Open Graph and X recommend. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. */
export interface CardContent {
  title: string;
  /** Line under the title: date and cluster, or the site's description. */
  meta: string;
  siteName: string;
}

type Weight = '400Regular' | '700Bold';

// Every card is drawn once, so libvips' operation cache would only hold memory.
sharp.cache(false);

/** Text as coverage (one byte per pixel, 0 = none, 255 = full) to draw in one colour. */
interface Bitmap {
  data: Buffer;
  width: number;
  height: number;
  color: readonly [number, number, number];
}

const BACKGROUND = [0xfb, 0xfa, 0xf7] as const;
const ACCENT = [0x0b, 0x5d, 0x63] as const;
const TITLE_COLOR = [0x1c, 0x1f, 0x24] as const;
const META_COLOR = [0x53, 0x5a, 0x64] as const;
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
async function renderText(text: string, options: { size: number; weight: Weight; color: Bitmap['color'] }): Promise<Bitmap> {
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
  return { data, width: info.width, height: info.height, color: options.color };
}

/** The title at the largest size that fits its box; a title too long even at the smallest size loses words at the end to „…“. */
async function renderTitle(title: string): Promise<Bitmap> {
  const first = title.length > 110 ? 2 : title.length > 60 ? 1 : 0;
  for (const size of TITLE_SIZES.slice(first)) {
    const bitmap = await renderText(title, { size, weight: '700Bold', color: TITLE_COLOR });
    if (bitmap.height <= TITLE_MAX_HEIGHT) return bitmap;
  }
  const words = title.split(/\s+/);
  for (let kept = words.length - 1; ; kept--) {
    const bitmap = await renderText(`${words.slice(0, kept).join(' ')}…`, { size: TITLE_SIZES.at(-1)!, weight: '700Bold', color: TITLE_COLOR });
    if (bitmap.height <= TITLE_MAX_HEIGHT || kept <= 1) return { ...bitmap, height: Math.min(bitmap.height, TITLE_MAX_HEIGHT) };
  }
}

/**
 * Draws text onto the opaque RGB `target`. Written by hand because sharp's `composite()`
 * costs about 10 ms per card here (it blends the whole canvas in linear light), against
 * well under 1 ms for this loop over the text's own pixels: at 10,000 posts that is most
 * of a cold build.
 */
function drawOnto(target: Buffer, source: Bitmap, left: number, top: number): void {
  const rows = Math.min(source.height, CARD_HEIGHT - top);
  const columns = Math.min(source.width, CARD_WIDTH - left);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      const alpha = source.data[y * source.width + x]!;
      if (alpha === 0) continue;
      const to = ((top + y) * CARD_WIDTH + left + x) * 3;
      for (let c = 0; c < 3; c++) {
        target[to + c] = (source.color[c]! * alpha + target[to + c]! * (255 - alpha) + 127) / 255;
      }
    }
  }
}

const backgrounds = new Map<string, Promise<Buffer>>();

/** The parts every card shares (colour, accent bar, site name), drawn once per site name. */
function getBackground(siteName: string): Promise<Buffer> {
  let background = backgrounds.get(siteName);
  if (!background) {
    background = (async () => {
      const canvas = Buffer.alloc(CARD_WIDTH * CARD_HEIGHT * 3);
      for (let i = 0; i < canvas.length; i += 3) canvas.set(BACKGROUND, i);
      drawOnto(canvas, { data: Buffer.alloc(24 * CARD_HEIGHT, 255), width: 24, height: CARD_HEIGHT, color: ACCENT }, 0, 0);
      drawOnto(canvas, await renderText(`◆ ${siteName}`, { size: 30, weight: '700Bold', color: ACCENT }), TEXT_LEFT, 64);
      return canvas;
    })();
    backgrounds.set(siteName, background);
  }
  return background;
}

/** Canvases of finished cards, reused so each card does not allocate 2 MB (see `renderText`). */
const spareCanvases: Buffer[] = [];

/** A 1200×630 PNG in the site's colours: accent bar, site name, title, date and cluster. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const [background, title, meta] = await Promise.all([
    getBackground(content.siteName),
    renderTitle(content.title),
    renderText(content.meta, { size: 32, weight: '400Regular', color: META_COLOR }),
  ]);
  const canvas = spareCanvases.pop() ?? Buffer.allocUnsafe(background.length);
  try {
    background.copy(canvas);
    drawOnto(canvas, title, TEXT_LEFT, TITLE_TOP);
    drawOnto(canvas, meta, TEXT_LEFT, META_TOP);
    // Unfiltered level-6 deflate: a third of the encoding time of level 9 with adaptive
    // filtering for cards about a quarter larger (measured: 6.5 ms / 45 KB against 25 ms / 36 KB).
    return await sharp(canvas, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
      .png({ compressionLevel: 6, adaptiveFiltering: false })
      .toBuffer();
  } finally {
    spareCanvases.push(canvas);
  }
}
