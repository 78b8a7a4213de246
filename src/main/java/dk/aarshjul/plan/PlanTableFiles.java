package dk.aarshjul.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An uploaded table's rows of cells: an Excel workbook's first sheet (.xlsx), a Word document's
 * first table (.docx), or text (.txt, .tsv, .csv: UTF-8, or Windows-1252 as Danish Excel saves CSV).
 */
final class PlanTableFiles {

	/** Thrown when the file cannot be read as what its name says. */
	static class UnreadableException extends Exception {

		UnreadableException(Throwable cause) {
			super(cause);
		}

	}

	private PlanTableFiles() {
	}

	static List<List<String>> rows(String fileName, byte[] content) throws UnreadableException {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return workbook(content);
			}
			if (name.endsWith(".docx")) {
				return wordTable(content);
			}
			return PlanTable.cells(text(content).replace("\r\n", "\n").replace('\r', '\n'));
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableException(ex);
		}
	}

	static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	private static List<List<String>> workbook(byte[] content) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("da-DK"));
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= Math.min(sheet.getLastRowNum(), PlanTable.MOST_ROWS + 10); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.min(row.getLastCellNum(), 20); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : cellText(cell, formatter));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	/** A date cell as an ISO date, whatever the sheet's display format; anything else as shown. */
	private static String cellText(Cell cell, DataFormatter formatter) {
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		return formatter.formatCellValue(cell);
	}

	private static List<List<String>> wordTable(byte[] content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			List<List<String>> rows = new ArrayList<>();
			if (document.getTables().isEmpty()) {
				return rows;
			}
			XWPFTable table = document.getTables().get(0);
			for (XWPFTableRow row : table.getRows()) {
				List<String> cells = new ArrayList<>();
				for (XWPFTableCell cell : row.getTableCells()) {
					cells.add(cell.getText());
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
