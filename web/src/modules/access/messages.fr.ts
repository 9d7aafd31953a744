/** French labels of the access module (users, roles, API keys). */
export const accessFr = {
  resources: {
    users: {
      name: "Utilisateur |||| Utilisateurs",
      fields: {
        email: "Adresse e-mail",
        displayName: "Nom affiché",
        password: "Mot de passe initial",
        active: "Actif",
        locale: "Langue",
        roleIds: "Rôles",
        totpEnabled: "Double authentification",
        lastLoginAt: "Dernière connexion",
        q: "Rechercher",
      },
    },
    roles: {
      name: "Rôle |||| Rôles",
      fields: { code: "Code", name: "Nom", description: "Description", dataScope: "Périmètre", permissions: "Permissions", system: "Rôle système", q: "Rechercher" },
    },
    "api-keys": {
      name: "Clé d'API |||| Clés d'API",
      fields: {
        name: "Nom",
        prefix: "Préfixe",
        permissions: "Permissions",
        createdAt: "Créée le",
        lastUsedAt: "Dernière utilisation",
        revokedAt: "Révoquée le",
        q: "Rechercher",
      },
    },
  },
  adhesia: {
    users: {
      password_help: "Laissez vide pour générer un mot de passe temporaire.",
      temporary_password_title: "Mot de passe temporaire",
      temporary_password_text: "Communiquez ce mot de passe à %{name} : il devra le changer à sa première connexion.",
      reset_password: "Réinitialiser le mot de passe",
      reset_password_confirm: "Générer un nouveau mot de passe temporaire pour %{name} ? L'ancien ne fonctionnera plus.",
      tab_profile: "Profil",
      tab_history: "Historique",
      deactivate_help: "Un utilisateur inactif ne peut plus se connecter ; son historique est conservé.",
    },
    roles: {
      system_help: "Rôle fourni par Adhesia : il ne peut pas être supprimé.",
      permission_count: "%{smart_count} permission |||| %{smart_count} permissions",
      all_in_group: "Tout le groupe",
      data_scope_help: "Personnes et entreprises visibles : celles affectées à l'utilisateur, à son apporteur, ou toutes.",
    },
    permission_groups: {
      administration: "Administration",
      "reference-data": "Référentiels",
      platform: "Plateforme",
      access: "Accès",
      reference: "Référentiels",
      person: "Personnes",
      company: "Entreprises",
      opportunity: "Opportunités",
      contract: "Contrats",
    },
    api_keys: {
      revoke: "Révoquer",
      revoke_title: "Révoquer la clé « %{name} » ?",
      revoke_content: "Les applications qui l'utilisent n'auront plus accès à l'API. Cette action est définitive.",
      key_title: "Nouvelle clé d'API",
      key_text: "Voici la clé « %{name} ». Conservez-la dans un coffre-fort : elle ne sera plus jamais affichée.",
      permissions_help: "Sans sélection, la clé n'a aucune permission.",
      status_active: "Active",
      status_revoked: "Révoquée",
    },
  },
};
