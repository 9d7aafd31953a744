/** Failed sign-ins allowed in the window, per e-mail (guessing one account) and per address (spraying many). */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function isThrottled(failures: { byEmail: number; byAddress: number }): boolean {
  return failures.byEmail >= MAX_FAILURES_PER_EMAIL || failures.byAddress >= MAX_FAILURES_PER_ADDRESS;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
