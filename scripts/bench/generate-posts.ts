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

/**
 * N valid posts with Bulgarian text, spread over clusters, partners, places, kinds and
 * 2005–2025. `imageEvery` posts carry a photo (`./<slug>.png`), which the caller writes.
 */
export function generatePosts(count: number, known: { clusters: string[]; partners: string[] }, options: { seed?: number; imageEvery?: number } = {}): GeneratedPost[] {
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
    const partners = [...new Set([random.pick(known.partners), random.pick(known.partners)])];
    const topics = [...new Set([random.pick(TOPICS), random.pick(TOPICS)])];
    const paragraphs = Array.from({ length: 4 + Math.floor(random.next() * 4) }, () =>
      Array.from({ length: 3 + Math.floor(random.next() * 3) }, () => random.pick(SENTENCES)).join(' '),
    );
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
