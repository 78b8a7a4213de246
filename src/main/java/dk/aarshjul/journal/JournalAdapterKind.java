package dk.aarshjul.journal;

/** How entries leave Årshjul: {@code aarshjul.journal.adapter}. */
public enum JournalAdapterKind {

	/** Kept in Årshjul only. */
	NONE,

	/** A PDF and a JSON metadata file in a directory the case system imports from. */
	FOLDER,

	/** POSTed as multipart to an integration platform, with a bearer token. */
	HTTP

}
