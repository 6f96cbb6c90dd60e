package vn.atr.service.xlsximport;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.atr.domain.Activity;
import vn.atr.domain.Messages;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.format.sample.SampleDataset;

/**
 * Fills a template the way a user would, with POI's usermodel: values under the header whose
 * Vietnamese name is given, coded fields as the Vietnamese labels of the drop-down lists.
 */
final class XlsxFixture {
    private XlsxFixture() {
    }

    static String header(String field) {
        return Messages.format(Messages.VIETNAMESE, "field." + field);
    }

    /** A row of the activities sheet: an outreach session of {@code unit} (as typed) on {@code day}. */
    static Map<String, Object> outreachRow(String unit, String day, int participants) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put(header("unitCode"), unit);
        row.put(header("typeCode"), "Buổi tuyên truyền");
        row.put(header("startDate"), day);
        row.put(header("title"), "Tuyên truyền phòng, chống mua bán người");
        row.put(header("participants"), participants);
        return row;
    }

    static String label(Enum<?> e) {
        return e == null ? null : Messages.format(Messages.VIETNAMESE,
                "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }

    static String labels(java.util.Collection<? extends Enum<?>> es) {
        return es.stream().map(XlsxFixture::label).collect(Collectors.joining("; "));
    }

    /** Writes {@code rows} (per sheet title: header name -> value) below the template's header rows. */
    static void fill(Path template, Path out, Map<String, List<Map<String, Object>>> rows) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<Map<String, Object>>> e : rows.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey());
                Map<String, Integer> columns = columns(sheet.getRow(0));
                int r = 1;
                for (Map<String, Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    values.forEach((h, v) -> {
                        Integer col = columns.get(h);
                        if (col == null) {
                            throw new IllegalArgumentException("no column " + h + " in " + columns.keySet());
                        }
                        set(row.createCell(col), v, date);
                    });
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell c : header) {
            columns.put(c.getStringCellValue().replace(" *", ""), c.getColumnIndex());
        }
        return columns;
    }

    static void set(Cell cell, Object v, CellStyle date) {
        if (v == null) {
            return;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** The sample's records as rows of the five sheets, dates as real Excel dates. */
    static Map<String, List<Map<String, Object>>> sampleRows(SampleDataset data, Map<String, String> typeNames) {
        Map<String, String> caseCodes = new HashMap<>();
        data.cases().forEach(c -> caseCodes.put(c.meta().id(), c.caseCode()));
        Map<String, String> victimCodes = new HashMap<>();
        data.victims().forEach(v -> victimCodes.put(v.meta().id(), v.victimCode()));
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        rows.put("Hoạt động", data.activities().stream().map(a -> activity(a, typeNames)).toList());
        rows.put("Chỉ số", data.metrics().stream().map(XlsxFixture::metric).toList());
        rows.put("Vụ việc", data.cases().stream().map(XlsxFixture::trafficking).toList());
        rows.put("Nạn nhân", data.victims().stream().map(v -> victim(v, caseCodes)).toList());
        rows.put("Hỗ trợ", data.support().stream().map(s -> support(s, victimCodes)).toList());
        return rows;
    }

    private static Map<String, Object> activity(Activity a, Map<String, String> typeNames) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), a.unitCode());
        m.put(header("typeCode"), typeNames.get(a.typeCode()));
        m.put(header("startDate"), a.startDate());
        m.put(header("endDate"), a.endDate());
        m.put(header("title"), a.title());
        m.put(header("leadOrg"), a.leadOrg());
        m.put(header("partnerOrgs"), String.join(";", a.partnerOrgs()));
        m.put(header("topics"), labels(a.topics()));
        m.put(header("targetGroup"), a.targetGroup());
        m.put(header("participants"), a.participants());
        m.put(header("quantity"), a.quantity());
        m.put(header("notes"), a.notes());
        return m;
    }

    private static Map<String, Object> metric(OutreachMetric x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), x.unitCode());
        m.put(header("metricType"), Messages.format(Messages.VIETNAMESE, "metric." + x.metricType()));
        m.put(header("periodFrom"), x.periodFrom());
        m.put(header("periodTo"), x.periodTo());
        m.put(header("value"), x.value());
        m.put(header("notes"), x.notes());
        return m;
    }

    private static Map<String, Object> trafficking(TraffickingCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), c.unitCode());
        m.put(header("caseCode"), c.caseCode());
        m.put(header("detectionDate"), c.detectionDate());
        m.put(header("detectingAgency"), label(c.detectingAgency()));
        m.put(header("scope"), label(c.scope()));
        m.put(header("destinationCountry"), c.destinationCountry());
        m.put(header("exploitationForms"), labels(c.exploitationForms()));
        m.put(header("status"), label(c.status()));
        m.put(header("suspects"), c.suspects());
        m.put(header("notes"), c.notes());
        return m;
    }

    private static Map<String, Object> victim(Victim v, Map<String, String> caseCodes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), v.unitCode());
        m.put(header("caseCode"), caseCodes.get(v.caseId()));
        m.put(header("victimCode"), v.victimCode());
        m.put(header("sex"), label(v.sex()));
        m.put(header("birthYear"), v.birthYear());
        m.put(header("ageBand"), label(vn.atr.domain.AgeBand.valueOf(v.ageBand())));
        m.put(header("ethnicity"), v.ethnicity());
        m.put(header("destinationCountry"), v.destinationCountry());
        m.put(header("traffickedWithinVietnam"), v.traffickedWithinVietnam() ? "Có" : "Không");
        m.put(header("residenceProvinceCode"), v.residenceProvinceCode());
        m.put(header("legalStatus"), label(v.legalStatus()));
        m.put(header("exploitationForms"), labels(v.exploitationForms()));
        m.put(header("returnPath"), label(v.returnPath()));
        m.put(header("identificationDate"), v.identificationDate());
        m.put(header("returnedDate"), v.returnedDate());
        m.put(header("consentToDataUse"), v.consentToDataUse() ? "Có" : "Không");
        m.put(header("notes"), v.notes());
        return m;
    }

    private static Map<String, Object> support(SupportService s, Map<String, String> victimCodes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(header("unitCode"), s.unitCode());
        m.put(header("victimCode"), victimCodes.get(s.victimId()));
        m.put(header("supportType"), label(s.type()));
        m.put(header("serviceDate"), s.serviceDate());
        m.put(header("provider"), s.provider());
        m.put(header("amountVnd"), s.amountVnd());
        m.put(header("notes"), s.notes());
        return m;
    }

    static List<Map<String, Object>> list(Map<String, Object> one) {
        return new ArrayList<>(List.of(one));
    }
}
