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
    },
  },
};
