/** French labels of the reference data module (reference tables, values, custom fields). */
export const referenceFr = {
  resources: {
    "reference-tables": {
      name: "Table de référence |||| Tables de référence",
      fields: { code: "Code", labelFr: "Libellé FR", labelEn: "Libellé EN", valueCount: "Valeurs", q: "Rechercher" },
    },
    "reference-values": {
      name: "Valeur |||| Valeurs",
      fields: { code: "Code", labelFr: "Libellé FR", labelEn: "Libellé EN", active: "Active", sortOrder: "Ordre" },
    },
    "custom-fields": {
      name: "Champ personnalisé |||| Champs personnalisés",
      fields: {
        entity: "Fiche",
        key: "Clé technique",
        labelFr: "Libellé FR",
        labelEn: "Libellé EN",
        type: "Type",
        listValues: "Valeurs proposées",
        required: "Obligatoire",
        active: "Actif",
        sortOrder: "Ordre",
      },
    },
  },
  adhesia: {
    reference: {
      values_title: "Valeurs de la table « %{label} »",
      new_value: "Nouvelle valeur",
      edit_value: "Modifier la valeur « %{code} »",
      add_value: "Ajouter",
      value_added: "Valeur ajoutée",
      activate: "Réactiver",
      deactivate: "Désactiver",
      activated: "Valeur réactivée",
      deactivated: "Valeur désactivée",
      inactive: "Inactive",
      deactivate_help: "Une valeur déjà utilisée ne peut pas être supprimée : désactivez-la pour ne plus la proposer.",
      no_values: "Cette table ne contient encore aucune valeur.",
      back: "Toutes les tables",
    },
    custom_fields: {
      entities: { person: "Personne", company: "Entreprise", opportunity: "Opportunité", contract: "Contrat" },
      types: { text: "Texte", number: "Nombre", date: "Date", boolean: "Oui / non", list: "Liste de valeurs" },
      key_help: "Lettres minuscules, chiffres et _ ; non modifiable ensuite.",
      list_values_help: "Une valeur par ligne.",
    },
  },
};
