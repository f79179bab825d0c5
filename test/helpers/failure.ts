/** The kind and message of what `run` throws (an Unreadable from a decryptor); a run that decrypts fails the test. */
export function failure(run: () => unknown): { kind: string | undefined; message: string } {
  try {
    run();
  } catch (e) {
    return { kind: (e as { kind?: string }).kind, message: (e as Error).message };
  }
  throw new Error("it decrypted");
}
