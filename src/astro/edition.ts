import type { Language } from '../i18n/languages.ts';
import { toNewsCard, type CardTexts } from '../lib/news-card.ts';
import { nameIn as nameInLanguage } from '../lib/names-in-language.ts';
import type { NewsPost } from '../lib/news-post.ts';
import { getClusters, getTranslations, type ClusterEntry, type NewsEntry, type PartnerEntry, type TranslationEntry } from './collections.ts';
import { DEFAULT_LANGUAGE, contextFor, type PageContext } from './site.ts';

/** A post's texts as a page of one language shows them. */
export interface PostTexts extends CardTexts {
  eventName: string;
  /** The translation shown, when there is one. */
  translation: TranslationEntry | undefined;
}

/** One language's edition of the site: its page context and the content's names and texts in it. */
export interface Edition extends PageContext {
  /** A cluster's full and short name in this language. */
  nameCluster(cluster: ClusterEntry): { name: string; shortName: string; description: string; textLanguage: string | undefined };
  /** A partner's name in this language. */
  namePartner(partner: PartnerEntry): string;
  /** A post's title, summary and event name in this language, or its own with their language. */
  textsOf(post: NewsPost): PostTexts;
  /** A name as this language writes it: transliterated from Bulgarian content, unchanged otherwise. */
  nameInScript(name: string): string;
  /** List cards of posts, for this language's pages. */
  toCards(posts: readonly NewsEntry[]): ReturnType<typeof toNewsCard>[];
}

/** A name in the edition's language, from content in the site's default language (see `nameIn`). */
const nameIn = (language: Language, name: string, translated: string | undefined) => nameInLanguage(name, translated, language, DEFAULT_LANGUAGE);

const editions = new Map<Language, Promise<Edition>>();

/** The edition of a language, made once per build. */
export function getEdition(language: Language): Promise<Edition> {
  let edition = editions.get(language);
  if (!edition) {
    edition = makeEdition(language);
    editions.set(language, edition);
  }
  return edition;
}

async function makeEdition(language: Language): Promise<Edition> {
  const context = contextFor(language);
  const clusters = await getClusters();
  const translations = language === DEFAULT_LANGUAGE ? new Map<string, TranslationEntry>() : await getTranslations(language);
  const nameCluster = (cluster: ClusterEntry) => {
    const own = cluster.data.translations[language];
    return {
      name: nameIn(language, cluster.data.name, own?.name),
      shortName: nameIn(language, cluster.data.shortName, own?.shortName),
      description: own?.description ?? cluster.data.description,
      textLanguage: language === DEFAULT_LANGUAGE || own ? undefined : DEFAULT_LANGUAGE,
    };
  };
  const shortNames = new Map(clusters.map((cluster) => [cluster.id, nameCluster(cluster).shortName]));
  const inScript = new Map<string, string>();
  const textsOf = (post: NewsPost): PostTexts => {
    const translation = translations.get(post.id);
    if (translation) return { title: translation.data.title, summary: translation.data.summary, eventName: translation.data.event.name, translation };
    const foreign = language === DEFAULT_LANGUAGE ? undefined : DEFAULT_LANGUAGE;
    return { title: post.data.title, summary: post.data.summary, eventName: post.data.event.name, language: foreign, translation: undefined };
  };
  return {
    ...context,
    nameCluster,
    namePartner: (partner) => nameIn(language, partner.data.name, partner.data.translations[language]?.name),
    nameInScript: (name) => {
      // People recur across thousands of pages: each name is written once.
      let written = inScript.get(name);
      if (written === undefined) inScript.set(name, (written = nameIn(language, name, undefined)));
      return written;
    },
    textsOf,
    toCards: (posts) => posts.map((post) => toNewsCard(post, { locale: context, paths: context.paths, clusterNames: shortNames, textsOf })),
  };
}
