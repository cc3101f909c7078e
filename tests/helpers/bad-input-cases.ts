import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { PROJECT_ROOT, type ContentFixture } from './content-fixture.ts';

/**
 * One kind of bad input and exactly the one line the editor must be told. Every case
 * writes files of its own, so all of them can sit in one content folder at once (one run
 * of the check and one build for the whole table) or each in a folder of its own.
 */
export interface BadInputCase {
  name: string;
  apply(fixture: ContentFixture): Promise<void>;
  /** File named in the line, relative to the fixture root. */
  file: string;
  /** Field named in the line, as an editor reads it (`„partners“ № 1`), if any. */
  field?: string;
  /** A phrase of the Bulgarian message. */
  says: string;
  /** A phrase of what the line says to write, if the case has a fix of the editor's own. */
  fix?: string;
  line?: number;
}

const CHORUS_FILE = join(PROJECT_ROOT, 'content/news/sreshta-s-gratskia-klaster-chorus-v-solun.md');
const chorus = () => readFile(CHORUS_FILE, 'utf8');

/** A copy of the Solun post under `news/<name>.md`, changed by `change`. */
function post(name: string, change: (text: string) => string) {
  return async (fixture: ContentFixture) => {
    const text = await chorus();
    const changed = change(text);
    if (changed === text) throw new Error(`case ${name}: the change changed nothing`);
    await fixture.write(`news/${name}.md`, changed);
  };
}

/** Writes raw bytes into the fixture's content folder. */
async function writeBytes(fixture: ContentFixture, path: string, bytes: Uint8Array) {
  await mkdir(dirname(join(fixture.contentRoot, path)), { recursive: true });
  await writeFile(join(fixture.contentRoot, path), bytes);
}

/** `text` in Windows-1251, as Notepad on a Bulgarian Windows saves it. */
function encodeWindows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const byChar = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byChar.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((char) => byChar.get(char) ?? 0x3f));
}

