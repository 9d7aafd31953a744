-- The change history is evidence: the application may add to it, never rewrite or erase it.
REVOKE UPDATE, DELETE ON audit_entries FROM adhesia_app;
