export { decodeBytes } from './decode.js';
export { extractText } from './extract.js';
export { citationRecords, extractFiles, extractGraphFromFiles, type ExtractedFile } from './files.js';
export { toGraph, type ImportDocument } from './toGraph.js';
export type * from './types.js';
