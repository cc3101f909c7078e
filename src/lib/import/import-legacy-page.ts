import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EventKind } from '../../schemas/event-kinds.ts';
import { UNFINISHED_MARKER } from '../../schemas/unfinished.ts';
import { slugify } from '../slugify.ts';
import { buildBody, toMarkdown } from './build-body.ts';
import { cleanLegacyPage } from './clean-legacy-page.ts';
import { findDates, findYear } from './find-dates.ts';
import { findPlaces } from './gazetteer.ts';

/** An organisation the importer can recognise in a text. */
export interface KnownOrganisation {
  id: string;
  name: string;
  aliases: readonly string[];
  shortName?: string;
}

/** A post as the importer could make it, with what it found and what an editor must add. */
export interface ImportedPost {
  slug: string;
  frontMatter: Record<string, unknown>;
  body: string;
  found: string[];
  todo: string[];
  removed: string[];
}

const KIND_WORDS: [EventKind, RegExp][] = [
  ['matchmaking', /matchmaking/i],
  ['conference', /конференци/i],
  ['forum', /форум/i],
  ['expo', /изложени/i],
  ['training', /обучени/i],
  ['partnership-meeting', /партньорск\p{L}* среща/iu],
  ['visit', /посещени|посети/i],
  ['meeting', /срещ/i],
];

const normalise = (text: string) =>
  text.toLowerCase().replace(/[„“”"«»]/g, '').replace(/\s*[-–—]\s*/g, ' - ').replace(/\s+/g, ' ');

function mentions(text: string, organisation: KnownOrganisation): number {
  const haystack = normalise(text);
  const positions = [organisation.name, ...organisation.aliases]
    .map((name) => haystack.indexOf(normalise(name)))
    .filter((index) => index !== -1);
  return positions.length ? Math.min(...positions) : -1;
}

function guessKind(title: string, text: string): EventKind | undefined {
  if (KIND_WORDS[0]![1].test(title + text)) return 'matchmaking';
  return (KIND_WORDS.find(([, word]) => word.test(title)) ?? KIND_WORDS.find(([, word]) => word.test(text)))?.[0];
}

// A full stop after these does not end a sentence: „в гр. Солун", „2022 г. в", „г-н. Иванов".
const ABBREVIATIONS = new Set(['гр', 'г', 'г-н', 'г-жа', 'т.ч', 'ч', 'ул', 'проф', 'д-р', 'инж', 'доц', 'напр', 'вкл', 'бул']);

/** The first sentence of a paragraph, as a starting point for the summary. */
function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?](?=\s+\p{Lu}|\s*$)/gu)) {
    const before = text.slice(0, match.index);
    const lastWord = /([\p{L}.-]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (before.length >= 20 && !ABBREVIATIONS.has(lastWord)) return text.slice(0, match.index + 1).trim();
  }
  return text.trim();
}

/** „клъстер „Зелена синергия“", or the short name itself when it already says „клъстер". */
function siteOwner(cluster: KnownOrganisation): string {
  const name = cluster.shortName ?? cluster.name;
  return /клъстер/i.test(name) ? name : `клъстер „${name}“`;
}

const fill = (what: string) => `${UNFINISHED_MARKER}: ${what}`;

/**
 * Turns one scraped page into a post: front matter with the news schema's fields and a
 * Markdown body. Whatever it cannot tell is written as „ПОПЪЛНЕТЕ: …", which the content
 * check rejects in a published post.
 */
export function importLegacyPage(
  raw: string,
  known: { clusters: readonly KnownOrganisation[]; partners: readonly KnownOrganisation[] },
): ImportedPost {
  const page = cleanLegacyPage(raw);
  const tree: Root = buildBody(page.lines);
  const text = toString(tree, { includeImageAlt: false });
  const paragraphs = tree.children.map((node) => toString(node));
  const found: string[] = [];
  const todo: string[] = [];

  // The publishing cluster: its name in the footer first, then in the title and the text.
  const byMention = (source: string) =>
    known.clusters
      .map((cluster) => ({ cluster, at: mentions(source, cluster) }))
      .filter(({ at }) => at !== -1)
      .sort((a, b) => a.at - b.at)[0]?.cluster;
  const cluster = byMention(page.footer.join(' ')) ?? byMention(page.title) ?? byMention(text);
  if (cluster) found.push(`клъстер: ${cluster.id}`);
  else todo.push('cluster: клъстерът не е разпознат');

  // Cluster names such as „София – град на знанието" must not be read as the event's city.
  let placeText = text;
  for (const organisation of known.clusters) {
    for (const name of [organisation.name, ...organisation.aliases]) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      placeText = placeText.replace(new RegExp(escaped, 'giu'), ' ');
    }
  }

  const year = findYear(page.title) ?? findYear(text);
  const dates = findDates(text, year);
  const event = dates[0];
  const eventParagraph = event ? paragraphs.find((p) => p.includes(event.text)) ?? '' : '';
  const places = findPlaces(placeText);
  const place = findPlaces(eventParagraph).find((p) => places.some((q) => q.city === p.city)) ?? places[0];

  let date: string | undefined;
  if (page.dateLine) {
    const [day, month, y] = page.dateLine.split('.');
    date = `${y}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    found.push(`дата на публикуване: ${date} (ред „Дата:“)`);
  } else if (event) {
    date = event.end ?? event.start;
    found.push(`дата на публикуване: ${date} — страницата няма дата, взет е последният ден на събитието; проверете`);
  } else {
    todo.push('date: датата на публикуване не е намерена');
  }

  if (event) found.push(`събитие: ${event.start}${event.end ? ` – ${event.end}` : ''} („${event.text}“)`);
  else todo.push('event.start: датата на събитието не е намерена');
  if (place) found.push(`място: ${place.city}, ${place.country}`);
  else todo.push('event.city и event.country: мястото не е намерено');

  const kind = guessKind(page.title, text);
  if (kind) found.push(`вид събитие: ${kind} (по думите в текста; проверете)`);
  else todo.push('event.kind: видът на събитието не е разпознат');

  const partners = known.partners
    .map((partner) => ({ partner, at: mentions(text, partner) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)
    .map(({ partner }) => partner.id);
  if (partners.length) found.push(`партньори: ${partners.join(', ')}`);

  todo.push('summary: напишете резюме от едно-две изречения');
  todo.push('event.name: напишете името на събитието');
  todo.push('people и topics: добавете хората с ролите им и темите (по желание)');

  const frontMatter: Record<string, unknown> = {
    title: page.title || fill('заглавие'),
    date: date ?? fill('дата ГГГГ-ММ-ДД'),
    summary: fill(firstSentence(paragraphs[0] ?? '')),
    cluster: cluster?.id ?? fill('клъстер от content/clusters/'),
    partners,
    event: {
      name: fill('име на събитието'),
      kind: kind ?? fill('вид събитие'),
      start: event?.start ?? fill('дата ГГГГ-ММ-ДД'),
      ...(event?.end ? { end: event.end } : {}),
      city: place?.city ?? fill('град'),
      country: place?.country ?? fill('код на държава'),
    },
    people: [],
    topics: [],
    ...(cluster ? { source: { name: `Сайт на ${siteOwner(cluster)}` } } : {}),
  };

  return {
    slug: slugify(page.title) || 'novina',
    frontMatter,
    body: toMarkdown(tree),
    found,
    todo,
    removed: page.removed,
  };
}
