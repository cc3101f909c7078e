import { EVENT_KINDS, type EventKind } from '../schemas/event-kinds.ts';
import { PARTNER_KINDS, type PartnerKind } from '../schemas/partner-kinds.ts';
import { prepositionIn } from '../lib/preposition-in.ts';

const number = new Intl.NumberFormat('bg');
/** „1 новина", „3 новини", „10 000 новини". */
const counted = (one: string, other: string) => (count: number) => `${number.format(count)} ${count === 1 ? one : other}`;
const news = counted('новина', 'новини');
const events = counted('събитие', 'събития');

/** Text the search page's script shows; kept apart so the browser loads only this part. */
export const bgBrowser = {
  locale: 'bg',
  countNews: news,
  noIndex: 'Търсенето още няма индекс. Изпълнете „npm run build“ и презаредете страницата.',
  /** „Намерени: 3 новини за „солун“ с избраните филтри." */
  found: (count: string, query: string | undefined, filtered: boolean) =>
    `Намерени: ${count}${query ? ` за „${query}“` : ''}${filtered ? ' с избраните филтри' : ''}.`,
  nothingFound: (query: string | undefined, filtered: boolean) =>
    `Няма новини${query ? ` за „${query}“` : ''}${filtered ? ' с избраните филтри' : ''}.`,
  correctedTo: (corrected: string) => `Показани са резултати за „${corrected}“. `,
  searchExactly: (typed: string) => `Търсене точно за „${typed}“`,
  withoutFilters: (words: string) => `Търсете${words ? ` „${words}“` : ''} без филтрите`,
  otherWords: 'Опитайте с друга дума или с по-малко думи.',
  browseArchive: ['Разгледайте ', 'архива', ' по години.'] as [string, string, string],
  filterCount: (count: number) => `(${count})`,
  facets: {
    cluster: 'Клъстер',
    partner: 'Партньор',
    country: 'Държава',
    city: 'Град',
    year: 'Година',
    kind: 'Вид събитие',
  },
  sorts: {
    relevance: 'Най-подходящи',
    newest: 'Най-нови',
    oldest: 'Най-стари',
    event: 'По дата на събитието, най-новите първо',
  },
  copied: 'Връзката е копирана',
  copyFailed: 'Връзката не може да бъде копирана',
  themes: { system: 'Тема: системна', light: 'Тема: светла', dark: 'Тема: тъмна' },
};

