/** The engine's price with every line's basis rendered in the caller's language: what the API answers and quotes keep. */
import type { LineBasis, Price as EnginePrice, PriceLine as EngineLine } from "./engine/index.js";

export interface PriceLine extends Omit<EngineLine, "basis"> {
  /** The basis as text, in the request's language (integrators rely on this string). */
  basis: string;
  /** The same basis as data: a code and its values, to render it again in another language. */
  basisDetail: LineBasis;
}

export interface Price extends Omit<EnginePrice, "lines"> {
  lines: PriceLine[];
}

/** `textOf` renders a basis in the caller's language: `basisTexts(locale)`, one per request so that prices share their texts. */
export function explainPrice(price: EnginePrice, textOf: (basis: LineBasis) => string): Price {
  return { ...price, lines: price.lines.map((line) => ({ ...line, basis: textOf(line.basis), basisDetail: line.basis })) };
}
