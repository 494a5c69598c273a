/** The extractor's public face: one file, so what the import screen loads lazily is visible in one place. */
export { extractFacts, toFactsFile } from './extract';
export type { ExtractFailure, ExtractResult, ExtractSuccess } from './extract';
