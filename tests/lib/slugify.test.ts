import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../src/lib/slugify.ts';
import { ID_PATTERN } from '../../src/schemas/id.ts';

describe('slugify', () => {
  it.each([
    ['Среща с гръцкия Клъстер CHORUS в Солун', 'sreshta-s-gratskia-klaster-chorus-v-solun'],
    ['Успешно приключи клъстерната среща ЕС-Канада', 'uspeshno-priklyuchi-klasternata-sreshta-es-kanada'],
    ['Клъстерите в България', 'klasterite-v-bulgaria'],
    ['„Еко-клъстерите“: 2012 г.', 'eko-klasterite-2012-g'],
  ])('turns %s into %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Представители на Черноморски Енергиен Клъстер взеха участие в международна конференция',
    );
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('predstaviteli-na-chernomorski-energien-klaster-vzeha');
  });

  it('always yields a valid id for text with letters', () => {
    for (const title of ['Нов проект по програма Еразъм+ – ETV 4 Innovation', 'Ça va, Zürich!']) {
      expect(slugify(title)).toMatch(ID_PATTERN);
    }
  });

  it('drops accents from Latin letters', () => {
    expect(slugify('Ça va, Zürich!')).toBe('ca-va-zurich');
  });
});
