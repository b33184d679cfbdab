/** Pasted text as a file, so that it takes the same path (checks, messages) as a picked one. */
import { withFrontMatter } from '../../data/article-input';

/** What the paste form collects. */
export interface PastedArticle {
  title: string;
  /** YYYY-MM-DD or "". */
  published: string;
  text: string;
}

/** "Talks in Canberra!" → "talks-in-canberra.txt": a file name the messages can name. */
const pastedFileName = (title: string): string => {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${slug || 'pasted-text'}.txt`;
};

/**
 * Pasted text, as a file: it then takes the same path as a picked one. Front matter carries the
 * title and date (the data module honours it in .txt files too).
 */
export const pastedArticleFile = ({ title, published, text }: PastedArticle): File => {
  const body =
    text.trim() === ''
      ? ''
      : withFrontMatter({ title: title.trim() || null, published: published || null }, text);
  return new File([body], pastedFileName(title), { type: 'text/plain' });
};
