import { describe, expect, it } from 'vitest';
import { latinToCyrillic } from '../../../src/lib/search/latin-to-cyrillic.ts';
import { joinIndexKeys, makeIndexKeys } from '../../../src/lib/search/index-keys.ts';
import { prepareQuery } from '../../../src/lib/search/prepare-query.ts';
import { toSearchKey, tokenize } from '../../../src/lib/search/search-key.ts';
import { transliterate } from '../../../src/lib/transliterate.ts';

describe('latinToCyrillic', () => {
  it.each([
    ['solun', 'солун'],
    ['toronto', 'торонто'],
    ['antverpen', 'антверпен'],
    ['filipov', 'филипов'],
    ['shtastie', 'щастие'],
    ['zhivot', 'живот'],
    ['tsvetan', 'цветан'],
    ['sofia', 'софия'],
    ['yulia', 'юлия'],
    ['bulgaria', 'българия'],
  ])('reads the official spelling %s as %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it.each([
    ['4erven', 'червен'],
    ['6ipka', 'шипка'],
    ['wiktor', 'виктор'],
    ['qvor', 'явор'],
    ['jana', 'яна'],
    ['juli', 'юли'],
    ['xaskovo', 'хасково'],
    ['cvetan', 'цветан'],
  ])('reads the informal spelling %s as %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('keeps numbers as numbers', () => {
    expect(latinToCyrillic('2019')).toBe('2019');
  });

  it('round-trips with the official transliteration for plain words', () => {
    for (const word of ['солун', 'торонто', 'живот', 'шипка', 'цветан']) {
      expect(latinToCyrillic(transliterate(word))).toBe(word);
    }
  });
});

describe('toSearchKey', () => {
  it.each([
    ['министри', 'министър'],
    ['Солун', 'solun'],
    ['Торонто', 'toronto'],
    ['Антверпен', 'antverpen'],
    ['Филипов', 'filipov'],
    ['България', 'balgaria'],
    ['България', 'bulgaria'],
    ['клъстерите', 'клъстер'],
    ['клъстери', 'клъстерът'],
    ['конференцията', 'конференция'],
    ['конференции', 'конференция'],
    ['споразумения', 'споразумение'],
    ['срещата', 'среща'],
    ['CHORUS', 'chorus'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(toSearchKey(a)).toBe(toSearchKey(b));
  });

  it('writes keys in ASCII so Pagefind needs no Cyrillic handling for them', () => {
    expect(toSearchKey('Щастливците')).toMatch(/^[a-z]+$/);
  });

  it('keeps years as they are', () => {
    expect(toSearchKey('2019')).toBe('2019');
  });
});

describe('tokenize', () => {
  it('splits on spaces, hyphens and punctuation and lowers case', () => {
    expect(tokenize('ЕС-Канада, „Open Days 2012“!')).toEqual(['ес', 'канада', 'open', 'days', '2012']);
  });
});

describe('prepareQuery', () => {
  it('drops stopwords: „среща в Солун" searches as „среща Солун"', () => {
    expect(prepareQuery('среща в Солун')).toEqual(prepareQuery('среща Солун'));
    expect(prepareQuery('среща в Солун').words).toEqual(['среща', 'солун']);
  });

  it('keeps a query made only of stopwords', () => {
    expect(prepareQuery('и').keys).toHaveLength(1);
  });

  it('turns an empty query into browsing by filters', () => {
    expect(prepareQuery('   ').pagefindQuery).toBeNull();
  });

  it('asks Pagefind for the keys the index holds', () => {
    const index = makeIndexKeys(['Канадският министър по иновациите']).split(' ');
    for (const key of prepareQuery('министри иновации').keys) {
      expect(index.some((indexed) => indexed.startsWith(key))).toBe(true);
    }
  });

  it('matches a word typed half-way, as search-as-you-type needs', () => {
    const index = makeIndexKeys(['Антверпен']).split(' ');
    const [key] = prepareQuery('антвер').keys;
    expect(index.some((indexed) => indexed.startsWith(key!))).toBe(true);
  });
});

describe('makeIndexKeys', () => {
  it('keeps repeats so Pagefind still sees how often a word occurs, and skips stopwords', () => {
    expect(makeIndexKeys(['срещи и срещата в Солун'])).toBe('sresht sresht solun');
  });
});

describe('joinIndexKeys', () => {
  it('joins keys made apart into the keys made at once, empty texts included', () => {
    const body = 'Срещата в Солун събра клъстери от три държави.';
    const rest = ['', 'Среща с гръцкия Клъстер CHORUS', 'и', 'Солун'];
    expect(joinIndexKeys(makeIndexKeys([body]), makeIndexKeys(rest))).toBe(makeIndexKeys([body, ...rest]));
    expect(joinIndexKeys(makeIndexKeys(['']), makeIndexKeys(rest))).toBe(makeIndexKeys(rest));
  });
});
