import { describe, expect, it } from 'vitest';
import { stemBulgarian } from '../../../src/lib/search/stem-bulgarian.ts';

describe('stemBulgarian', () => {
  it.each([
    // Lucene's own examples: plural, article and the dropped ъ all meet on one stem
    ['компютри', 'компютр'],
    ['компютър', 'компютр'],
    ['компютрите', 'компютр'],
    ['компютърът', 'компютр'],
    ['градове', 'град'],
    ['градът', 'град'],
    ['вестници', 'вестник'],
    ['вестниците', 'вестник'],
    // Words of the archive
    ['министри', 'министр'],
    ['министър', 'министр'],
    ['данъци', 'данък'],
    ['среща', 'срещ'],
    ['срещата', 'срещ'],
    ['срещите', 'срещ'],
    ['партньорите', 'партньор'],
    ['клъстерът', 'клъстер'],
    ['клъстера', 'клъстер'],
    // Savoy's е → я rule for „-ери" plurals, as Lucene has it (search keys fold it back)
    ['клъстери', 'клъстяр'],
    // Words shorter than four letters stay as they are
    ['ес', 'ес'],
    ['юни', 'юни'],
  ])('stems %s to %s', (word, stem) => {
    expect(stemBulgarian(word)).toBe(stem);
  });

  it('never throws on common words, unlike @orama/stemmers', () => {
    for (const word of ['данъци', 'и', 'съм', 'българия', 'щщщщ', 'ъъъъъъ', 'а']) {
      expect(() => stemBulgarian(word)).not.toThrow();
    }
  });
});
