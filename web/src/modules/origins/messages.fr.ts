/** French labels of the origins module (marketing origins). */
export const originsFr = {
  resources: {
    origins: {
      name: "Origine |||| Origines",
      fields: {
        code: "Code",
        label: "Libellé",
        labelEn: "Libellé anglais",
        kind: "Type",
        startDate: "Début",
        endDate: "Fin",
        costCents: "Coût",
        active: "Active",
        system: "Système",
        q: "Rechercher",
      },
    },
  },
  adhesia: {
    permission_groups: { origins: "Origines" },
    origins: {
      kinds: {
        campaign: "Campagne",
        event: "Événement",
        comparator: "Comparateur",
        spontaneous_call: "Appel spontané",
        web_site: "Site web",
        partner: "Partenaire",
        referral: "Recommandation",
        other: "Autre",
      },
      system: "Système",
      system_help: "Origine système, utilisée par les interfaces avec la boutique en ligne et les comparateurs : elle ne peut être ni modifiée ni supprimée.",
      code_help: "Lettres, chiffres, « _ », « . » ou « - » ; clé des imports, non modifiable ensuite.",
      code_invalid: "Lettres, chiffres, « _ », « . » ou « - » seulement (60 caractères au plus)",
      cost_help: "En euros.",
      end_before_start: "La date de fin précède la date de début",
      deactivate_help: "Une origine déjà utilisée ne peut pas être supprimée : désactivez-la pour ne plus la proposer.",
      tab_origin: "Origine",
      tab_history: "Historique",
      export: "Exporter",
      export_csv: "CSV (séparateur « ; »)",
      export_xlsx: "Excel (XLSX)",
      import_title: "Import d'origines",
      import_help:
        "Fichier CSV (séparateur « ; » ou « , ») ou Excel (XLSX), avec les colonnes code, label, label_en, kind, start_date, end_date, cost. Les origines sont mises à jour par leur code ; les lignes en erreur sont listées dans un rapport.",
    },
  },
};
