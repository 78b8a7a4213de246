-- A journal entry's PDF/A is rendered after the decision has committed, by the journal-delivery
-- process's first job, from the document's content as it stood at the decision, which the
-- decision's transaction keeps here as JSON. Until then the entry has no PDF and no hash.
-- Entries made before this migration were rendered at once and have no content.
alter table journal_document add column content varchar(1000000);
alter table journal_document alter column pdf drop not null;
alter table journal_entry alter column sha256 drop not null;
