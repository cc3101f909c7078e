/**
 * Reads a Latin-letter query as Bulgarian: the official 2009 system backwards plus the
 * informal spellings people type („4" for ч, „6" for ш, w for в, q/ja for я, ju for ю,
 * x for х, c for ц). Ambiguous letters take their commonest reading (a → а, y → й);
 * search keys fold the ambiguity away again (see `toSearchKey`).
 */
const SEQUENCES: [string, string][] = [
  ['bulgaria', 'българия'],
  ['sht', 'щ'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['iya', 'ия'],
  ['ia', 'ия'],
  ['ya', 'я'],
  ['ja', 'я'],
];

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'я', r: 'р', s: 'с', t: 'т',
  u: 'у', v: 'в', w: 'в', x: 'х', y: 'й', z: 'з', '4': 'ч', '6': 'ш',
};

/** Converts a lower-case Latin word to Cyrillic; characters it does not know pass through. */
export function latinToCyrillic(word: string): string {
  // Digits stand for letters only inside words: „4etiri", but not „2019".
  const hasLetters = /[a-z]/.test(word);
  let result = '';
  let i = 0;
  while (i < word.length) {
    const sequence = SEQUENCES.find(([latin]) => word.startsWith(latin, i));
    if (sequence) {
      result += sequence[1];
      i += sequence[0].length;
      continue;
    }
    const char = word[i] as string;
    const isDigit = char === '4' || char === '6';
    result += isDigit && !hasLetters ? char : (LETTERS[char] ?? char);
    i += 1;
  }
  return result;
}
