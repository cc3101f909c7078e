import { describe, expect, it } from 'vitest';
import { getCountryName } from '../../src/lib/country-name.ts';
import { groupPartnersByCountry } from '../../src/lib/group-partners.ts';
import { chooseTopicName, getTopics } from '../../src/lib/topics.ts';
import { toNewsCard } from '../../src/lib/news-card.ts';
import { createPaths } from '../../src/lib/paths.ts';
import { makePost } from '../helpers/make-post.ts';
import { getLocale } from '../../src/i18n/locale.ts';

describe('getTopics', () => {
  it('collects each topic once with its posts, Cyrillic before Latin as Bulgarian collation has it', () => {
    const a = makePost('a', { topics: ['кръгова икономика', 'Interreg'] });
    const b = makePost('b', { topics: ['interreg', 'чиста енергия'] });
    const topics = getTopics([a, b]);
    expect(topics.map((topic) => [topic.slug, topic.posts.map((post) => post.id)])).toEqual([
      ['kragova-ikonomika', ['a']],
      ['chista-energia', ['b']],
      ['interreg', ['a', 'b']],
    ]);
  });
});

describe('topic names', () => {
  it('shows a topic as most of its posts spell it', () => {
    const posts = ['a', 'b', 'c'].map((id, i) => makePost(id, { topics: [i < 2 ? 'интелигентни градове' : 'Интелигентни Градове'] }));
    expect(getTopics(posts).map((topic) => topic.name)).toEqual(['интелигентни градове']);
  });

  it('prefers capitals on a tie: an acronym or a name is written so on purpose', () => {
    const posts = [makePost('a', { topics: ['ceta', 'open days'] }), makePost('b', { topics: ['CETA', 'Open Days'] })];
    expect(getTopics(posts).map((topic) => topic.name)).toEqual(['CETA', 'Open Days']);
    expect(chooseTopicName(new Map([['big data', 1], ['Big Data', 1]]))).toBe('Big Data');
  });
});

describe('groupPartnersByCountry', () => {
  it('groups partners under Bulgarian country names in alphabetical order', () => {
    const partner = (id: string, name: string, country: string) => ({ id, data: { name, country } });
    const groups = groupPartnersByCountry([
      partner('gaia', 'GAIA', 'ES'),
      partner('chorus', 'CHORUS Cluster', 'GR'),
      partner('amec', 'AMEC', 'ES'),
      partner('eccp', 'ECCP', 'EU'),
    ], getLocale('bg'));
    expect(groups.map((group) => [group.name, group.partners.map((p) => p.id)])).toEqual([
      ['Гърция', ['chorus']],
      ['Европейски съюз', ['eccp']],
      ['Испания', ['amec', 'gaia']],
    ]);
  });
});

describe('getCountryName', () => {
  it('names countries in the page’s language', () => {
    expect(['GR', 'BE', 'CA', 'EU'].map((code) => getCountryName(code, 'bg'))).toEqual(['Гърция', 'Белгия', 'Канада', 'Европейски съюз']);
    expect(['GR', 'BE', 'CA', 'EU'].map((code) => getCountryName(code, 'en-GB'))).toEqual(['Greece', 'Belgium', 'Canada', 'European Union']);
  });
});

describe('toNewsCard', () => {
  it('shows the date, the cluster name and the event in Bulgarian', () => {
    const post = makePost('sreshta', {
      date: '2019-06-07',
      cluster: 'sofia',
      event: { kind: 'matchmaking', start: '2019-06-05', end: '2019-06-07', city: 'Торонто', country: 'CA' },
    });
    const card = toNewsCard(post, { clusterNames: new Map([['sofia', 'София – град на знанието']]), paths: createPaths('/sub/'), locale: getLocale('bg') });
    expect(card).toMatchObject({
      href: '/sub/news/sreshta/',
      dateLabel: '7 юни 2019 г.',
      clusterName: 'София – град на знанието',
      clusterHref: '/sub/clusters/sofia/',
      place: 'Торонто, Канада',
      eventLabel: 'бизнес срещи, 5–7 юни 2019 г.',
    });
  });

  it('shows facts in English on an English page, and marks an untranslated title as Bulgarian', () => {
    const post = makePost('sreshta', { date: '2019-06-07', cluster: 'sofia', event: { kind: 'matchmaking', start: '2019-06-05', end: '2019-06-07', city: 'Торонто', country: 'CA' } });
    const card = toNewsCard(post, {
      clusterNames: new Map([['sofia', 'Sofia – City of Knowledge']]),
      paths: createPaths('/', 'en'),
      locale: getLocale('en'),
      textsOf: (entry) => ({ title: entry.data.title, summary: entry.data.summary, language: 'bg' }),
    });
    expect(card).toMatchObject({
      href: '/en/news/sreshta/',
      dateLabel: '7 June 2019',
      place: 'Toronto, Canada',
      eventLabel: 'matchmaking event, 5–7 June 2019',
      textLanguage: 'bg',
    });
  });
});
