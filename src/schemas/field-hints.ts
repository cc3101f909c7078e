import { EVENT_KIND_IDS } from './event-kinds.ts';
import { PARTNER_KIND_IDS } from './partner-kinds.ts';

/**
 * What to write in each field, as an example line an editor can copy.
 * Keys are field paths with list positions written as `*`.
 */
export const NEWS_FIELD_HINTS: Record<string, string> = {
  title: 'title: "Среща с гръцкия Клъстер CHORUS в Солун"',
  date: 'date: 2022-09-14 (датата на публикуване)',
  summary: 'summary: "Едно-две изречения за новината."',
  cluster: 'cluster: sofia-grad-na-znanieto (името на файл от content/clusters/ без .yaml)',
  partners: 'partners: [chorus-cluster] (имена на файлове от content/partners/ без .yaml)',
  'partners.*': 'partners: [chorus-cluster] (имена на файлове от content/partners/ без .yaml)',
  event: 'event: с полета name, kind, start, city и country',
  'event.name': 'name: "EU-Canada Cluster Matchmaking Event 2019" (под event:)',
  'event.kind': `kind: conference (под event:; едно от ${EVENT_KIND_IDS.join(', ')})`,
  'event.start': 'start: 2019-06-05 (под event:; първият ден)',
  'event.end': 'end: 2019-06-07 (под event:; последният ден, не по-рано от start; махнете го за еднодневно събитие)',
  'event.city': 'city: Солун (под event:; на български)',
  'event.country': 'country: GR (под event:; двубуквен код по ISO 3166-1, напр. BG, GR, BE)',
  people: 'people: списък с редове „- name: Име Фамилия“',
  'people.*': '- name: Димитър Филипов (под people:; може и role: и organisation:)',
  'people.*.name': 'name: Димитър Филипов (под people:)',
  'people.*.role': 'role: член на Управителния съвет (под people:)',
  'people.*.organisation': 'organisation: Клъстер София – град на знанието (под people:)',
  topics: 'topics: [кръгова икономика, интелигентни градове]',
  'topics.*': 'topics: [кръгова икономика, интелигентни градове]',
  images: 'images: списък с редове „- src: ./snimka.jpg“ и „alt: Какво има на снимката“',
  'images.*.src': 'src: ./snimka.jpg (под images:; файлът е до новината)',
  'images.*.alt': 'alt: "Участниците в срещата пред сградата на клъстера" (под images:; задължително)',
  'images.*.caption': 'caption: "Надпис под снимката" (под images:)',
  source: 'source: с поле name и по желание url',
  'source.name': 'name: Сайт на клъстера (под source:)',
  'source.url': 'url: https://example.bg/novina (под source:)',
  draft: 'draft: true (чернова, не се публикува) или draft: false',
};

/** What to write in each field of a cluster file. */
export const CLUSTER_FIELD_HINTS: Record<string, string> = {
  name: 'name: Клъстер „София – град на знанието“',
  shortName: 'shortName: София – град на знанието',
  city: 'city: София',
  description: 'description: Няколко изречения за клъстера.',
  website: 'website: https://example.bg',
  aliases: 'aliases: [Клъстер София Град на знанието] (други изписвания на името)',
  'aliases.*': 'aliases: [Клъстер София Град на знанието] (други изписвания на името)',
};

/** What to write in each field of a partner file. */
export const PARTNER_FIELD_HINTS: Record<string, string> = {
  name: 'name: CHORUS Cluster',
  country: 'country: GR (двубуквен код по ISO 3166-1; EU за европейски организации)',
  kind: `kind: cluster (едно от ${PARTNER_KIND_IDS.join(', ')})`,
  website: 'website: https://example.org',
  aliases: 'aliases: [ЕССР] (други изписвания на името)',
  'aliases.*': 'aliases: [ЕССР] (други изписвания на името)',
};

/** What to write in each field of `content/site.yaml`. */
export const SITE_FIELD_HINTS: Record<string, string> = {
  languages: 'languages: [bg, en] (езиците на сайта)',
  'languages.*': 'languages: [bg, en] (езиците на сайта)',
  defaultLanguage: 'defaultLanguage: bg (езикът на страниците в корена на сайта)',
  name: 'name: с по един ред на език, напр. „bg: Клъстерни новини“',
  tagline: 'tagline: с по един ред на език, напр. „bg: Новините на българските иновационни клъстери“',
  description: 'description: с по един ред на език: едно-две изречения за сайта',
  publisher: 'publisher: с поле name (по един ред на език) и по желание url',
  'publisher.name': 'name: с по един ред на език (под publisher:)',
  'publisher.url': 'url: https://example.bg (под publisher:)',
};

/** What to write in each field of a translation. */
export const TRANSLATION_FIELD_HINTS: Record<string, string> = {
  title: 'title: "Meeting with the Greek cluster CHORUS in Thessaloniki"',
  summary: 'summary: "One or two sentences, as in the original."',
  event: 'event: с поле name',
  'event.name': 'name: "Friendly meeting between …" (под event:)',
  people: 'people: по един ред „- role: …“ за всеки човек на оригинала, в същия ред',
  'people.*': '- role: member of the Management Board (под people:; може и organisation:)',
  'people.*.role': 'role: member of the Management Board (под people:)',
  'people.*.organisation': 'organisation: Cluster Sofia – City of Knowledge (под people:)',
  images: 'images: по един ред „- alt: …“ за всяка снимка на оригинала, в същия ред',
  'images.*.alt': 'alt: "What the photo shows" (под images:)',
  'images.*.caption': 'caption: "Caption under the photo" (под images:)',
};
