import { inOrder } from "../../src/cli/inOrder";

/** `qbench check` reads a few files at once (src/cli/inOrder.ts); the report still lists them in the order found. */
test("results come back in the items' order, whichever job finishes first, with at most inFlight jobs running", async () => {
  let running = 0;
  let most = 0;
  let ticks = 0;
  const delays = [30, 5, 20, 1, 15, 2, 25];
  const results = await inOrder(
    delays,
    3,
    async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return `done after ${ms}`;
    },
    () => ticks++,
  );
  expect(results).toEqual(delays.map((ms) => `done after ${ms}`));
  expect([most, ticks]).toEqual([3, delays.length]);
});

test("an empty batch is an empty result, and a failing job fails the whole", async () => {
  expect(await inOrder([], 3, () => Promise.resolve(1))).toEqual([]);
  await expect(inOrder([1, 2, 3], 2, (n) => (n === 2 ? Promise.reject(new Error("boom")) : Promise.resolve(n)))).rejects.toThrow("boom");
});
