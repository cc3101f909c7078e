import type { Locale } from '../i18n/locale.ts';
import type { NewsPost } from './news-post.ts';
import type { SitePaths } from './paths.ts';

/** What a list of news shows for one post. */
export interface NewsCard {
  id: string;
  href: string;
  title: string;
  summary: string;
  /** The language of the title and summary where it is not the page's: a post not yet translated. */
  textLanguage: string | undefined;
  date: string;
  dateLabel: string;
  clusterName: string;
  clusterHref: string;
  /** „Солун, Гърция", „Thessaloniki, Greece" */
  place: string;
  /** „среща, 14 септември 2022 г." */
  eventLabel: string;
}

/** A post's title and summary in the page's language, and which language that is. */
export interface CardTexts {
  title: string;
  summary: string;
  /** Set when the texts are not in the page's language. */
  language?: string | undefined;
}

/** What a card needs besides the post: its page's language, URLs, and names looked up once. */
export interface CardContext {
  locale: Locale;
  paths: SitePaths;
  /** Cluster ids to their short names in the page's language. */
  clusterNames: ReadonlyMap<string, string>;
  /** The post's texts in the page's language; its own where left out. */
  textsOf?: (post: NewsPost) => CardTexts;
}

/** Builds the card of a post for a page in `context.locale`'s language. */
export function toNewsCard(post: NewsPost, context: CardContext): NewsCard {
  const { data } = post;
  const { locale, paths } = context;
  const texts = context.textsOf?.(post) ?? { title: data.title, summary: data.summary };
  return {
    id: post.id,
    href: paths.post(post.id),
    title: texts.title,
    summary: texts.summary,
    textLanguage: texts.language,
    date: data.date,
    dateLabel: locale.formatDate(data.date),
    clusterName: context.clusterNames.get(data.cluster.id) ?? data.cluster.id,
    clusterHref: paths.cluster(data.cluster.id),
    place: locale.formatPlace(data.event),
    eventLabel: `${locale.t.eventKinds[data.event.kind]}, ${locale.formatDateRange(data.event.start, data.event.end)}`,
  };
}
