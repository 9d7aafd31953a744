import type { interactionsFr } from "./messages.fr";

export const interactionsEn: typeof interactionsFr = {
  resources: {
    agenda: { name: "My agenda |||| My agenda" },
  },
  adhesia: {
    interactions: {
      empty: "No interaction yet.",
      fields: {
        when: "Date",
        type: "Type",
        subject: "Subject",
        notes: "Notes",
        with: "With",
        advisor: "Advisor",
        state: "State",
        planned_at: "Planned for",
        happened_at: "On",
        ended_at: "Ended at",
        result: "Result",
        report: "Report",
      },
      states: { planned: "Planned", overdue: "Overdue", done: "Done" },
      plan: { button: "Plan", title: "Plan an interaction", submit: "Plan", saved: "Interaction planned" },
      log: { button: "Log a call", title: "Log a past call", submit: "Log", saved: "Call logged" },
      complete: { button: "Complete", title: "Complete the interaction", submit: "Complete", saved: "Interaction completed" },
      agenda: {
        title: "My agenda",
        day: "Day",
        week: "Week",
        today: "Today",
        previous: "Previous period",
        next: "Next period",
        free: "Nothing planned",
      },
      reminders: {
        title: "Reminders",
        heading: "%{smart_count} overdue interaction |||| %{smart_count} overdue interactions",
        none: "No overdue interaction.",
      },
    },
  },
};
