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

// The font ships with the project (Golos Text TTF, SIL OFL) so cards look the same on
// every machine; sharp's text renderer needs TTF, which @fontsource does not ship.
const fontFile = (weight: '400Regular' | '700Bold') =>
  createRequire(join(process.cwd(), 'package.json')).resolve(
    `@expo-google-fonts/golos-text/${weight}/GolosText_${weight}.ttf`,
  );

const escapeMarkup = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

async function renderText(text: string, options: { size: number; weight: '400Regular' | '700Bold'; color: string; width: number; height?: number }) {
  return sharp({
    text: {
      text: `<span foreground="${options.color}">${escapeMarkup(text)}</span>`,
      font: `Golos Text ${options.size}`,
      fontfile: fontFile(options.weight),
      width: options.width,
      ...(options.height ? { height: options.height } : {}),
      rgba: true,
      wrap: 'word',
      spacing: Math.round(options.size * 0.2),
    },
  })
    .png()
    .toBuffer();
}

/** A 1200×630 PNG in the site's colours: accent bar, site name, title, date and cluster. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const width = CARD_WIDTH - 160;
  const titleSize = content.title.length > 110 ? 46 : content.title.length > 60 ? 56 : 66;
  const [site, title, meta] = await Promise.all([
    renderText(`◆ ${content.siteName}`, { size: 30, weight: '700Bold', color: '#0b5d63', width }),
    renderText(content.title, { size: titleSize, weight: '700Bold', color: '#1c1f24', width, height: 330 }),
    renderText(content.meta, { size: 32, weight: '400Regular', color: '#535a64', width }),
  ]);
  const bar = Buffer.from(`<svg width="${CARD_WIDTH}" height="${CARD_HEIGHT}"><rect width="24" height="${CARD_HEIGHT}" fill="#0b5d63"/></svg>`);
  return sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 4, background: '#fbfaf7' } })
    .composite([
      { input: bar, top: 0, left: 0 },
      { input: site, top: 64, left: 80 },
      { input: title, top: 150, left: 80 },
      { input: meta, top: 520, left: 80 },
    ])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
