/**
 * Latin letters drawn like Cyrillic ones, lower case. A word typed with a keyboard layout
 * switched halfway („Cолун" with a Latin C) looks right and matches nothing.
 */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

const CYRILLIC_TO_LATIN = Object.fromEntries(Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]));

const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * Writes a lower-case word that mixes Cyrillic and Latin letters in the script most of its
 * letters are in, where a look-alike letter exists („cолун" → „солун", „interrеg" with a
 * Cyrillic е → „interreg"). A word in one script comes back unchanged.
 */
export function foldLookAlikes(word: string): string {
  const cyrillic = word.match(CYRILLIC)?.length ?? 0;
  const latin = word.match(LATIN)?.length ?? 0;
  if (!cyrillic || !latin) return word;
  const table = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  return [...word].map((letter) => table[letter] ?? letter).join('');
}
