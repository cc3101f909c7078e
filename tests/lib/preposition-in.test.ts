import { describe, expect, it } from 'vitest';
import { prepositionIn } from '../../src/lib/preposition-in.ts';

describe('prepositionIn', () => {
  it('writes „във“ before в and ф, „в“ elsewhere', () => {
    expect(prepositionIn('Варна')).toBe('във Варна');
    expect(prepositionIn('Франкфурт')).toBe('във Франкфурт');
    expect(prepositionIn('София')).toBe('в София');
    expect(prepositionIn('Вашингтон')).toBe('във Вашингтон');
    expect(prepositionIn('Атина')).toBe('в Атина');
  });
});
