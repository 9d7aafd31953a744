/** Labels of the background job progress component. */
export const jobsFr = {
  adhesia: {
    jobs: {
      states: { queued: "En attente", running: "En cours", succeeded: "Terminé", failed: "Échec" },
      download: "Télécharger le résultat",
      error_report: "Rapport d'erreurs",
      progress: "Progression : %{progress} %",
      failed: "Le traitement a échoué : %{message}",
      connection_lost: "Suivi interrompu, nouvelle tentative…",
      counters: {
        read: "lignes lues",
        created: "créées",
        updated: "modifiées",
        unchanged: "inchangées",
        rejected: "rejetées",
        exported: "exportées",
        selected: "sélectionnées",
        reassigned: "réaffectées",
        scanned: "examinées",
        candidates: "doublons potentiels",
        pairs: "paires",
        found: "trouvées",
      },
    },
  },
};

export const jobsEn: typeof jobsFr = {
  adhesia: {
    jobs: {
      states: { queued: "Queued", running: "Running", succeeded: "Done", failed: "Failed" },
      download: "Download the result",
      error_report: "Error report",
      progress: "Progress: %{progress}%",
      failed: "The job failed: %{message}",
      connection_lost: "Tracking interrupted, retrying…",
      counters: {
        read: "lines read",
        created: "created",
        updated: "updated",
        unchanged: "unchanged",
        rejected: "rejected",
        exported: "exported",
        selected: "selected",
        reassigned: "reassigned",
        scanned: "scanned",
        candidates: "possible duplicates",
        pairs: "pairs",
        found: "found",
      },
    },
  },
};
