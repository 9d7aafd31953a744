import { registerMessages } from "../../platform/i18n/messages.js";

registerMessages({
  "auth.invalid_credentials": { fr: "E-mail ou mot de passe incorrect", en: "Wrong e-mail or password" },
  "auth.totp_required": { fr: "Code de vérification à deux facteurs requis", en: "Two-factor verification code required" },
  "auth.invalid_totp": { fr: "Code de vérification incorrect", en: "Wrong verification code" },
  "auth.totp_already_enabled": {
    fr: "La double authentification est déjà activée : désactivez-la d'abord avec un code",
    en: "Two-factor authentication is already on: turn it off with a code first",
  },
  "auth.too_many_attempts": {
    fr: "Trop de tentatives de connexion : réessayez dans {minutes} minutes",
    en: "Too many sign-in attempts: try again in {minutes} minutes",
  },
  "auth.api_key_scope": { fr: "Une clé d'API ne peut pas recevoir une permission que vous n'avez pas", en: "An API key cannot get a permission you do not have" },
  "auth.wrong_password": { fr: "Mot de passe actuel incorrect", en: "Wrong current password" },
  "auth.password_unchanged": { fr: "Le nouveau mot de passe doit différer de l'actuel", en: "The new password must differ from the current one" },
  "user.email_taken": { fr: "Cet e-mail est déjà utilisé", en: "This e-mail is already in use" },
  "user.cannot_deactivate_self": { fr: "Vous ne pouvez pas désactiver votre propre compte", en: "You cannot deactivate your own account" },
  "access.grant_beyond_own": {
    fr: "Vous ne pouvez pas accorder une permission ou une portée de données que vous n'avez pas",
    en: "You cannot grant a permission or a data scope you do not have",
  },
  "access.user_beyond_own": {
    fr: "Ce compte a des droits que vous n'avez pas : seul un utilisateur qui les a tous peut le modifier",
    en: "This account has rights you do not have: only a user who holds them all can change it",
  },
  "access.role_beyond_own": {
    fr: "Ce rôle donne des droits que vous n'avez pas : seul un utilisateur qui les a tous peut le modifier",
    en: "This role gives rights you do not have: only a user who holds them all can change it",
  },
  "role.unknown": { fr: "Rôle inconnu", en: "Unknown role" },
  "role.system_readonly": { fr: "Un rôle système ne peut être ni modifié ni supprimé", en: "A system role can be neither changed nor deleted" },
  "role.in_use": { fr: "Ce rôle est attribué à des utilisateurs", en: "This role is assigned to users" },
  "permission.unknown": { fr: "Permission inconnue : {permission}", en: "Unknown permission: {permission}" },
});
