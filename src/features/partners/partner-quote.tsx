import type { PartnerQuote as Quote } from './partner-summaries';

/** The country's representative sentence, attributed to the article it comes from. */
export const PartnerQuote = ({ quote }: { quote: Quote }) => (
  <figure className="partner-quote">
    <blockquote>
      <p>{quote.sentence}</p>
    </blockquote>
    <figcaption>
      — <cite>{quote.title}</cite>
      {quote.title !== quote.source && (
        <span className="partner-quote-source"> ({quote.source})</span>
      )}
    </figcaption>
  </figure>
);
