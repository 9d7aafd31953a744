import { useEffect, useState } from "react";
import { listAdvisors } from "./organisationApi";
import type { AdvisorEntry } from "./types";

const TTL_MS = 30_000;
const cache = new Map<string, { at: number; advisors: Promise<AdvisorEntry[]> }>();

/**
 * The introducer's current advisors, shared for a short while by every component asking (a rules
 * table names the same few introducers on each row).
 */
function advisorsOf(introducerId: string): Promise<AdvisorEntry[]> {
  const cached = cache.get(introducerId);
  if (cached && Date.now() - cached.at < TTL_MS) return cached.advisors;
  const advisors = listAdvisors(introducerId);
  advisors.catch(() => cache.delete(introducerId));
  cache.set(introducerId, { at: Date.now(), advisors });
  return advisors;
}

/** Forgets what was read, after attaching or detaching an advisor. */
export const forgetAdvisors = (introducerId: string): void => void cache.delete(introducerId);

export function useAdvisors(introducerId: string | null | undefined): AdvisorEntry[] {
  const [advisors, setAdvisors] = useState<AdvisorEntry[]>([]);
  useEffect(() => {
    if (!introducerId) {
      setAdvisors([]);
      return undefined;
    }
    let current = true;
    advisorsOf(introducerId).then(
      (items) => current && setAdvisors(items),
      () => current && setAdvisors([]),
    );
    return () => {
      current = false;
    };
  }, [introducerId]);
  return advisors;
}

/** An advisor's name, read from their introducer's advisors (no need for the users administration right). */
export const AdvisorName = ({ introducerId, advisorId }: { introducerId: string | null; advisorId: string | null }) => {
  const advisors = useAdvisors(advisorId ? introducerId : null);
  if (!advisorId) return null;
  return <>{advisors.find((advisor) => advisor.userId === advisorId)?.displayName ?? ""}</>;
};
