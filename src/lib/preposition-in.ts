/** Bulgarian „в“ before a name, „във“ where the name starts with в or ф: „в София“, „във Варна“. */
export function prepositionIn(name: string): string {
  return /^[вф]/i.test(name) ? `във ${name}` : `в ${name}`;
}
