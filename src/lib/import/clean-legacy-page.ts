/** A scraped page of an old cluster site, with its boilerplate taken out. */
export interface CleanPage {
  title: string;
  /** Text lines of the article in order; `''` marks a paragraph break. */
  lines: string[];
  /** Copyright and other footer lines, kept apart to tell which cluster published the page. */
  footer: string[];
  /** „15.10.2012" from a „Дата: 15.10.2012г." line, as written. */
  dateLine?: string;
  /** What was taken out, for the importer's summary. */
  removed: string[];
}

const CHROME_LINES = new Set(['Image', 'Всички новини', 'Блог публикации', 'Покажи всички']);
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)$/i;

/** A file name or gallery leftover: a token with no Cyrillic and a digit, underscore or image extension. */
function isGalleryToken(token: string): boolean {
  if (/^\d+$/.test(token)) return true;
  if (/\p{Script=Cyrillic}/u.test(token) && !IMAGE_FILE.test(token)) return false;
  return IMAGE_FILE.test(token) || /[_\d]/.test(token) || token === 'maxresdefault';
}

/** A line made only of gallery numbers and image file names. */
export function isGalleryLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/).filter(Boolean);
  return tokens.length > 0 && tokens.every(isGalleryToken);
}

/**
 * Takes the article out of a scraped page of any of the three old templates:
 * „Image / Всички новини / title / title … Блог публикации / ©" (Sofia),
 * „title / gallery / neighbour teasers with dates / Покажи всички / title …" (Green Synergy),
 * and „title … Дата: dd.mm.yyyyг." (Black Sea Energy Cluster).
 */
export function cleanLegacyPage(raw: string): CleanPage {
  const removed = new Set<string>();
  let lines = raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((line) => line.trim());

  const footer = lines.filter((line) => line.startsWith('©'));
  if (footer.length) removed.add('ред с авторски права');
  lines = lines.filter((line) => !line.startsWith('©'));

  const showAll = lines.indexOf('Покажи всички');
  if (showAll !== -1) {
    // Everything above „Покажи всички" is the title, a gallery count and neighbour-post teasers.
    lines = lines.slice(showAll + 1);
    removed.add('съседни новини с датите им');
  }
  if (lines.some((line) => CHROME_LINES.has(line))) removed.add('навигация на сайта („Image", „Всички новини", „Блог публикации")');
  lines = lines.filter((line) => !CHROME_LINES.has(line));

  const title = lines.find((line) => line !== '') ?? '';
  const titleCount = lines.filter((line) => line === title).length;
  lines = lines.filter((line) => line !== title);
  if (titleCount > 1) removed.add('повторено заглавие');

  let dateLine: string | undefined;
  lines = lines.filter((line) => {
    const match = /^Дата:\s*(\d{1,2}\.\d{1,2}\.\d{4})/.exec(line);
    if (match) dateLine = match[1];
    return !match;
  });
  if (dateLine) removed.add('ред „Дата:“');

  const gallery = lines.filter((line) => line !== '' && isGalleryLine(line));
  if (gallery.length) removed.add(`номера от галерия и имена на снимки (${gallery.join(', ')})`);
  lines = lines.filter((line) => line === '' || !isGalleryLine(line));

  return { title, lines: collapseBlankLines(lines), footer, ...(dateLine ? { dateLine } : {}), removed: [...removed] };
}

function collapseBlankLines(lines: string[]): string[] {
  const result: string[] = [];
  for (const line of lines) {
    if (line === '' && (result.length === 0 || result.at(-1) === '')) continue;
    result.push(line);
  }
  while (result.at(-1) === '') result.pop();
  return result;
}
