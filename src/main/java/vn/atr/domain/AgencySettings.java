package vn.atr.domain;

/**
 * Names and people that appear on the report, kept as editable data: agencies are reorganised
 * (victim support moved from Sở LĐTBXH to Sở Y tế in 2025) without a new release.
 */
public record AgencySettings(
        String superiorAgency,
        String issuingAgency,
        String abbreviation,
        String placeName,
        String recipient,
        String signerTitle,
        String signerName,
        String homeProvinceCode,
        String installationUnitCode) {
}
