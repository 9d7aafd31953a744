/** Shell messages (French, reference language). Module messages live next to their module. */
export const appFr = {
  adhesia: {
    app: { name: "Adhesia", tagline: "Gestion de la relation adhérents" },
    errors: {
      unreachable: "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.",
      http: "Erreur du serveur (HTTP %{status})",
      version_conflict: "Cette fiche a été modifiée par quelqu'un d'autre entre-temps. Rechargez-la pour voir la dernière version (vos modifications non enregistrées seront perdues).",
      reload: "Recharger",
    },
    login: {
      title: "Connexion",
      subtitle: "Accès à l'espace de gestion",
      email: "Adresse e-mail",
      password: "Mot de passe",
      totp: "Code de vérification",
      totp_hint: "Saisissez le code à 6 chiffres de votre application d'authentification.",
      totp_required: "Votre compte est protégé par une double authentification : saisissez votre code.",
      submit: "Se connecter",
      demo_title: "Comptes de démonstration",
      demo_hint: "Cliquez sur un compte pour pré-remplir l'adresse e-mail.",
    },
    menu: { home: "Accueil", access: "Accès", reference: "Référentiels", marketing: "Marketing", sales: "Ventes" },
    user_menu: { language: "Langue", signed_in_as: "Connecté en tant que %{name}" },
    locales: { fr: "Français", en: "English" },
    dashboard: {
      welcome: "Bonjour %{name}",
      tenant: "Espace %{tenant}",
      modules: "Modules disponibles",
      no_module: "Aucun module d'administration n'est ouvert à votre profil.",
    },
    audit: {
      at: "Date",
      action: "Action",
      actor: "Par",
      changes: "Modifications",
      actions: { create: "Création", update: "Modification", delete: "Suppression" },
      api_key: "Clé d'API",
      empty: "Aucune modification enregistrée.",
      system: "Système",
    },
    common: {
      copy: "Copier",
      copied: "Copié dans le presse-papiers",
      close: "Fermer",
      shown_once: "Cette information ne sera plus affichée : notez-la ou copiez-la maintenant.",
      yes: "Oui",
      no: "Non",
      never: "Jamais",
    },
  },
};

export type MessageTree = { [key: string]: string | MessageTree };
