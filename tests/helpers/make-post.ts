import type { NewsPost } from '../../src/lib/news-post.ts';
import type { NewsData } from '../../src/schemas/news.ts';

type Overrides = Partial<Omit<NewsData, 'cluster' | 'partners' | 'event'>> & {
  cluster?: string;
  partners?: string[];
  event?: Partial<NewsData['event']>;
};

/** A valid post for list and scoring tests; only what a test cares about needs saying. */
export function makePost(id: string, overrides: Overrides = {}): NewsPost {
  const { cluster = 'sofia', partners = [], event = {}, ...rest } = overrides;
  return {
    id,
    data: {
      title: `Новина ${id}`,
      date: '2024-01-01',
      summary: 'Кратко резюме.',
      people: [],
      topics: [],
      images: [],
      draft: false,
      ...rest,
      cluster: { collection: 'clusters', id: cluster },
      partners: partners.map((partner) => ({ collection: 'partners', id: partner })),
      event: {
        name: 'Събитие',
        kind: 'meeting',
        start: rest.date ?? '2024-01-01',
        city: 'София',
        country: 'BG',
        ...event,
      },
    },
  };
}
