-- The directory's employee number, so that a sign-in (mode oidc) can match a person by it.
alter table org_person add column employee_number varchar(64);
