import type { SessionView } from "../../../server/src/modules/access/index.js";

/** The signed-in user as returned by POST /auth/login and GET /me. Kept in memory; the CSRF token also in sessionStorage. */
export type Session = SessionView;

const CSRF_STORAGE_KEY = "adhesia.csrfToken";

let current: Session | null = null;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session): void {
  current = session;
  storage()?.setItem(CSRF_STORAGE_KEY, session.csrfToken);
}

export function clearSession(): void {
  current = null;
  storage()?.removeItem(CSRF_STORAGE_KEY);
}

export function getCsrfToken(): string | null {
  return current?.csrfToken ?? storage()?.getItem(CSRF_STORAGE_KEY) ?? null;
}

export function hasPermission(permission: string): boolean {
  return current?.user.permissions.includes(permission) ?? false;
}
