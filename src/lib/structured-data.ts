import type { BreadcrumbList, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import type { Locale } from '../i18n/locale.ts';
import type { NewsPost } from './news-post.ts';

interface OrganisationInput {
  url: string;
  name: string;
  country?: string;
  website?: string | undefined;
}

/** A schema.org Organization for a cluster or a partner. */
export function toOrganization(input: OrganisationInput): Organization {
  return {
    '@type': 'Organization',
    '@id': input.url,
    name: input.name,
    url: input.website ?? input.url,
    ...(input.country && input.country !== 'EU'
      ? { address: { '@type': 'PostalAddress', addressCountry: input.country } }
      : {}),
  };
}

/** The cluster page's JSON-LD. */
export function makeClusterJsonLd(cluster: OrganisationInput & { description: string; city?: string | undefined }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': cluster.url,
    name: cluster.name,
    url: cluster.website ?? cluster.url,
    description: cluster.description,
    address: { '@type': 'PostalAddress', ...(cluster.city ? { addressLocality: cluster.city } : {}), addressCountry: 'BG' },
  } satisfies WithContext<Organization>;
}

/** Everything a post page's JSON-LD needs, with absolute URLs. */
export interface PostJsonLdInput {
  post: NewsPost;
  url: string;
  image: string;
  cluster: OrganisationInput;
  partners: OrganisationInput[];
  breadcrumbs: { name: string; url: string }[];
  /** The page's language: place and country names. */
  locale: Locale;
  /** The article's texts where the page shows a translation; the post's own otherwise. */
  texts?: { title: string; summary: string; eventName: string; people: { role?: string | undefined; organisation?: string | undefined }[] };
  /** The language of the article's text (`inLanguage`). */
  language: string;
  /** The original's URL, for a translation. */
  translationOf?: string | undefined;
}

/**
 * The post page's JSON-LD: a NewsArticle about the Event it reports (with place,
 * organiser and the people it names), the cluster and partners as Organizations, and
 * a BreadcrumbList.
 */
export function makePostJsonLd(input: PostJsonLdInput): WithContext<NewsArticle | BreadcrumbList>[] {
  const { data } = input.post;
  const texts = input.texts;
  const publisher = toOrganization(input.cluster);
  const attendees: (Person | Organization)[] = [
    ...data.people.map((original, index): Person => {
      const person = { ...original, ...texts?.people[index] };
      return {
        '@type': 'Person',
        name: person.name,
        ...(person.role ? { jobTitle: person.role } : {}),
        ...(person.organisation ? { affiliation: { '@type': 'Organization', name: person.organisation } } : {}),
      };
    }),
    ...input.partners.map(toOrganization),
  ];
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: texts?.title ?? data.title,
    description: texts?.summary ?? data.summary,
    datePublished: data.date,
    dateModified: data.date,
    inLanguage: input.language,
    ...(input.translationOf ? { translationOfWork: { '@id': `${input.translationOf}#article` } } : {}),
    image: input.image,
    author: publisher,
    publisher,
    keywords: data.topics.join(', '),
    about: {
      '@type': 'Event',
      name: texts?.eventName ?? data.event.name,
      startDate: data.event.start,
      endDate: data.event.end ?? data.event.start,
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: input.locale.formatPlace(data.event),
        address: { '@type': 'PostalAddress', addressLocality: input.locale.nameCity(data.event.city), addressCountry: data.event.country },
      },
      organizer: publisher,
      ...(attendees.length ? { attendee: attendees } : {}),
    },
  } satisfies WithContext<NewsArticle>;
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: input.breadcrumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  } satisfies WithContext<BreadcrumbList>;
  return [article, breadcrumbs];
}

/** JSON for a `<script type="application/ld+json">`, safe to put inside HTML. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
