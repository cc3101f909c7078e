/** One page of each kind, as paths below the base: what the browser checks visit. */
export const PAGE_TYPES = {
  home: '',
  archive: 'news/',
  year: 'news/2019/',
  post: 'news/uspeshno-priklyuchi-klasternata-sreshta-es-kanada/',
  clusters: 'clusters/',
  cluster: 'clusters/sofia-grad-na-znanieto/',
  partners: 'partners/',
  partner: 'partners/european-commission/',
  topic: 'topics/interreg/',
  search: 'search/?q=solun',
  map: 'map/',
  timeline: 'timeline/',
  missing: '404.html',
} as const;

export type PageType = keyof typeof PAGE_TYPES;
