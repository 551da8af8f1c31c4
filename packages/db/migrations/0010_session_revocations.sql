-- Session cache revocations (docs/decisions/009-performance.md): each server instance caches signed-in
-- sessions for a few seconds and evicts them when PostgreSQL says so. Triggers, not application
-- code, send the signal, so every path that ends a session or changes what a cached session carries
-- (sign-out, a password change, a removed guardian or staff member and their cascades, roles, names,
-- addresses, a roster import, a TRUNCATE) reaches every instance, also paths written later. NOTIFY is
-- transactional: instances hear of a change when it commits, never of one rolled back.
-- hand-written:
CREATE FUNCTION etm_notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('etm_session_revocations', '*');
  ELSIF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('etm_session_revocations', OLD.user_kind || ':' || coalesce(OLD.staff_id, OLD.guardian_id));
  ELSIF TG_TABLE_NAME = 'staff_roles' THEN
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('etm_session_revocations', 'staff:' || OLD.staff_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('etm_session_revocations', 'staff:' || NEW.staff_id); END IF;
  ELSIF TG_TABLE_NAME = 'staff_users' THEN
    PERFORM pg_notify('etm_session_revocations', 'staff:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'guardians' THEN
    PERFORM pg_notify('etm_session_revocations', 'guardian:' || OLD.id);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A session deleted after it expired is no news (the cache checks expiry itself); extending a session
-- (sliding expiry) is not a revocation.
CREATE TRIGGER sessions_revoked AFTER DELETE ON sessions FOR EACH ROW
  WHEN (OLD.expires_at > now()) EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER sessions_shortened AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (NEW.expires_at < OLD.expires_at OR NEW.staff_id IS DISTINCT FROM OLD.staff_id
    OR NEW.guardian_id IS DISTINCT FROM OLD.guardian_id OR NEW.user_kind <> OLD.user_kind)
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER staff_roles_changed AFTER INSERT OR UPDATE OR DELETE ON staff_roles FOR EACH ROW
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER staff_users_changed AFTER UPDATE OR DELETE ON staff_users FOR EACH ROW
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER guardians_changed AFTER UPDATE OR DELETE ON guardians FOR EACH ROW
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER sessions_truncated AFTER TRUNCATE ON sessions FOR EACH STATEMENT
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER staff_roles_truncated AFTER TRUNCATE ON staff_roles FOR EACH STATEMENT
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER staff_users_truncated AFTER TRUNCATE ON staff_users FOR EACH STATEMENT
  EXECUTE FUNCTION etm_notify_session_change();
--> statement-breakpoint
CREATE TRIGGER guardians_truncated AFTER TRUNCATE ON guardians FOR EACH STATEMENT
  EXECUTE FUNCTION etm_notify_session_change();
