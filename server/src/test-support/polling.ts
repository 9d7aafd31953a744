/** Polls until the answer has the expected status: another process learns of a change through the database's NOTIFY. */
export async function statusWithin(ms: number, expected: number, send: () => Promise<{ statusCode: number }>): Promise<number> {
  const deadline = Date.now() + ms;
  let status = (await send()).statusCode;
  while (status !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    status = (await send()).statusCode;
  }
  return status;
}
