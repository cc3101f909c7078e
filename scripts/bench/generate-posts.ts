import { GAZETTEER } from '../../src/lib/import/gazetteer.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { EVENT_KIND_IDS } from '../../src/schemas/event-kinds.ts';

/** A small deterministic random generator (mulberry32), so every run writes the same archive. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T };
}

const SUBJECTS = ['Представители на клъстера', 'Членовете на Управителния съвет', 'Експертите на клъстера', 'Делегация от български компании'];
const VERBS = ['участваха в', 'представиха резултатите си на', 'организираха', 'обсъдиха бъдещи проекти на'];
const EVENTS = ['международна конференция', 'партньорска среща', 'бизнес форум', 'обучение за клъстерни мениджъри', 'изложение за чисти технологии'];
const TOPICS = ['кръгова икономика', 'интелигентни градове', 'възобновяема енергия', 'дигитализация', 'interreg', 'horizon europe', 'еко-иновации', 'индустрия 4.0'];
const SENTENCES = [
  'Целта на срещата беше обмяна на добри практики и търсене на възможности за сътрудничество.',
  'Участниците се съгласиха да подготвят общо проектно предложение през следващата година.',
  'Бяха обсъдени политиките за подкрепа на малките и средните предприятия в региона.',
  'Домакините представиха опита си с изграждането на иновационни екосистеми.',
  'Клъстерът ще продължи да търси партньори за проекти в областта на енергийната ефективност.',
  'Сред лекторите имаше представители на Европейската комисия и на регионалните власти.',
];

/** One synthetic post file of the archive benchmark: valid for the content check, realistic in size. */
export interface GeneratedPost {
  file: string;
  text: string;
}

const FIRST_NAMES = ['Вихра', 'Петър', 'Мария', 'Георги', 'Елена', 'Иван', 'Десислава', 'Николай', 'Анна', 'Стефан', 'Радостина', 'Христо'];
const LAST_NAMES = ['Андонова', 'Филипов', 'Георгиева', 'Димитров', 'Стоянова', 'Петров', 'Иванова', 'Николов', 'Колева', 'Тодоров'];
const ROLES = ['председател на Управителния съвет', 'изпълнителен директор', 'клъстерен мениджър', 'експерт „Международно сътрудничество“', 'член на Управителния съвет', 'ръководител на проекта'];
const ORGANISATIONS = ['Министерство на иновациите и растежа', 'Изпълнителна агенция за насърчаване на малките и средните предприятия', 'Софийски университет', 'Европейската комисия', 'Столична община'];

/** How generated posts are shaped: like the real ones (the default), or the lighter posts of earlier benchmarks. */
export type PostShape = 'real' | 'light';

/**
 * The sentences of real post bodies, for bodies with a real post's vocabulary: the
 * search index's size depends on how many different words the posts hold.
 */
