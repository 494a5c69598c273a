/** The extractor's public face: one file, so what the import screen loads lazily is visible in one place. */
export { extractFacts, toFactsFile } from './extract';
export type { ExtractError, ExtractFailure, ExtractOptions, ExtractResult, ExtractSuccess } from './extract';
export type { ArticleContext } from './context';
export { MAX_INPUT_LENGTH } from './input';
