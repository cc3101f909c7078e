import { lstat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { remark } from 'remark';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../../lib/content/problem.ts';

/** Picture formats a photo may be in, by sharp's name, and the file endings they carry. */
const PHOTO_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'heif']);
export const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

const HINT = 'сложете снимката в папката на новината и напишете src: ./ime-na-snimkata.jpg';

/** A photo path as written in a post, and where it stands. */
export interface PhotoReference {
  src: string;
  line?: number;
  /** Field path in the front matter; none for a picture in the text. */
  field?: string;
}

/**
 * Why a photo a post names cannot be published, or undefined when it can. A photo lies in
 * the post's own folder (or a folder inside it) and is a real picture: a path out of it
 * (`../`, `/etc/…`), a link, or a file that is not a picture could otherwise publish a
 * file from outside the repository or stop the build in Astro's image pipeline.
 */
export async function checkPhoto(postFile: string, projectRoot: string, photo: PhotoReference): Promise<ContentProblem | undefined> {
  const place = { file: postFile, ...(photo.line === undefined ? {} : { line: photo.line }), ...(photo.field ? { field: photo.field } : {}) };
  const where = photo.field ? '' : ' (снимка в текста)';
  const src = photo.src.trim();
  const segments = src.split(/[\\/]/);
  if (/^([a-z]+:|[\\/~])/i.test(src) || segments.includes('..')) {
    return { ...place, message: `снимката „${src}“${where} е извън папката на новината`, hint: HINT };
  }
  if (!PHOTO_EXTENSIONS.has(extname(src).toLowerCase())) {
    return { ...place, message: `„${src}“${where} не е снимка (.jpg, .png, .webp, .avif или .gif)`, hint: HINT };
  }
  const path = resolve(projectRoot, dirname(postFile), src);
  const stats = await lstat(path).catch(() => undefined);
  if (!stats) return { ...place, message: `няма файл „${src}“ до новината${where}`, hint: HINT };
  if (!stats.isFile()) {
    return { ...place, message: `„${src}“${where} е връзка или папка, не файл със снимка`, hint: 'сложете самия файл със снимката в папката на новината' };
  }
  const format = await sharp(path)
    .metadata()
    .then((meta) => meta.format as string | undefined, () => undefined);
  if (!format || !PHOTO_FORMATS.has(format)) {
    return { ...place, message: `файлът „${src}“${where} не е снимка, която сайтът може да покаже`, hint: 'запишете снимката като .jpg или .png и я сложете на същото място' };
  }
  return undefined;
}

/**
 * Local pictures the Markdown body shows (`![описание](./snimka.jpg)`), with their lines in
 * the file; addresses on the web are not local. `firstLine` is the file line the body starts on.
 * Only bodies with a picture's `![` are parsed.
 */
export function findBodyPhotos(body: string, firstLine: number): PhotoReference[] {
  if (!body.includes('![') && !/^\s*\[[^\]]+\]:/m.test(body)) return [];
  const tree = remark().parse(body);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  const photos: PhotoReference[] = [];
  visit(tree, (node) => {
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    if (url === undefined || /^(https?:)?\/\//i.test(url) || /^data:/i.test(url)) return;
    const line = node.position ? node.position.start.line + firstLine - 1 : undefined;
    photos.push({ src: safeDecode(url), ...(line === undefined ? {} : { line }) });
  });
  return photos;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
