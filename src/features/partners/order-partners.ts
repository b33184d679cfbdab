/** The order of the partner cards: the IP4 first, then the allies, then everyone else. */
import type { CountrySummary } from '../../data/schema';
import { partnerRole, type PartnerKind } from '../../shared/nato-membership';

const GROUP_RANK: Record<PartnerKind, number> = { ip4: 0, ally: 1, other: 2 };

/** Countries by group, then most mentioned first, then by name, e.g. [US, NZ, UA] → [NZ, US, UA]. */
export const orderPartners = (countries: readonly CountrySummary[]): CountrySummary[] =>
  [...countries].sort(
    (a, b) =>
      GROUP_RANK[partnerRole(a.code).kind] - GROUP_RANK[partnerRole(b.code).kind] ||
      b.mentions - a.mentions ||
      a.name.localeCompare(b.name),
  );
