/**
 * PGlite as drizzle drives it, without the cost of drizzle's type parsers. Drizzle passes the same
 * parsers with every query (dates, timestamps, intervals and some arrays kept as text, which it maps
 * itself), and PGlite copies its whole table of about 300 parsers to merge them in, each time: a
 * tenth of a millisecond per statement, as much as running a small one. They are set once on the
 * client instead and dropped from drizzle's queries; hand-written SQL on the raw client (pg-boss)
 * passes PGlite's own parsers for these types back, so it reads them as before.
 */
import { types, type PGlite, type ParserOptions, type QueryOptions } from "@electric-sql/pglite";

// What drizzle-orm/pglite reads as text (its PglitePreparedQuery's parsers): these types…
const textTypes = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE];
// …and these arrays, by the type of their elements (timestamp[], timestamptz[], interval[], date[], numeric[]).
const textArrayTypes: [number, number][] = [
  [1115, types.TIMESTAMP],
  [1185, types.TIMESTAMPTZ],
  [1187, types.INTERVAL],
  [1182, types.DATE],
  [1231, types.NUMERIC],
];

interface Queryable {
  query: PGlite["query"];
}

export interface SplitClient {
  /** For drizzle: the client, whose own parsers now read these types as text, without per-query parsers. */
  forDrizzle: PGlite;
  /** Options that give hand-written queries PGlite's own parsers for these types. */
  rawOptions: QueryOptions;
}

export function splitParsers(client: PGlite): SplitClient {
  const own: ParserOptions = {};
  const asText = (value: string): string => value;
  for (const type of textTypes) {
    const parser = client.parsers[type];
    if (parser) own[type] = parser;
    client.parsers[type] = asText;
  }
  for (const [arrayType, elementType] of textArrayTypes) {
    // PGlite's array parsers find their elements' parser on the client at each call: ours keeps PGlite's.
    own[arrayType] = (value: string) => types.arrayParser(value, own[elementType] ?? client.parsers[elementType] ?? asText, arrayType);
    client.parsers[arrayType] = asText;
  }
  return { forDrizzle: withoutQueryParsers(client), rawOptions: { parsers: own } };
}

/** The client, and each transaction it opens, with the parsers of every query's options dropped. */
function withoutQueryParsers<T extends Queryable & object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      if (property === "query") {
        return (text: string, params?: unknown[], options?: QueryOptions) => object.query(text, params, options && { ...options, parsers: undefined });
      }
      if (property === "transaction" && "transaction" in object) {
        const transaction = object.transaction as PGlite["transaction"];
        return (work: Parameters<PGlite["transaction"]>[0]) => transaction.call(object, (tx) => work(withoutQueryParsers(tx)));
      }
      const value: unknown = Reflect.get(object, property, object);
      // PGlite's methods check their receiver (private fields): they run on the client, not the proxy.
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
