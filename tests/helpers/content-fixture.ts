import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The project root, where the real `content/` lives. */
export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** A throwaway copy of the real content that a test may break. */
export interface ContentFixture {
  /** Project-like root; the content is in `<root>/content`. */
  root: string;
  contentRoot: string;
  write(path: string, text: string): Promise<void>;
  edit(path: string, change: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

export async function makeContentFixture(): Promise<ContentFixture> {
  const root = await mkdtemp(join(tmpdir(), 'cluster-news-'));
  const contentRoot = join(root, 'content');
  await cp(join(PROJECT_ROOT, 'content'), contentRoot, { recursive: true });
  return {
    root,
    contentRoot,
    async write(path, text) {
      await mkdir(dirname(join(contentRoot, path)), { recursive: true });
      await writeFile(join(contentRoot, path), text);
    },
    async edit(path, change) {
      const file = join(contentRoot, path);
      const before = await readFile(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${path}`);
      await writeFile(file, after);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** One kind of bad input: how to make it, and what the editor must be told. */
export interface BadInputCase {
  name: string;
  apply(fixture: ContentFixture): Promise<void>;
  /** File named in the message, relative to the fixture root. */
  file: string;
  /** Field named in the message, if any. */
  field?: string;
  /** A phrase of the Bulgarian message. */
  says: string;
  line?: number;
}

const CHORUS = 'news/sreshta-s-gratskia-klaster-chorus-v-solun.md';
const CANADA = 'news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada.md';

/** Every kind of bad input the build must refuse, shared by the check tests and the build tests. */
export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    name: 'a missing required field',
    apply: (f) => f.edit(CHORUS, (t) => t.replace(/^summary: .*\n/m, '')),
    file: `content/${CHORUS}`,
    field: 'summary',
    says: 'липсва задължителното поле',
  },
  {
    name: 'an impossible date',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('date: 2022-09-14', 'date: 2023-02-31')),
    file: `content/${CHORUS}`,
    field: 'date',
    says: 'такъв ден няма в календара',
    line: 3,
  },
  {
    name: 'an unknown cluster id',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('cluster: sofia-grad-na-znanieto', 'cluster: sofia')),
    file: `content/${CHORUS}`,
    field: 'cluster',
    says: 'няма клъстер „sofia“',
    line: 5,
  },
  {
    name: 'an unknown partner id',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('  - chorus-cluster', '  - chorus')),
    file: `content/${CHORUS}`,
    field: 'partners.0',
    says: 'няма партньор „chorus“',
    line: 7,
  },
  {
    name: 'malformed YAML',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('title: "Среща', 'title: "Среща: "в')),
    file: `content/${CHORUS}`,
    says: 'YAML',
  },
  {
    name: 'an event that ends before it starts',
    apply: (f) => f.edit(CANADA, (t) => t.replace('end: 2019-06-07', 'end: 2019-06-01')),
    file: `content/${CANADA}`,
    field: 'event.end',
    says: 'краят на събитието е преди началото му',
    line: 14,
  },
  {
    name: 'an empty file',
    apply: (f) => f.write('news/prazna.md', ''),
    file: 'content/news/prazna.md',
    says: 'файлът е празен',
  },
  {
    name: 'two files with the same slug',
    apply: (f) => f.write(`news/2022/${CHORUS.slice(5)}`, '---\n---\n'),
    file: `content/${CHORUS}`,
    says: 'същото име',
  },
  {
    name: 'a misspelt field name',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('topics:', 'topcs:')),
    file: `content/${CHORUS}`,
    field: 'topcs',
    says: 'непознато поле',
  },
  {
    name: 'an unknown event kind',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('kind: meeting', 'kind: party')),
    file: `content/${CHORUS}`,
    field: 'event.kind',
    says: 'непознат вид събитие',
  },
  {
    name: 'a value left unfinished by the importer',
    apply: (f) => f.edit(CHORUS, (t) => t.replace(/^summary: .*$/m, 'summary: "ПОПЪЛНЕТЕ: резюме"')),
    file: `content/${CHORUS}`,
    field: 'summary',
    says: 'стойността не е попълнена',
    line: 4,
  },
  {
    name: 'an image file that is not there',
    apply: (f) => f.edit(CHORUS, (t) => t.replace('source:', 'images:\n  - src: ./nyama.jpg\n    alt: "Снимка"\nsource:')),
    file: `content/${CHORUS}`,
    field: 'images.0.src',
    says: 'няма файл „./nyama.jpg“',
  },
  {
    name: 'a Cyrillic file name',
    apply: (f) => f.write('news/Нова среща.md', '---\n---\n'),
    file: 'content/news/Нова среща.md',
    says: 'nova-sreshta.md',
  },
];
