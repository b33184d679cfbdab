/** Article parsing: raw files → ParsedArticle (title, publication day, cleaned text, sentences). */
export { decodeArticleBytes, MAX_ARTICLE_BYTES, type DecodeResult } from './decode';
export { parseArticle } from './parse-article';
export { splitSentences } from './sentences';
export { findDateline, isDateOnlyLine, parseExplicitDate, type Dateline } from './dateline';
export { readFrontMatter, type FrontMatter } from './front-matter';
export {
  htmlToText,
  cleanHtmlRemnants,
  hasHtmlRemnants,
  looksLikeHtmlDocument,
  type HtmlText,
} from './html';
export { markdownToText, type MarkdownText } from './markdown';
export { isBoilerplateLine } from './boilerplate';
export { removeRepeatedLines, lineKey, type RepeatOptions } from './line-keys';
export { findTitleIndex, isHeadlineLike } from './title';
