/**
 * A country's flag as an SVG image (emoji flags do not render on Windows or on many projector
 * laptops). Every flag is a separate asset: only the flags on screen are ever downloaded. The
 * offline single-file build (src/build/offline-plugin.ts) loads these imports as data: URIs
 * instead, for the dataset's countries only; the others are undefined there (no flag shown).
 */
const FLAG_URLS = import.meta.glob<string>('../../node_modules/flag-icons/flags/4x3/*.svg', {
  // no-inline: small SVGs would otherwise be inlined into the first-load bundle, all 270 of them.
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

const flagUrl = (code: string): string | undefined =>
  FLAG_URLS[`../../node_modules/flag-icons/flags/4x3/${code.toLowerCase()}.svg`];

/** The flag of `code` (ISO alpha-2); decorative when the country's name is written beside it. */
export const Flag = ({
  code,
  name,
  decorative = false,
}: {
  code: string;
  name: string;
  decorative?: boolean;
}) => {
  const url = flagUrl(code);
  if (!url) return <span className="flag flag-missing">{decorative ? '' : code}</span>;
  return (
    <img
      className="flag"
      src={url}
      alt={decorative ? '' : `Flag of ${name}`}
      width={20}
      height={15}
      loading="lazy"
      decoding="async"
    />
  );
};
