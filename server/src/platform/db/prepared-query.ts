import type { Executor } from "./database.js";

/** What Drizzle's `.prepare(name)` gives: a statement run with values for its `sql.placeholder`s. */
export interface PreparedStatement<Result> {
  execute(values?: Record<string, unknown>): Promise<Result>;
}

/**
 * A hot read whose SQL is built once per executor and prepared by the server under the name its
 * builder gives: a tenant-read connection (which keeps its executor) runs it again without the
 * query builder nor the server's parser. Executors used once (a transaction) simply build and run it.
 * The builder must produce the same text on every call, since the server knows it by name.
 */
export function preparedQuery<Values extends Record<string, unknown>, Result>(
  build: (db: Executor) => PreparedStatement<Result>,
): (db: Executor, values: Values) => Promise<Result> {
  const statements = new WeakMap<Executor, PreparedStatement<Result>>();
  return (db, values) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = build(db);
      statements.set(db, statement);
    }
    return statement.execute(values);
  };
}