/** Every word of the Bulgarian interface. The English one (`en.ts`) must have the same keys. */
export const bg = {
  /** Locale for `Intl` (dates, numbers, lists, collation). */
  locale: 'bg',
  /** Open Graph's form of the locale. */
  ogLocale: 'bg_BG',
  /** The language's name in itself, for the language switch. */
  languageName: 'Български',
  /** The language's short form, on the language switch of the other languages' pages. */
  languageShort: 'БГ',
  browser: bgBrowser,
  countNews: news,
  countEvents: events,
  countCountries: counted('държава', 'държави'),
  countPartners: counted('партньор', 'партньори'),
  countMeetings: counted('среща', 'срещи'),
  formatNumber: (count: number) => number.format(count),
  /** „ — страница 2" after a list's title. */
  pageSuffix: (page: number) => ` — страница ${page}`,
  /** The event kinds' labels (the schema's own, which the web editor shows too). */
  eventKinds: EVENT_KINDS as Record<EventKind, string>,
  partnerKinds: PARTNER_KINDS as Record<PartnerKind, string>,
  layout: {
    skipLink: 'Към съдържанието',
    mainNav: 'Основна навигация',
    nav: { news: 'Новини', clusters: 'Клъстери', partners: 'Партньори', topics: 'Теми', map: 'Карта', timeline: 'Хронология' },
    headerSearch: 'Търсене от заглавната лента',
    searchLabel: 'Търсене в новините',
    searchPlaceholder: 'Търсене…',
    searchButton: 'Търси',
    /** The language switch's title on the other language's pages, in this language: readers who want this one read it. */
    readInThisLanguage: 'Прочетете тази страница на български',
    moreNav: 'Още',
    search: 'Търсене',
    calendar: 'Календар (.ics)',
    origin: 'Текстовете са публикувани първо на сайтовете на клъстерите.',
  },
  home: {
    latest: 'Последни новини',
    toArchive: (count: number) => `Към архива: ${news(count)} →`,
    whereMet: 'Къде са се срещали',
    bigMap: 'Голямата карта',
    byYear: 'По години',
    clusters: 'Клъстерите',
    topics: 'Теми',
  },
  lists: {
    empty: 'Все още няма новини.',
    pages: 'Страници на архива',
    newer: '← По-нови',
    older: 'По-стари →',
    page: 'Страница ',
  },
  archive: {
    title: 'Архив на новините',
    description: (count: number) => `Архив на всички ${news(count)} на клъстерите, от най-новите към най-старите.`,
    intro: (count: number) => `${news(count)}, от най-новите към най-старите.`,
    years: 'Години',
    yearTitle: (year: number) => `Новини от ${year} г.`,
    yearDescription: (year: number, count: number) => `Новините на клъстерите от ${year} г.: ${news(count)}.`,
    yearPages: (year: number) => `Страници на новините от ${year} г.`,
    otherYears: 'Други години',
  },
  post: {
    neighbours: 'Съседни новини',
    newer: '← По-нова',
    older: 'По-стара →',
    topics: 'Теми',
    partners: 'Партньори',
    people: 'Участници',
    photos: 'Снимки',
    source: 'Източник:',
    related: 'Свързани новини',
    toTop: 'Към началото ↑',
    share: 'Споделете новината',
    shareLabel: 'Споделете:',
    copyLink: 'Копирай връзката',
    email: 'Имейл',
    /** On a page in this language whose post is written in another: what the reader gets. */
    untranslated: (language: string) => `Тази новина още не е преведена. Тук са фактите за събитието; текстът е на ${language}.`,
    readOriginal: (language: string) => `Прочетете новината на ${language}`,
    translated: (language: string) => `Преведено от ${language}.`,
    original: 'Оригиналът',
  },
  event: {
    heading: 'Събитието',
    name: 'Събитие',
    kind: 'Вид',
    when: 'Кога',
    where: 'Къде',
    addToCalendar: 'Добави в календара (.ics)',
  },
  map: {
    title: 'Карта на срещите',
    description: 'Къде са се срещали клъстерите с партньорите си и откъде са партньорите.',
    intro: ['Къде са били събитията и от кои държави са партньорите. Подредени по години — в ', 'хронологията', '.'] as [string, string, string],
    captionWithCountries: 'Места на събитията (точки) и държави на партньорите (оцветени).',
    caption: 'Места на събитията (точки).',
    asText: 'Същото като текст — в списъка по-долу.',
    /** „Всички 4 събития в Солун →", „… във Варна →". */
    allEventsIn: (count: number, city: string) => `Всички ${events(count)} ${prepositionIn(city)} →`,
    partnerCountries: (list: string) => `Държави на партньорите: ${list}.`,
  },
  timeline: {
    title: 'Хронология',
    description: 'Събитията от новините на клъстерите, по години.',
    intro: ['Събитията от новините, от най-старото към най-новото. На ', 'картата', ' — по места.'] as [string, string, string],
    noEvents: 'няма събития',
    andMore: (count: number) => `и още ${events(count)} · `,
    yearNews: (year: number) => `новините от ${year} г. →`,
  },
  clusters: {
    title: 'Клъстери',
    description: 'Клъстерите, чиито новини са в архива.',
    seat: 'Седалище',
    website: 'Сайт',
    timeline: 'Хронология',
    map: 'Карта',
    news: 'Новини',
    subscribe: 'Абонамент:',
    pages: (name: string) => `Страници на новините на ${name}`,
  },
  partners: {
    title: 'Партньори',
    description: 'Организациите, с които клъстерите са се срещали, по държави.',
    intro: 'Организациите, с които клъстерите са се срещали, по държави.',
    summary: (name: string, kind: string, count: number) => `${name} — ${kind}. ${counted('среща', 'срещи')(count)} с клъстерите.`,
    meetings: 'Срещи с клъстерите',
    caption: (name: string) => `Кой клъстер, къде и кога се е срещал с ${name}`,
    columns: { cluster: 'Клъстер', event: 'Събитие', place: 'Място', when: 'Кога' },
    news: 'Новините',
    pages: (name: string) => `Страници на срещите с ${name}`,
  },
  topics: {
    title: 'Теми',
    description: 'Темите на новините на клъстерите.',
    heading: (name: string) => `Тема „${name}“`,
    topicDescription: (name: string, count: number) => `Новините на клъстерите на тема „${name}“: ${news(count)}.`,
    pages: (name: string) => `Страници на темата „${name}“`,
  },
  search: {
    title: 'Търсене',
    description: 'Търсене в новините на клъстерите по място, човек, партньор или тема.',
    heading: 'Търсене в новините',
    label: 'Място, човек, партньор или тема',
    button: 'Търси',
    hint: 'Всяка форма на думата намира и другите: „министри“ намира „министър“. Може и на латиница: „solun“, „toronto“. Бърз достъп от всяка страница: „/“ или Ctrl+K.',
    filters: 'Филтри',
    sort: 'Подреждане',
    noScript: ['Търсенето работи с JavaScript. Без него разгледайте ', 'архива', ', ', 'клъстерите', ' или ', 'темите', '.'] as [string, string, string, string, string, string, string],
    more: 'Покажи още',
    /** On the search page of a language other than the site's default: what it searches, and where the rest is. */
    translatedOnly: ['Търсенето на български обхваща преведените новини. ', 'Търсете във всички новини', ' на езика на оригиналите.'] as [string, string, string],
  },
  notFound: {
    title: 'Страницата не е намерена',
    text: 'Адресът може да е сгрешен или новината да е преместена.',
    home: 'Към началната страница',
    archive: 'Архивът на новините',
    clusters: 'Клъстерите',
  },
  feeds: {
    copyright: 'Текстовете принадлежат на клъстерите, които са ги публикували.',
    calendar: 'Събитията от новините',
  },
  editor: { title: 'Редактор' },
};

/** The shape every language's dictionary has. */
export type Dictionary = typeof bg;
export type BrowserText = typeof bgBrowser;