const file = (name: string) => `content/news/${name}.md`;
const withPhoto = (src: string) => (text: string) => text.replace('source:', `images:\n  - src: ${src}\n    alt: "Участниците в срещата"\nsource:`);
const billionLaughs = ['a: &a ["лол", "лол", "лол", "лол", "лол", "лол", "лол", "лол", "лол"]', ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`)].join('\n');

/** Every kind of bad input the check and the build must refuse with one line. */
export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    name: 'a translation of a post that does not exist',
    apply: (f) => f.write('translations/en/nyama-takava.md', '---\ntitle: A post never written\nsummary: Nothing.\nevent:\n  name: No event\n---\n\nText.\n'),
    file: 'content/translations/en/nyama-takava.md',
    says: 'няма новина „nyama-takava“ в content/news/',
  },
  {
    name: 'a translation whose people do not follow the original',
    apply: async (f) => {
      await post('prevedena', (t) => t.replace('title: "Среща', 'title: "Преведена среща'))(f);
      await f.write('translations/en/prevedena.md', '---\ntitle: A translated meeting\nsummary: Two clusters met.\nevent:\n  name: A meeting\npeople:\n  - role: member of the board\n---\n\nText.\n');
    },
    file: 'content/translations/en/prevedena.md',
    field: '„people“',
    says: 'оригиналът има 5 в „people“, а преводът — 1',
    line: 6,
  },
  {
    name: 'a site name missing in one of the site’s languages',
    apply: (f) => f.edit('site.yaml', (t) => t.replace('  en: Bulgarian Cluster News\n', '')),
    file: 'content/site.yaml',
    field: '„name“',
    says: 'липсва текст на езика „en“',
    fix: 'en: …',
    line: 5,
  },
  { name: 'a missing required field', apply: post('bez-rezyume', (t) => t.replace(/^summary: .*\n/m, '')), file: file('bez-rezyume'), field: '„summary“', says: 'липсва задължителното поле' },
  { name: 'an impossible date', apply: post('31-fevruari', (t) => t.replace('date: 2022-09-14', 'date: 2023-02-31')), file: file('31-fevruari'), field: '„date“', says: 'такъв ден няма в календара', line: 3 },
  { name: 'a date written day first', apply: post('data-s-tochki', (t) => t.replace('date: 2022-09-14', 'date: 14.09.2022')), file: file('data-s-tochki'), field: '„date“', says: 'трябва да е във вида ГГГГ-ММ-ДД', fix: 'date: 2022-09-14', line: 3 },
  { name: 'a date with „г.“', apply: post('data-s-godina', (t) => t.replace('  start: 2022-09-14', '  start: 3.12.2026 г.')), file: file('data-s-godina'), field: '„event.start“', says: 'трябва да е във вида ГГГГ-ММ-ДД', fix: 'start: 2026-12-03', line: 11 },
  { name: 'a timestamp instead of a day', apply: post('chas-v-datata', (t) => t.replace('date: 2022-09-14', 'date: 2024-04-20T10:00:00+03:00')), file: file('chas-v-datata'), field: '„date“', says: 'трябва да е във вида ГГГГ-ММ-ДД', fix: 'date: 2024-04-20', line: 3 },
  { name: 'a five-digit year', apply: post('godina-10000', (t) => t.replace('date: 2022-09-14', 'date: 10000-01-01')), file: file('godina-10000'), field: '„date“', says: 'не е дата във вида ГГГГ-ММ-ДД', line: 3 },
  { name: 'an unknown cluster id near a real one', apply: post('greshen-klaster', (t) => t.replace('cluster: sofia-grad-na-znanieto', 'cluster: sofia')), file: file('greshen-klaster'), field: '„cluster“', says: 'може би sofia-grad-na-znanieto?', fix: 'cluster: sofia-grad-na-znanieto', line: 5 },
  { name: 'an unknown partner id near a real one', apply: post('greshen-partnyor', (t) => t.replace('  - chorus-cluster', '  - chorus')), file: file('greshen-partnyor'), field: '„partners“ № 1', says: 'може би chorus-cluster?', fix: '- chorus-cluster', line: 7 },
  { name: 'a partner written by its name in Cyrillic', apply: post('partnyor-na-kirilitsa', (t) => t.replace('  - chorus-cluster', '  - Хорус')), file: file('partnyor-na-kirilitsa'), field: '„partners“ № 1', says: 'може би chorus-cluster?', fix: '- chorus-cluster', line: 7 },
  { name: 'a cluster written by its name', apply: post('klaster-s-ime', (t) => t.replace('cluster: sofia-grad-na-znanieto', 'cluster: София – град на знанието')), file: file('klaster-s-ime'), field: '„cluster“', says: 'може би sofia-grad-na-znanieto?', fix: 'cluster: sofia-grad-na-znanieto', line: 5 },
  { name: 'an unknown partner id near none', apply: post('nepoznat-partnyor', (t) => t.replace('  - chorus-cluster', '  - zzz-nishto')), file: file('nepoznat-partnyor'), field: '„partners“ № 1', says: 'няма партньор „zzz-nishto“', fix: 'и още 10', line: 7 },
  { name: 'the same partner twice', apply: post('dvama-partnyori', (t) => t.replace('  - chorus-cluster', '  - chorus-cluster\n  - chorus-cluster')), file: file('dvama-partnyori'), field: '„partners“ № 2', says: 'партньорът „chorus-cluster“ е записан два пъти', line: 8 },
  { name: 'the same topic twice in two spellings', apply: post('dve-temi', (t) => t.replace('  - чиста енергия', '  - чиста енергия\n  - Чиста  енергия')), file: file('dve-temi'), field: '„topics“ № 2', says: 'е записана два пъти' },
  { name: 'a topic that is only a zero-width space', apply: post('nevidima-tema', (t) => t.replace('  - чиста енергия', '  - "\u200b"')), file: file('nevidima-tema'), field: '„topics“ № 1', says: 'невидим знак: интервал с нулева ширина (U+200B)' },
  { name: 'a topic without a letter', apply: post('tema-bez-bukvi', (t) => t.replace('  - чиста енергия', '  - "!!!"')), file: file('tema-bez-bukvi'), field: '„topics“ № 1', says: 'поне една буква' },
  { name: 'a control character in a title', apply: post('upravlyavasht-znak', (t) => t.replace('title: "Среща', 'title: "Сре\\u0007ща')), file: file('upravlyavasht-znak'), field: '„title“', says: 'невидим знак', line: 2 },
  { name: 'a zero-width space in a partner name', apply: (f) => f.write('partners/nevidim-partnyor.yaml', 'name: "CHORUS\u200b Cluster"\ncountry: GR\nkind: cluster\n'), file: 'content/partners/nevidim-partnyor.yaml', field: '„name“', says: 'невидим знак', line: 1 },
  { name: 'malformed YAML', apply: post('greshni-kavichki', (t) => t.replace('title: "Среща', 'title: "Среща: "в')), file: file('greshni-kavichki'), says: 'не може да стои тук без кавички', line: 2 },
  { name: 'indentation by tab', apply: post('tabulatsia', (t) => t.replace('  kind: meeting', '\tkind: meeting')), file: file('tabulatsia'), says: 'табулация', fix: 'интервали', line: 10 },
  { name: 'a missing closing ---', apply: post('bez-zatvaryane', (t) => t.replace('\n---\n\nНа 14.09', '\n\nНа 14.09')), file: file('bez-zatvaryane'), says: 'няма втори ред „---“', line: 1 },
  { name: 'no front matter at all', apply: post('bez-zaglavna-chast', (t) => t.slice(t.indexOf('\n---\n') + 5)), file: file('bez-zaglavna-chast'), says: 'липсва заглавна част', line: 1 },
  { name: 'an empty file', apply: (f) => f.write('news/prazna.md', ''), file: file('prazna'), says: 'файлът е празен' },
  { name: 'an event that ends before it starts', apply: post('krai-predi-nachalo', (t) => t.replace('  start: 2022-09-14', '  start: 2022-09-14\n  end: 2022-09-01')), file: file('krai-predi-nachalo'), field: '„event.end“', says: 'краят на събитието е преди началото му', line: 12 },
  { name: 'an event written as one line', apply: post('sabitie-na-red', (t) => t.replace(/^event:\n(  .*\n)+/m, 'event: Среща в Солун\n')), file: file('sabitie-na-red'), field: '„event“', says: 'очаква се група от полета' },
  { name: 'two files with the same name', apply: async (f) => { await post('dvoyno-ime', (t) => t.replace('2022-09-14\n', '2022-09-15\n'))(f); await f.write('news/2022/dvoyno-ime.md', await chorus()); }, file: file('dvoyno-ime'), says: 'същото име „dvoyno-ime“' },
  { name: 'a misspelt field name', apply: post('sgreshno-pole', (t) => t.replace('topics:', 'topcs:')), file: file('sgreshno-pole'), field: '„topcs“', says: 'непознато поле' },
  { name: 'a field written twice', apply: post('dve-zaglaviya', (t) => t.replace('date: 2022-09-14', 'date: 2022-09-14\ntitle: "Друго"')), file: file('dve-zaglaviya'), says: 'едно и също поле е написано два пъти', line: 4 },
  { name: 'an unknown event kind', apply: post('nepoznat-vid', (t) => t.replace('kind: meeting', 'kind: party')), file: file('nepoznat-vid'), field: '„event.kind“', says: 'непознат вид събитие', line: 10 },
  { name: 'a value left unfinished', apply: post('nedovarsheno', (t) => t.replace(/^summary: .*$/m, 'summary: "ПОПЪЛНЕТЕ: резюме"')), file: file('nedovarsheno'), field: '„summary“', says: 'стойността не е попълнена', line: 4 },
  { name: 'a photo that is not there', apply: post('nyama-snimka', withPhoto('./nyama.jpg')), file: file('nyama-snimka'), field: '„src“ на images № 1', says: 'няма файл „./nyama.jpg“' },
  {
    name: 'a photo outside the content folder',
    apply: async (f) => {
      await writeFile(join(f.root, 'vanshna.png'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toBuffer());
      await post('vanshna-snimka', withPhoto('../../vanshna.png'))(f);
    },
    file: file('vanshna-snimka'),
    field: '„src“ на images № 1',
    says: 'е извън папката на новината',
  },
  { name: 'a system file as a photo', apply: post('sistemen-fail', withPhoto('/etc/passwd')), file: file('sistemen-fail'), field: '„src“ на images № 1', says: 'е извън папката на новината' },
  { name: 'a text file as a photo', apply: async (f) => { await f.write('news/belezhka.png', 'това не е снимка'); await post('tekst-kato-snimka', withPhoto('./belezhka.png'))(f); }, file: file('tekst-kato-snimka'), field: '„src“ на images № 1', says: 'не е снимка, която сайтът може да покаже' },
  { name: 'a photo in the text from outside the folder', apply: post('snimka-v-teksta', (t) => `${t}\n![Парола](../../../etc/passwd)\n`), file: file('snimka-v-teksta'), says: '(снимка в текста) е извън папката на новината' },
  { name: 'a Cyrillic file name', apply: (f) => f.write('news/Нова среща.md', '---\n---\n'), file: 'content/news/Нова среща.md', says: 'nova-sreshta.md' },
  { name: 'a hidden post', apply: post('.skrita', (t) => `${t}\n`), file: 'content/news/.skrita.md', says: 'файлът е скрит' },
  {
    name: 'a symbolic link to a post outside the repository',
    apply: async (f) => {
      await writeFile(join(f.root, 'vanshna.md'), await chorus());
      await symlink(join(f.root, 'vanshna.md'), join(f.contentRoot, 'news/vrazka.md'));
    },
    file: file('vrazka'),
    says: 'това е връзка (symlink)',
  },
  { name: 'YAML aliases that expand (billion laughs)', apply: post('milliard-smeha', (t) => t.replace('---\n', `---\n${billionLaughs}\n`)), file: file('milliard-smeha'), says: 'препратка в YAML', line: 2 },
  { name: 'a YAML tag', apply: post('yaml-etiket', (t) => t.replace('date: 2022-09-14', 'date: !!binary aGVsbG8=')), file: file('yaml-etiket'), says: 'етикет на YAML', line: 3 },
  { name: 'lists nested too deep', apply: post('dalboki-spisatsi', (t) => t.replace(/^topics:\n(  .*\n)+/m, 'topics: [[[[[[[[[[кръгова икономика]]]]]]]]]]\n')), file: file('dalboki-spisatsi'), says: 'вложени повече от 5 нива' },
  { name: 'lists nested thousands deep behind quoted brackets', apply: post('skriti-skobi', (t) => t.replace(/^topics:\n(  .*\n)+/m, `topics: ${'["]", '.repeat(2000)}x${']'.repeat(2000)}\n`)), file: file('skriti-skobi'), says: 'вложени повече от 5 нива' },
  { name: 'fields nested too deep', apply: post('dalboki-poleta', (t) => t.replace('  city: Солун', '  city:\n    a:\n      b:\n        c:\n          d:\n            e: Солун')), file: file('dalboki-poleta'), says: 'вложени повече от 5 нива' },
  { name: 'a file over the size limit', apply: post('ogromna', (t) => `${t}\n${'Дълъг текст на новината. '.repeat(5000)}\n`), file: file('ogromna'), says: 'най-много 200 KB' },
  { name: 'a front matter over the size limit', apply: post('ogromna-zaglavna-chast', (t) => t.replace('date: 2022-09-14', `date: 2022-09-14\nsummary2: "${'дълго '.repeat(2000)}"`)), file: file('ogromna-zaglavna-chast'), says: 'заглавната част е' },
  { name: 'a post saved in Windows-1251', apply: async (f) => writeBytes(f, 'news/windows-1251.md', encodeWindows1251(await chorus())), file: file('windows-1251'), says: 'Windows-1251', fix: 'UTF-8', line: 2 },
  { name: 'a post saved in UTF-16', apply: async (f) => writeBytes(f, 'news/utf-16.md', Buffer.from(`\ufeff${await chorus()}`, 'utf16le')), file: file('utf-16'), says: 'UTF-16', line: 1 },
  {
    name: 'a stray byte that is not UTF-8 in a title',
    apply: async (f) => {
      const [head, rest] = (await chorus()).split('Среща с гръцкия');
      await writeBytes(f, 'news/chuzhd-bait.md', Buffer.concat([Buffer.from(`${head}Среща `), Buffer.from([0xc0, 0xff]), Buffer.from(`с гръцкия${rest}`)]));
    },
    file: file('chuzhd-bait'),
    says: 'байтове, които не са UTF-8',
    line: 2,
  },
];

/** Unusual files that are fine: the check accepts them, so the build must build them. */
export interface AcceptedInputCase {
  name: string;
  apply(fixture: ContentFixture): Promise<void>;
  /** The page the post gets, relative to the site; none for a file that is not a post. */
  page?: string;
}

const photo = () => sharp({ create: { width: 640, height: 360, channels: 3, background: '#2a6f97' } }).png().toBuffer();

export const ACCEPTED_INPUT_CASES: AcceptedInputCase[] = [
  { name: 'a byte-order mark before the first ---', apply: async (f) => writeBytes(f, 'news/s-bom.md', Buffer.from(`\ufeff${(await chorus()).replace('2022-09-14\n', '2022-09-21\n')}`)), page: 'news/s-bom/index.html' },
  { name: 'an upper-case .MD ending', apply: async (f) => f.write('news/golemi-bukvi.MD', (await chorus()).replace('2022-09-14\n', '2022-09-22\n')), page: 'news/golemi-bukvi/index.html' },
  { name: 'Windows line endings', apply: post('windows-redove', (t) => t.replace('2022-09-14\n', '2022-09-23\n').replace(/\n/g, '\r\n')), page: 'news/windows-redove/index.html' },
  { name: '&, * and ! inside values', apply: post('znatsi-v-stoynostite', (t) => t.replace(/^title: .*$/m, 'title: R&D *нов* проект! 100% „добре“').replace('  - чиста енергия', '  - "&котва"')), page: 'news/znatsi-v-stoynostite/index.html' },
  { name: 'a non-breaking space in a title', apply: post('nerazdelim-interval', (t) => t.replace('title: "Среща', 'title: "14\u00a0септември: Среща')), page: 'news/nerazdelim-interval/index.html' },
  {
    name: 'a photo in a folder beside the post',
    apply: async (f) => {
      await writeBytes(f, 'news/snimki/sreshta.png', await photo());
      await post('snimka-v-papka', withPhoto('./snimki/sreshta.png'))(f);
    },
    page: 'news/snimka-v-papka/index.html',
  },
  { name: 'a hidden file of the editor’s system', apply: (f) => f.write('news/.DS_Store', 'Bud1') },
];
