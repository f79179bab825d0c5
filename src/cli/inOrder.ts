/**
 * `job` over every item, at most `inFlight` at a time, the results in the items' order. Reading a
 * batch one file after another leaves the processor idle while each file is opened and read (a
 * quarter of a 200-file check); a few files in flight overlap that waiting with the parsing of
 * another, while memory stays bounded by `inFlight` files' reading at once.
 */
export async function inOrder<T, R>(items: readonly T[], inFlight: number, job: (item: T) => Promise<R>, done?: () => void): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await job(items[at]!);
      done?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return results;
}
