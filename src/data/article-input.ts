/**
 * Dataset article → ArticleInput: lets the browser re-extract a dataset's articles together with
 * new ones, so that an added article about the same summit merges into the existing event.
 */
import type { ArticleInput } from './dataset';
import type { DatasetArticle } from './schema';

/** What a front matter block declares. */
export interface FrontMatterFields {
  title: string | null;
  /** YYYY-MM-DD, or null to leave the date out. */
  published: string | null;
}

/**
 * A YAML scalar in single quotes, which the front matter reader unquotes with no escapes other
 * than '' → ': nothing a title holds (#, :, ", \) can change its meaning. The reader works line
 * by line, so a line break becomes a space.
 */
const yamlQuote = (value: string): string =>
  `'${value.replace(/\s*\n\s*/g, ' ').replace(/'/g, "''")}'`;

/** The text with a YAML front matter block before it, e.g. "---\ntitle: 'X'\npublished: 2023-05-16\n---\n\nBody". */
export const withFrontMatter = ({ title, published }: FrontMatterFields, body: string): string => {
  const lines = ['---'];
  if (title) lines.push(`title: ${yamlQuote(title)}`);
  if (published) lines.push(`published: ${published}`);
  // An empty block would read as a horizontal rule, not front matter: the body stands alone.
  if (lines.length === 1) return body;
  lines.push('---', '', body);
  return lines.join('\n');
};

/** "reuters/story.txt" → "reuters/story.md": the extension changes, so the article id does not. */
const markdownSource = (source: string): string => `${source.replace(/\.[^./\\]*$/, '')}.md`;

/**
 * A Dataset article as an input that re-extracts to the same title, publication date and text:
 * a `.md` source whose front matter states the title and date, then the cleaned text.
 */
export const articleInputFromDataset = (article: DatasetArticle): ArticleInput => ({
  source: markdownSource(article.source),
  text: withFrontMatter({ title: article.title, published: article.published }, article.text),
});
