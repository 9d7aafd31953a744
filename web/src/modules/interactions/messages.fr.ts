/** French labels of the interactions module (record tab, dialogs, agenda, reminders). */
export const interactionsFr = {
  resources: {
    agenda: { name: "Mon agenda |||| Mon agenda" },
  },
  adhesia: {
    interactions: {
      empty: "Aucune interaction pour l'instant.",
      fields: {
        when: "Date",
        type: "Type",
        subject: "Objet",
        notes: "Notes",
        with: "Avec",
        advisor: "Conseiller",
        state: "État",
        planned_at: "Prévue le",
        happened_at: "Le",
        ended_at: "Terminée le",
        result: "Résultat",
        report: "Compte rendu",
      },
      states: { planned: "Planifiée", overdue: "En retard", done: "Réalisée" },
      plan: { button: "Planifier", title: "Planifier une interaction", submit: "Planifier", saved: "Interaction planifiée" },
      log: { button: "Enregistrer un appel", title: "Enregistrer un appel passé", submit: "Enregistrer", saved: "Appel enregistré" },
      complete: { button: "Réaliser", title: "Réaliser l'interaction", submit: "Réaliser", saved: "Interaction réalisée" },
      agenda: {
        title: "Mon agenda",
        day: "Jour",
        week: "Semaine",
        today: "Aujourd'hui",
        previous: "Période précédente",
        next: "Période suivante",
        free: "Rien de prévu",
      },
      reminders: {
        title: "Rappels",
        heading: "%{smart_count} interaction en retard |||| %{smart_count} interactions en retard",
        none: "Aucune interaction en retard.",
      },
    },
  },
};
