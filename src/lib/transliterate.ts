/**
 * Bulgarian Cyrillic to Latin by the official system of the Transliteration Act (2009),
 * written here because the npm transliterators use Russian tables (щ → shch, ъ → ').
 */
const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};

// The Act's rule for the end of a word: „ия" is „ia" (София → Sofia, Мария → Maria).
const WORD_FINAL_IYA = /ия(?!\p{L})/giu;
// The Act names one word outright: България is Bulgaria, not Balgaria.
const BULGARIA = /(?<!\p{L})българия(?!\p{L})/giu;

function transliterateChar(char: string): string {
  const lower = char.toLowerCase();
  const latin = TABLE[lower];
  if (latin === undefined) return char;
  if (char === lower) return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** Transliterates Bulgarian text to Latin letters; other characters pass through unchanged. */
export function transliterate(text: string): string {
  const withExceptions = text
    .replace(BULGARIA, (match) => (match === match.toUpperCase() ? 'BULGARIA' : 'Bulgaria'))
    .replace(WORD_FINAL_IYA, (match) =>
    match === match.toUpperCase() ? 'IA' : match[0] === 'И' ? 'Ia' : 'ia',
  );
  let result = '';
  for (let i = 0; i < withExceptions.length; i++) {
    const char = withExceptions[i] as string;
    const latin = transliterateChar(char);
    // An upper-case digraph inside an all-caps word stays all caps: ЩИТ → SHTIT.
    const next = withExceptions[i + 1];
    const inCapsWord = char !== char.toLowerCase() && next !== undefined && next !== next.toLowerCase();
    result += inCapsWord ? latin.toUpperCase() : latin;
  }
  return result;
}
