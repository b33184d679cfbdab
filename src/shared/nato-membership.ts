/**
 * Who is who around the NATO table: the four Indo-Pacific partners (IP4) and the 32 allies with
 * the year each joined. Curated data, not extracted: membership changes rarely and the articles
 * never state it reliably.
 */

/** Australia, Japan, New Zealand and South Korea: invited to every summit since Madrid 2022. */
export const IP4_PARTNERS: readonly string[] = ['AU', 'JP', 'NZ', 'KR'];

/** NATO allies (ISO alpha-2) and their accession year. */
export const NATO_ACCESSION: ReadonlyMap<string, number> = new Map([
  ...(['US', 'CA', 'GB', 'FR', 'IT', 'NL', 'BE', 'LU', 'DK', 'NO', 'IS', 'PT'] as const).map(
    (code) => [code, 1949] as const,
  ),
  ['GR', 1952],
  ['TR', 1952],
  ['DE', 1955],
  ['ES', 1982],
  ['CZ', 1999],
  ['HU', 1999],
  ['PL', 1999],
  ...(['BG', 'EE', 'LV', 'LT', 'RO', 'SK', 'SI'] as const).map((code) => [code, 2004] as const),
  ['AL', 2009],
  ['HR', 2009],
  ['ME', 2017],
  ['MK', 2020],
  ['FI', 2023],
  ['SE', 2024],
]);

export type PartnerKind = 'ip4' | 'ally' | 'other';

export interface PartnerRole {
  kind: PartnerKind;
  /** What the card says, e.g. "IP4 partner" or "NATO ally since 1949". */
  label: string;
}

/** A country's relation to NATO, e.g. "NZ" → IP4 partner, "FI" → NATO ally since 2023. */
export const partnerRole = (code: string): PartnerRole => {
  const upper = code.toUpperCase();
  if (IP4_PARTNERS.includes(upper)) return { kind: 'ip4', label: 'IP4 partner' };
  const year = NATO_ACCESSION.get(upper);
  if (year !== undefined) return { kind: 'ally', label: `NATO ally since ${year}` };
  return { kind: 'other', label: 'Other' };
};
