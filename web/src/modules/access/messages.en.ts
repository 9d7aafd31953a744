import type { accessFr } from "./messages.fr";

export const accessEn: typeof accessFr = {
  resources: {
    users: {
      name: "User |||| Users",
      fields: {
        email: "Email address",
        displayName: "Display name",
        password: "Initial password",
        active: "Active",
        locale: "Language",
        roleIds: "Roles",
        totpEnabled: "Two-factor authentication",
        lastLoginAt: "Last sign-in",
        q: "Search",
      },
    },
    roles: {
      name: "Role |||| Roles",
      fields: { code: "Code", name: "Name", description: "Description", dataScope: "Scope", permissions: "Permissions", system: "System role", q: "Search" },
    },
    "api-keys": {
      name: "API key |||| API keys",
      fields: {
        name: "Name",
        prefix: "Prefix",
        permissions: "Permissions",
        createdAt: "Created",
        lastUsedAt: "Last used",
        revokedAt: "Revoked",
        q: "Search",
      },
    },
  },
  adhesia: {
    users: {
      password_help: "Leave empty to generate a temporary password.",
      temporary_password_title: "Temporary password",
      temporary_password_text: "Give this password to %{name}: they will have to change it when they first sign in.",
      reset_password: "Reset password",
      reset_password_confirm: "Generate a new temporary password for %{name}? The current one will stop working.",
      tab_profile: "Profile",
      tab_history: "History",
      deactivate_help: "An inactive user can no longer sign in; their history is kept.",
    },
    roles: {
      system_help: "Role provided by Adhesia: it cannot be deleted.",
      permission_count: "%{smart_count} permission |||| %{smart_count} permissions",
      all_in_group: "Whole group",
      data_scope_help: "Persons and companies visible: those assigned to the user, to their introducer, or all.",
    },
    permission_groups: {
      administration: "Administration",
      "reference-data": "Reference data",
      platform: "Platform",
      access: "Access",
      reference: "Reference data",
      person: "People",
      company: "Companies",
      opportunity: "Opportunities",
      contract: "Contracts",
    },
    api_keys: {
      revoke: "Revoke",
      revoke_title: "Revoke the key “%{name}”?",
      revoke_content: "Applications using it will lose access to the API. This cannot be undone.",
      key_title: "New API key",
      key_text: "Here is the key “%{name}”. Store it in a vault: it will never be shown again.",
      permissions_help: "With nothing selected, the key has no permission.",
      status_active: "Active",
      status_revoked: "Revoked",
    },
  },
};
