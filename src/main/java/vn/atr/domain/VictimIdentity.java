package vn.atr.domain;

/** Personal identifiers of a victim: optional, sensitive, never in reports. */
public record VictimIdentity(String victimId, String fullName, String idNumber, String address, String phone) {

    public VictimIdentity {
        fullName = Text.nfc(fullName);
        idNumber = Text.nfc(idNumber);
        address = Text.nfc(address);
    }

    public boolean isEmpty() {
        return blank(fullName) && blank(idNumber) && blank(address) && blank(phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
