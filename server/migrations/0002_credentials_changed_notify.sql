-- Every api process caches resolved credentials (sessions, API keys) for speed. Any change that can
-- end or narrow a credential tells them all to forget, on commit, whatever code made the change.
CREATE OR REPLACE FUNCTION notify_credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('adhesia_credentials_changed', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Row level on sessions: the routine clean-up of expired sessions deletes nothing most of the time.
CREATE TRIGGER sessions_credentials_changed AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION notify_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER users_credentials_changed AFTER UPDATE OF active, password_hash ON users FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER users_deleted_credentials_changed AFTER DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER user_roles_credentials_changed AFTER INSERT OR UPDATE OR DELETE ON user_roles FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER roles_credentials_changed AFTER UPDATE OF permissions OR DELETE ON roles FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER api_keys_credentials_changed AFTER UPDATE OF revoked_at, permissions OR DELETE ON api_keys FOR EACH STATEMENT EXECUTE FUNCTION notify_credentials_changed();
