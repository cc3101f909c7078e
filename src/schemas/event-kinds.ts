/** The kinds of event a news post can report, with their Bulgarian labels. */
export const EVENT_KINDS = {
  meeting: 'среща',
  'partnership-meeting': 'партньорска среща',
  conference: 'конференция',
  matchmaking: 'бизнес срещи',
  forum: 'форум',
  training: 'обучение',
  expo: 'изложение',
  visit: 'посещение',
} as const;

export type EventKind = keyof typeof EVENT_KINDS;

export const EVENT_KIND_IDS = Object.keys(EVENT_KINDS) as [EventKind, ...EventKind[]];
