-- The audit trail is append-only in the database itself, not only in the application.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'dk.aarshjul.audit.AppendOnlyTrigger';
