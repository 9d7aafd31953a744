import { generate } from "otplib";

const STEP_SECONDS = 30;
/** Time left in the current step that a test's sign-ins may take; closer to its end, wait for the next. */
const MARGIN_SECONDS = 8;

/**
 * The codes of the step before now, now's and the next: three codes the server accepts (it takes
 * ±30 s) each once, in this order only, since a code is spent with its step. Taken early enough in
 * a step that all three stay within reach while the test runs.
 */
export async function successiveTotpCodes(secret: string): Promise<[string, string, string]> {
  const intoStep = (Date.now() / 1000) % STEP_SECONDS;
  if (intoStep > STEP_SECONDS - MARGIN_SECONDS) await new Promise((resolve) => setTimeout(resolve, (STEP_SECONDS - intoStep + 0.2) * 1000));
  const now = Math.floor(Date.now() / 1000);
  const at = (offset: number) => generate({ secret, epoch: now + offset * STEP_SECONDS });
  return [await at(-1), await at(0), await at(1)];
}
