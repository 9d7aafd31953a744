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
  return { ...price, lines: price.lines.map((line) => explainLine(line, textOf)) };
}

/**
 * Field by field, not `{ ...line }`: the engine's lines come in several shapes (with a rate or
 * without), which makes spreading them slow, and proposals copy about a thousand of them per request.
 * An absent rate stays absent in the JSON answer.
 */
const explainLine = (line: EngineLine, textOf: (basis: LineBasis) => string): PriceLine => ({
  beneficiary: line.beneficiary,
  component: line.component,
  basis: textOf(line.basis),
  basisDetail: line.basis,
  rate: line.rate,
  amountCents: line.amountCents,
  label: line.label,
});
