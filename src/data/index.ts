/** The data module's public entry: article files in, a validated Dataset out. */
export {
  articleIds,
  assembleDataset,
  buildDataset,
  extractArticle,
  type ArticleInput,
  type BuildOptions,
  type ExtractedArticle,
} from './dataset';
export { decodeArticleBytes, MAX_ARTICLE_BYTES } from './article/index';
export {
  datasetSchema,
  type Dataset,
  type DatasetArticle,
  type DatasetEvent,
  type Mention,
  type Precision,
} from './schema';
export { TOPICS, topicLabel } from './topics';
export { countryName, countryFlag } from './countries';
