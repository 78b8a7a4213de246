-- The audit trail is append-only in the database itself, not only in the application.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'Revisionssporet kan ikke ændres eller slettes; en rettelse er en ny post.';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_audit_change();

create trigger audit_entry_not_truncated before truncate on audit_entry
    for each statement execute function refuse_audit_change();
