import { describe, expect, it } from 'vitest';
import { clusterSchema } from '../../src/schemas/cluster.ts';
import { isCalendarDate } from '../../src/schemas/iso-date.ts';
import { createNewsSchema, type NewsInput } from '../../src/schemas/news.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';

const schema = createNewsSchema();

const valid: NewsInput = {
  title: 'Успешно приключи клъстерната среща ЕС-Канада',
  date: '2019-06-07',
  summary: 'Клъстерът участва в срещата в Торонто.',
  cluster: 'sofia-grad-na-znanieto',
  partners: ['eccp'],
  event: {
    name: 'EU-Canada Cluster Matchmaking Event 2019',
    kind: 'matchmaking',
    start: '2019-06-05',
    end: '2019-06-07',
    city: 'Торонто',
    country: 'CA',
  },
};

function issuesOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('news schema', () => {
  it('accepts a complete post and fills the optional lists', () => {
    const data = schema.parse(valid);
    expect(data.cluster).toEqual({ collection: 'clusters', id: 'sofia-grad-na-znanieto' });
    expect(data.partners).toEqual([{ collection: 'partners', id: 'eccp' }]);
    expect(data).toMatchObject({ people: [], topics: [], images: [], draft: false });
  });

  it.each([
    ['title', { ...valid, title: '  ' }],
    ['date', { ...valid, date: '2023-02-31' }],
    ['date', { ...valid, date: '07.06.2019' }],
    ['summary', { ...valid, summary: undefined }],
    ['cluster', { ...valid, cluster: '  ' }],
    ['partners.0', { ...valid, partners: [7] }],
    ['event.end', { ...valid, event: { ...valid.event, end: '2019-06-01' } }],
    ['event.country', { ...valid, event: { ...valid.event, country: 'Canada' } }],
    ['event.country', { ...valid, event: { ...valid.event, country: 'XX' } }],
    ['event.kind', { ...valid, event: { ...valid.event, kind: 'party' } }],
    ['images.0.alt', { ...valid, images: [{ src: './snimka.jpg' }] }],
    ['source.url', { ...valid, source: { name: 'Сайт', url: 'javascript:alert(1)' } }],
    ['', { ...valid, extra: 1 }],
  ])('rejects a bad %s', (path, input) => {
    expect(issuesOf(input)).toContain(path);
  });

  it('accepts a one-day event without an end', () => {
    const { end: _end, ...oneDay } = valid.event;
    expect(issuesOf({ ...valid, event: oneDay })).toEqual([]);
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2022-09-14'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['2023-02-29', '1900-02-29', '2023-02-31', '2023-13-01', '2023-00-10', '2023-1-5', ''])(
    'rejects %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
});

describe('cluster and partner schemas', () => {
  it('accept a cluster without city or website', () => {
    expect(clusterSchema.safeParse({ name: 'Клъстер', shortName: 'К', description: 'Описание.' }).success).toBe(true);
  });

  it('reject a partner of an unknown kind or country', () => {
    expect(partnerSchema.safeParse({ name: 'X', country: 'GR', kind: 'friend' }).success).toBe(false);
    expect(partnerSchema.safeParse({ name: 'X', country: 'Greece', kind: 'cluster' }).success).toBe(false);
    expect(partnerSchema.safeParse({ name: 'X', country: 'EU', kind: 'network' }).success).toBe(true);
  });
});
