package vn.atr.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Messages;
import vn.atr.service.Services;

/**
 * {@code atr agency [--issuing ...] [--unit ...]}: the agency that issues the report and this store's own unit, as the
 * window's first-run questions and settings set them; without options it prints them. Only the options given change.
 */
@Command(name = "agency", mixinStandardHelpOptions = true,
        description = "Cơ quan ban hành báo cáo và đơn vị của tệp dữ liệu này (như câu hỏi lần đầu mở cửa sổ): không có"
                + " tùy chọn thì in ra; chỉ các tùy chọn được ghi mới thay đổi.")
final class AgencyCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--superior", paramLabel = "TÊN", description = "Cơ quan cấp trên ở đầu báo cáo (ví dụ: ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG; \"\" để bỏ).")
    String superior;
    @Option(names = "--issuing", paramLabel = "TÊN", description = "Cơ quan ban hành (ví dụ: ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN).")
    String issuing;
    @Option(names = "--abbreviation", paramLabel = "CHỮ", description = "Chữ viết tắt trong số, ký hiệu (ví dụ: UBND).")
    String abbreviation;
    @Option(names = "--place", paramLabel = "TÊN", description = "Địa danh trước ngày tháng (ví dụ: Lê Chân).")
    String place;
    @Option(names = "--recipient", paramLabel = "TÊN", description = "Nơi nhận sau \"Kính gửi\" (ví dụ: Ủy ban nhân dân thành phố Hải Phòng).")
    String recipient;
    @Option(names = "--signer-title", paramLabel = "CHỨC VỤ",
            description = "Chức danh người ký; hai dòng ngăn cách bằng | (ví dụ: \"TM. ỦY BAN NHÂN DÂN | CHỦ TỊCH\").")
    String signerTitle;
    @Option(names = "--signer-name", paramLabel = "HỌ TÊN", description = "Họ tên người ký.")
    String signerName;
    @Option(names = "--unit", paramLabel = "CODE", description = "Đơn vị của tệp dữ liệu này (mã hoặc tên; xem atr units): gói xuất đi và màn hình nhập liệu chọn sẵn đơn vị này.")
    String unit;

    @Override
    public Integer call() {
        try (Services s = store.open()) {
            AgencySettings a = s.reference().agency();
            boolean change = superior != null || issuing != null || abbreviation != null || place != null
                    || recipient != null || signerTitle != null || signerName != null || unit != null;
            if (change) {
                String code = unit == null ? a.installationUnitCode() : UnitArgument.resolve(s, unit);
                if (unit != null && s.reference().unit(code).isEmpty()) {
                    throw new CliFailure(Messages.get("agency.cli.unknownUnit", unit.strip()));
                }
                var chosen = unit == null ? null : s.reference().unit(code).orElseThrow();
                if (chosen != null && chosen.validTo() != null) { // a machine serves a unit in force
                    throw new CliFailure(Messages.get("agency.cli.unitDissolved", chosen.name(), chosen.code(),
                            vn.atr.domain.VnFormats.date(chosen.validTo())));
                }
                a = new AgencySettings(or(superior, a.superiorAgency()), or(issuing, a.issuingAgency()),
                        or(abbreviation, a.abbreviation()), or(place, a.placeName()), or(recipient, a.recipient()),
                        or(signerTitle == null ? null : signerTitle.replaceAll("\\s*\\|\\s*", "\n"), a.signerTitle()),
                        or(signerName, a.signerName()), a.homeProvinceCode(), code);
                s.reference().saveAgency(a);
                System.out.println(Messages.get("agency.cli.saved"));
            }
            String unitCode = a.installationUnitCode();
            String unitName = unitCode == null ? Messages.get("agency.cli.noUnit")
                    : s.reference().unitNames().getOrDefault(unitCode, "") + " (" + unitCode + ")";
            java.util.List<String[]> rows = java.util.List.of(
                    new String[] {Messages.get("agency.cli.superior"), nz(a.superiorAgency())},
                    new String[] {Messages.get("agency.cli.issuing"), nz(a.issuingAgency())},
                    new String[] {Messages.get("agency.cli.abbreviation"), nz(a.abbreviation())},
                    new String[] {Messages.get("agency.cli.place"), nz(a.placeName())},
                    new String[] {Messages.get("agency.cli.recipient"), nz(a.recipient())},
                    new String[] {Messages.get("agency.cli.signer"), (nz(a.signerTitle()).replace("\n", " | ") + " "
                            + nz(a.signerName())).strip()},
                    new String[] {Messages.get("agency.cli.unit"), unitName.strip()});
            Columns.print(rows);
        }
        return 0;
    }

    /** The option as given ("" clears it), else the stored value. */
    private static String or(String given, String stored) {
        return given == null ? stored : given.isBlank() ? null : given.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
