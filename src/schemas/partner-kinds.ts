/** The kinds of partner organisation, with their Bulgarian labels (plural for headings). */
export const PARTNER_KINDS = {
  cluster: 'клъстер',
  company: 'компания',
  university: 'университет',
  'public-body': 'публична институция',
  network: 'мрежа',
  programme: 'програма',
} as const;

export type PartnerKind = keyof typeof PARTNER_KINDS;

export const PARTNER_KIND_IDS = Object.keys(PARTNER_KINDS) as [PartnerKind, ...PartnerKind[]];
