package dk.aarshjul.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file drop most case systems (SBSYS, GetOrganized, Acadre) import from: the PDF and then its
 * metadata as {@code <name>.json} beside it. Each file is written under a temporary name and
 * renamed in one step, so an importer that watches the directory never reads half a file; the
 * metadata comes last, as the sign that the pair is complete. A second delivery of the same entry
 * overwrites the same two files.
 */
class FolderJournalAdapter implements JournalAdapter {

	private final Path directory;

	FolderJournalAdapter(Path directory) {
		if (directory == null || directory.toString().isBlank()) {
			throw new IllegalStateException("aarshjul.journal.folder.directory must be set for adapter folder");
		}
		this.directory = directory;
	}

	@Override
	public JournalAdapterKind kind() {
		return JournalAdapterKind.FOLDER;
	}

	@Override
	public Optional<String> deliver(JournalPackage journalPackage) throws IOException {
		Files.createDirectories(directory);
		String pdfName = journalPackage.entry().getFileName();
		write(pdfName, journalPackage.pdf());
		write(pdfName.replaceFirst("\\.pdf$", "") + ".json", journalPackage.metadataJson());
		return Optional.empty();
	}

	private void write(String name, byte[] content) throws IOException {
		Path temporary = Files.createTempFile(directory, ".aarshjul-", ".tmp");
		try {
			Files.write(temporary, content);
			Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public String destination() {
		return directory.toString();
	}

}
