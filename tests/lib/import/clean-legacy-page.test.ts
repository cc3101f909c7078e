import { describe, expect, it } from 'vitest';
import { cleanLegacyPage, isGalleryLine } from '../../../src/lib/import/clean-legacy-page.ts';

const sofiaTemplate = `Image

Всички новини

Заглавие на новината

Заглавие на новината

Първи абзац.

Photo_Cluster_Chorus3.jpg


Блог публикации

© 2024 СОФИЯ - Град на знанието - клъстер.
Image`;

const greenTemplate = `Заглавие на новината

8
Съседна новина с дата
14.11.2017
maxresdefault
Друга съседна новина
18.12.2017
Покажи всички

Заглавие на новината

1

Първи абзац.

2 3 7d86c9f5970865e99bd66d4e5c6a0791__DI_1244-08denoviembrede2017 question_5__1`;

const blackSeaTemplate = `Заглавие на новината

Първи абзац.

Дата: 15.10.2012г.`;

describe('cleanLegacyPage', () => {
  it.each([
    ['Sofia', sofiaTemplate],
    ['Green Synergy', greenTemplate],
    ['Black Sea', blackSeaTemplate],
  ])('takes title and text out of the %s template', (_name, raw) => {
    const page = cleanLegacyPage(raw);
    expect(page.title).toBe('Заглавие на новината');
    expect(page.lines).toEqual(['Първи абзац.']);
  });

  it('removes site navigation and keeps the footer apart', () => {
    const page = cleanLegacyPage(sofiaTemplate);
    expect(page.footer).toEqual(['© 2024 СОФИЯ - Град на знанието - клъстер.']);
    expect(page.removed.join(' ')).toContain('навигация');
  });

  it('removes neighbour-post teasers with their dates', () => {
    const page = cleanLegacyPage(greenTemplate);
    expect(page.lines.join(' ')).not.toMatch(/Съседна|14\.11\.2017|18\.12\.2017/);
    expect(page.removed.join(' ')).toContain('съседни новини');
  });

  it('reads and removes the „Дата:" line', () => {
    const page = cleanLegacyPage(blackSeaTemplate);
    expect(page.dateLine).toBe('15.10.2012');
  });

  it('keeps a photo caption, which is text, but not file names', () => {
    const page = cleanLegacyPage('Заглавие\n\nСнимка: Приятелска вечеря\n\n Делова_вечеря.jpeg\n');
    expect(page.lines).toEqual(['Снимка: Приятелска вечеря']);
  });
});

describe('isGalleryLine', () => {
  it.each(['8', '2 3', 'Photo_Cluster_Chorus3.jpg', 'Делова_вечеря.jpeg', 'maxresdefault', 'question_5__1'])(
    'recognises „%s" as gallery debris',
    (line) => expect(isGalleryLine(line)).toBe(true),
  );

  it.each(['Първи абзац.', 'CHORUS Cluster', '2019 г.', 'SCALE.AI'])('keeps „%s"', (line) => {
    expect(isGalleryLine(line)).toBe(false);
  });
});
