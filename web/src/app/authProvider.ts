import { HttpError, type AuthProvider, type UserIdentity } from "react-admin";
import { isAllowed } from "./accessRules";
import { apiFetch } from "./http";
import { clearSession, getSession, setSession, type Session } from "./session";

export interface LoginParams {
  email: string;
  password: string;
  totpCode?: string;
}

export interface AdhesiaIdentity extends UserIdentity {
  email: string;
  tenantName: string;
}

let pendingSession: Promise<Session> | null = null;

/** Returns the in-memory session, or re-reads it from GET /me (after a reload). Rejects on 401. */
export function loadSession(): Promise<Session> {
  const session = getSession();
  if (session) return Promise.resolve(session);
  pendingSession ??= apiFetch<Session>("/me")
    .then((me) => {
      setSession(me);
      return me;
    })
    .finally(() => {
      pendingSession = null;
    });
  return pendingSession;
}

export const authProvider: AuthProvider = {
  login: async ({ email, password, totpCode }: LoginParams) => {
    const body = totpCode ? { email, password, totpCode } : { email, password };
    setSession(await apiFetch<Session>("/auth/login", { method: "POST", body }));
  },
  logout: async () => {
    if (getSession()) await apiFetch<void>("/auth/logout", { method: "POST" }).catch(() => undefined);
    clearSession();
  },
  checkAuth: async () => {
    try {
      await loadSession();
    } catch (error) {
      // Not signed in yet: go to the login page without an error notification.
      if (error instanceof HttpError && error.status === 401) throw { message: false };
      throw error;
    }
  },
  checkError: async (error: unknown) => {
    const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
    if (status === 401) {
      clearSession();
      throw error;
    }
  },
  getIdentity: async (): Promise<AdhesiaIdentity> => {
    const { user, tenant } = await loadSession();
    return { id: user.id, fullName: user.displayName, email: user.email, tenantName: tenant.name };
  },
  getPermissions: async (): Promise<string[]> => (await loadSession()).user.permissions,
  canAccess: async ({ resource, action }) => isAllowed((await loadSession()).user.permissions, resource, action),
};
