/**
 * A light Bulgarian stemmer: a port of Lucene's BulgarianStemmer, itself the
 * algorithm of J. Savoy, „Searching Strategies for the Bulgarian Language" (2007).
 * Written here because Pagefind has no Bulgarian stemmer and the one in
 * `@orama/stemmers` throws on common words such as „данъци".
 * Input must be lower case; words shorter than four letters are left alone.
 */
export function stemBulgarian(word: string): string {
  let s = [...word];
  if (s.length < 4) return word;
  if (s.length > 5 && endsWith(s, 'ища')) return s.slice(0, -3).join('');

  s = removeArticle(s);
  s = removePlural(s);

  if (s.length > 3) {
    if (endsWith(s, 'я')) s = s.slice(0, -1);
    if (endsWith(s, 'а') || endsWith(s, 'о') || endsWith(s, 'е')) s = s.slice(0, -1);
  }
  if (s.length > 4 && endsWith(s, 'ен')) s = [...s.slice(0, -2), 'н'];
  if (s.length > 5 && s[s.length - 2] === 'ъ') s = [...s.slice(0, -2), s[s.length - 1] as string];
  return s.join('');
}

function endsWith(s: string[], suffix: string): boolean {
  return s.slice(-suffix.length).join('') === suffix;
}

function removeArticle(s: string[]): string[] {
  if (s.length > 6 && endsWith(s, 'ият')) return s.slice(0, -3);
  if (s.length > 5 && ['ът', 'то', 'те', 'та', 'ия'].some((suffix) => endsWith(s, suffix))) {
    return s.slice(0, -2);
  }
  if (s.length > 4 && endsWith(s, 'ят')) return s.slice(0, -2);
  return s;
}

function removePlural(s: string[]): string[] {
  if (s.length > 6) {
    if (endsWith(s, 'овци')) return s.slice(0, -3);
    if (endsWith(s, 'ове')) return s.slice(0, -3);
    if (endsWith(s, 'еве')) return [...s.slice(0, -3), 'й', s[s.length - 2] as string];
  }
  if (s.length > 5) {
    if (endsWith(s, 'ища')) return s.slice(0, -3);
    if (endsWith(s, 'та')) return s.slice(0, -2);
    if (endsWith(s, 'ци')) return [...s.slice(0, -2), 'к'];
    if (endsWith(s, 'зи')) return [...s.slice(0, -2), 'г'];
    if (s[s.length - 3] === 'е' && s[s.length - 1] === 'и') {
      return [...s.slice(0, -3), 'я', s[s.length - 2] as string];
    }
  }
  if (s.length > 4) {
    if (endsWith(s, 'си')) return [...s.slice(0, -2), 'х'];
    if (endsWith(s, 'и')) return s.slice(0, -1);
  }
  return s;
}
