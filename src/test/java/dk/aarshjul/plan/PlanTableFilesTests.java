package dk.aarshjul.plan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan's table as a file: Excel, Word, or CSV as Danish Excel saves it. */
class PlanTableFilesTests {

	@Test
	void anExcelSheetsDateCellIsItsDateWhateverItsDisplayFormat() throws Exception {
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Plan");
			Row heading = sheet.createRow(0);
			heading.createCell(0).setCellValue("Indsatsområde");
			heading.createCell(1).setCellValue("Mål");
			heading.createCell(2).setCellValue("Frist");
			Row goal = sheet.createRow(1);
			goal.createCell(0).setCellValue("Børn og unge");
			goal.createCell(1).setCellValue("Flere børn trives");
			CellStyle american = workbook.createCellStyle();
			american.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
			goal.createCell(2).setCellValue(LocalDate.of(2027, 12, 31));
			goal.getCell(2).setCellStyle(american);
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		PlanTable.Result table = PlanTable.read(PlanTableFiles.rows("Strategiplan.XLSX", xlsx));

		assertThat(table.problems()).isEmpty();
		assertThat(table.focusAreas().get(0).goals().get(0).dueDate()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void aWordDocumentsFirstTable() throws Exception {
		byte[] docx;
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Strategiplan 2027");
			XWPFTable table = document.createTable(2, 2);
			table.getRow(0).getCell(0).setText("Indsatsområde");
			table.getRow(0).getCell(1).setText("Mål");
			table.getRow(1).getCell(0).setText("Grøn omstilling");
			table.getRow(1).getCell(1).setText("Halvér udledningen");
			document.write(out);
			docx = out.toByteArray();
		}

		assertThat(PlanTableFiles.rows("plan.docx", docx)).containsExactly(List.of("Indsatsområde", "Mål"),
				List.of("Grøn omstilling", "Halvér udledningen"));
	}

	@Test
	void csvAsDanishExcelSavesItInWindows1252() throws Exception {
		byte[] csv = "Indsatsområde;Mål\r\nBørn;Færre fravær\r\n".getBytes(Charset.forName("windows-1252"));

		assertThat(PlanTableFiles.rows("plan.csv", csv)).containsExactly(List.of("Indsatsområde", "Mål"),
				List.of("Børn", "Færre fravær"));
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsUnreadable() {
		assertThatThrownBy(() -> PlanTableFiles.rows("plan.xlsx", "ikke et regneark".getBytes()))
			.isInstanceOf(PlanTableFiles.UnreadableException.class);
	}

}
