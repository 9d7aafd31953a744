import type { appFr } from "./fr";

export const appEn: typeof appFr = {
  adhesia: {
    app: { name: "Adhesia", tagline: "Member relationship management" },
    errors: {
      unreachable: "The server cannot be reached. Check your connection and try again.",
      http: "Server error (HTTP %{status})",
      version_conflict: "Someone else changed this record in the meantime. Reload it to see the latest version (your unsaved changes will be lost).",
      reload: "Reload",
    },
    login: {
      title: "Sign in",
      subtitle: "Back-office access",
      email: "Email address",
      password: "Password",
      totp: "Verification code",
      totp_hint: "Enter the 6-digit code from your authenticator app.",
      totp_required: "Your account uses two-factor authentication: enter your code.",
      submit: "Sign in",
      demo_title: "Demo accounts",
      demo_hint: "Click an account to fill in the email address.",
    },
    menu: { home: "Home", access: "Access", reference: "Reference data", marketing: "Marketing", sales: "Sales" },
    user_menu: { language: "Language", signed_in_as: "Signed in as %{name}" },
    locales: { fr: "Français", en: "English" },
    dashboard: {
      welcome: "Hello %{name}",
      tenant: "%{tenant} workspace",
      modules: "Available modules",
      no_module: "No administration module is open to your profile.",
    },
    audit: {
      at: "Date",
      action: "Action",
      actor: "By",
      changes: "Changes",
      actions: { create: "Created", update: "Updated", delete: "Deleted" },
      api_key: "API key",
      empty: "No recorded change.",
      system: "System",
    },
    common: {
      copy: "Copy",
      copied: "Copied to the clipboard",
      close: "Close",
      shown_once: "This will not be shown again: write it down or copy it now.",
      yes: "Yes",
      no: "No",
      never: "Never",
    },
  },
};
