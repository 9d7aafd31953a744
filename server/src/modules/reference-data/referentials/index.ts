// French referentials of the reference-data module: pure loaders and searches over npm-shipped data.
export { type HeadcountBand, type HeadcountBandCode, headcountBands } from "./headcount/headcount-bands.js";
export type { IdccEntry } from "./idcc/idcc-source.js";
export { type SearchIdccOptions, searchIdcc } from "./idcc/search-idcc.js";
export type { NafEntry, NafLevel } from "./naf/naf-source.js";
export { type SearchNafOptions, searchNaf } from "./naf/search-naf.js";
export { normaliseText } from "./normalise-text.js";
export type { PostalCodeEntry } from "./postal-codes/postal-code-source.js";
export { findCommunes, type SearchPostalCodesOptions, searchPostalCodes } from "./postal-codes/search-postal-codes.js";
