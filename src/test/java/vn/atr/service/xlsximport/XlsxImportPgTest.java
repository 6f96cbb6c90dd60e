package vn.atr.service.xlsximport;

import vn.atr.store.EngineUnderTest;

/** {@link XlsxImportTest} on a real PostgreSQL: the workbook's rows reach the store by COPY (ADR 0140). */
class XlsxImportPgTest extends XlsxImportTest implements EngineUnderTest.OnPostgresql {
}
