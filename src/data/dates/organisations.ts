/**
 * Founding years of organisations whose anniversaries date a story ("NATO's 75th anniversary"
 * → 2024). Editable data: add an organisation with the names the press uses for it.
 */
export const FOUNDING_YEARS: ReadonlyArray<{ names: readonly string[]; founded: number }> = [
  {
    names: ['NATO', 'the North Atlantic Treaty Organization', 'the Alliance', 'the alliance'],
    founded: 1949,
  },
  { names: ['the United Nations', 'the UN', 'the U.N.'], founded: 1945 },
  { names: ['ASEAN'], founded: 1967 },
  { names: ['ANZUS'], founded: 1951 },
  { names: ['the European Union', 'the EU'], founded: 1993 },
  { names: ['the OSCE'], founded: 1975 },
  { names: ['the Quad'], founded: 2007 },
  { names: ['AUKUS'], founded: 2021 },
];
