package org.stptoolkit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.stptoolkit.finance.FootprintResult;
import org.stptoolkit.finance.StpEngine;
import org.stptoolkit.model.Footprint;

class EngineReconciliationTest {

  @Test
  void templateReconcilesToTheEngineOnTheExample() throws Exception {
    Footprint fp = WorkbookFixtures.example();
    FootprintResult result = StpEngine.DEFAULT.run(fp);
    byte[] bytes = TemplateWriter.DEFAULT.write(fp, EngineFigures.from(result));
    try (XSSFWorkbook wb = WorkbookFixtures.open(bytes)) {
      Sheet checks = wb.getSheet(Workings.CHECKS);
      List<String> rows = new ArrayList<>();
      for (Row r : checks) {
        if (r.getRowNum() > 5 && r.getCell(3) != null) {
          rows.add(r.getCell(0).getStringCellValue() + " | " + r.getCell(2) + " | " + r.getCell(3).getStringCellValue());
        }
      }
      assertThat(rows).anyMatch(s -> s.startsWith("Reconciles to the engine: HEALTH") && s.endsWith("OK"));
      assertThat(TemplateWriterTest.findRow(checks, "Master check").getCell(3).getStringCellValue())
          .as(String.join("\n", rows)).isEqualTo("OK");
    }
  }
}