export function splitSentences(bodies: readonly string[]): string[] {
  return bodies
    .flatMap((body) => body.replace(/^#+ .*$/gm, '').split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 30);
}

/**
 * N valid posts with Bulgarian text, spread over clusters, partners, places, kinds and
 * 2005–2025. Shaped like the real posts by default: one to seven partners, three or four
 * topics, up to five people with roles, bodies of 1,900–2,700 characters made from the
 * sentences of real posts (`sentences`, else the generator's own). `light` keeps the
 * earlier benchmark's posts: two partners, two topics, no people, shorter bodies.
 * `imageEvery` posts carry a photo (`./<slug>.png`), which the caller writes.
 */
export function generatePosts(
  count: number,
  known: { clusters: string[]; partners: string[] },
  options: { seed?: number; imageEvery?: number; shape?: PostShape; sentences?: readonly string[] } = {},
): GeneratedPost[] {
  const real = (options.shape ?? 'real') === 'real';
  const sentences = options.sentences?.length ? options.sentences : SENTENCES;
  const random = createRandom(options.seed ?? 2024);
  const cities = Object.entries(GAZETTEER);
  const posts: GeneratedPost[] = [];
  for (let i = 0; i < count; i++) {
    const [city, country] = random.pick(cities);
    const year = 2005 + Math.floor(random.next() * 21);
    const month = 1 + Math.floor(random.next() * 12);
    const day = 1 + Math.floor(random.next() * 27);
    const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const end = `${year}-${String(month).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    const event = random.pick(EVENTS);
    const title = `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${event} в ${city} (${i + 1})`;
    const slug = `${slugify(title)}-${i + 1}`.slice(-80).replace(/^-+/, '');
    const partnerCount = real ? 1 + Math.floor(random.next() * 7) : 2;
    const partners = [...new Set(Array.from({ length: partnerCount }, () => random.pick(known.partners)))];
    const topics = [...new Set(Array.from({ length: real ? 3 + Math.floor(random.next() * 2) : 2 }, () => random.pick(TOPICS)))];
    const people = real
      ? Array.from({ length: Math.floor(random.next() * 6) }, () => ({
          name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
          role: random.pick(ROLES),
          organisation: random.pick(ORGANISATIONS),
        })).filter((person, index, all) => all.findIndex((other) => other.name === person.name) === index)
      : [];
    const paragraphs: string[] = [];
    if (real) {
      paragraphs.push(...writeBody(random, sentences));
    } else {
      for (let p = 4 + Math.floor(random.next() * 4); p > 0; p--) {
        paragraphs.push(Array.from({ length: 3 + Math.floor(random.next() * 3) }, () => random.pick(SENTENCES)).join(' '));
      }
    }
    const withImage = options.imageEvery !== undefined && i % options.imageEvery === 0;
    const text = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${end}`,
      `summary: ${JSON.stringify(`${title}. ${random.pick(SENTENCES)}`)}`,
      `cluster: ${random.pick(known.clusters)}`,
      `partners: [${partners.join(', ')}]`,
      'event:',
      `  name: ${JSON.stringify(`${event[0]!.toUpperCase()}${event.slice(1)} ${year}`)}`,
      `  kind: ${random.pick(EVENT_KIND_IDS)}`,
      `  start: ${start}`,
      `  end: ${end}`,
      `  city: ${city}`,
      `  country: ${country}`,
      `topics: [${topics.join(', ')}]`,
      ...(people.length ? ['people:', ...people.flatMap((person) => [`  - name: ${person.name}`, `    role: ${JSON.stringify(person.role)}`, `    organisation: ${JSON.stringify(person.organisation)}`])] : []),
      ...(withImage ? ['images:', `  - src: ./${slug}.png`, `    alt: "Участниците в срещата в ${city}"`] : []),
      '---',
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    posts.push({ file: `${slug}.md`, text });
  }
  return posts;
}

/** A body as long as a real post's (1,900–2,700 characters), in paragraphs of two to four of `sentences`. */
function writeBody(random: ReturnType<typeof createRandom>, sentences: readonly string[]): string[] {
  const length = 1900 + Math.floor(random.next() * 800);
  const paragraphs: string[] = [];
  for (let written = 0; written < length; ) {
    const paragraph = Array.from({ length: 2 + Math.floor(random.next() * 3) }, () => random.pick(sentences)).join(' ');
    paragraphs.push(paragraph);
    written += paragraph.length;
  }
  return paragraphs;
}

/**
 * English translations of some of `posts` (every `every`-th, from the `every/2`-th, so the
 * benchmark's edited first post stays untranslated): files for `content/translations/en/`,
 * with bodies as long as the originals' made from the sentences of the real translations.
 */
export function generateTranslations(posts: readonly GeneratedPost[], sentences: readonly string[], every: number, seed = 7): GeneratedPost[] {
  const random = createRandom(seed);
  const translated: GeneratedPost[] = [];
  posts.forEach((post, index) => {
    if (index % every !== Math.floor(every / 2)) return;
    const paragraphs = writeBody(random, sentences);
    const title = `${random.pick(sentences).slice(0, 60).trim()} (${index + 1})`;
    const text = ['---', `title: ${JSON.stringify(title)}`, `summary: ${JSON.stringify(random.pick(sentences))}`, 'event:', `  name: ${JSON.stringify(`Event ${index + 1}`)}`, '---', '', paragraphs.join('\n\n'), ''].join('\n');
    translated.push({ file: post.file, text });
  });
  return translated;
}
