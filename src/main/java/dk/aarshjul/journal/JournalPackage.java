package dk.aarshjul.journal;

/** What an adapter hands over: the entry, its PDF/A and its metadata as JSON. */
record JournalPackage(JournalEntry entry, byte[] pdf, byte[] metadataJson) {
}
