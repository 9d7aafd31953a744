// Module-level memo: a referential file is read and indexed on first use, then kept.

export function lazy<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => {
    loaded ??= { value: load() };
    return loaded.value;
  };
}
