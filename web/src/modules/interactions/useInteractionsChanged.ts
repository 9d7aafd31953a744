import { useEffect } from "react";
import { INTERACTIONS_CHANGED } from "./interactionsApi";

/** Runs `reload` whenever an interaction is written anywhere in the app (a dialog, another panel). */
export function useInteractionsChanged(reload: () => void): void {
  useEffect(() => {
    window.addEventListener(INTERACTIONS_CHANGED, reload);
    return () => window.removeEventListener(INTERACTIONS_CHANGED, reload);
  }, [reload]);
}
