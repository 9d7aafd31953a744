/**
 * A list of codes the server defines (states, kinds, roles), kept as values in the web app, which
 * may take only types from the server. `serverCodes<QuoteState>()([...])` compiles only when the
 * list names every code of the server's union and nothing else, so that a code added on the server
 * breaks the web's build until its filters and choices offer it. The list keeps its own order (a
 * sale's states in the order it advances).
 */
export function serverCodes<Server extends string>() {
  return <const Listed extends readonly Server[]>(codes: Listed & ([Exclude<Server, Listed[number]>] extends [never] ? unknown : { missing: Exclude<Server, Listed[number]> })): Listed => codes;
}
