package dk.aarshjul.organisation;

/**
 * Published inside the transaction that loaded an organisation file, after our tables and
 * Camunda's identity reflect it: what hangs on the organisation (Tasklist filters, grants)
 * follows it in the same transaction, or the whole load is rolled back.
 */
public record OrganisationLoaded(OrganisationDefinition organisation) {
}
