import { EVENT_KIND_IDS } from '../schemas/event-kinds.ts';
import { UNFINISHED_MARKER } from '../schemas/unfinished.ts';

/**
 * The text of a new post: every field of the news schema, each with a Bulgarian comment.
 * What the scaffold cannot know (the cluster, unless given, and the event's kind, day and
 * place) is the unfinished marker, never a guess, so a forgotten field cannot be published.
 */
export function renderNewPost({ title, date, cluster, clusters }: { title: string; date: string; cluster?: string; clusters: readonly string[] }): string {
  const quoted = JSON.stringify(title);
  return `---
# Заглавие, както ще се вижда на сайта.
title: ${quoted}
# Дата на публикуване: ГГГГ-ММ-ДД.
date: ${date}
# Едно-две изречения за списъците, абонаментите и търсачките.
summary: "${UNFINISHED_MARKER}: резюме от едно-две изречения"
# Клъстерът, който публикува новината: ${clusters.join(', ')}.
cluster: ${cluster ?? UNFINISHED_MARKER}
# Партньорите от новината (имена на файлове от content/partners/), напр. [chorus-cluster].
partners: []
# Събитието, за което е новината.
event:
  # Името на събитието.
  name: "${UNFINISHED_MARKER}: име на събитието"
  # Вид: ${EVENT_KIND_IDS.join(', ')}.
  kind: ${UNFINISHED_MARKER}
  # Първият ден: ГГГГ-ММ-ДД.
  start: ${UNFINISHED_MARKER}
  # Последният ден на многодневно събитие; махнете реда за еднодневно.
  # end: ГГГГ-ММ-ДД
  # Градът, на български.
  city: ${UNFINISHED_MARKER}
  # Държавата: двубуквен код (BG, GR, BE…).
  country: ${UNFINISHED_MARKER}
# Хората от новината: name, role, organisation.
people: []
# Теми с малки букви, напр. [кръгова икономика].
topics: []
# Снимки: src (файлът до новината) и alt (какво има на снимката; задължително).
images: []
# Откъде е текстът: name и по желание url.
# source:
#   name: Сайт на клъстера
# Чернова: не се публикува никъде. Махнете реда, когато новината е готова.
draft: true
---

${UNFINISHED_MARKER}: текстът на новината. Празен ред разделя абзаците.
`;
}
