/** The rejection of a review the reviewer stopped, named as `fetch` names an aborted request, so that it is told from a failure. */
export function reviewStopped(): Error {
  const error = new Error("the review was stopped");
  error.name = "AbortError";
  return error;
}

export function isReviewStopped(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
