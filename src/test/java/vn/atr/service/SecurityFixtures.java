package vn.atr.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityType;
import vn.atr.domain.AgeBand;
import vn.atr.domain.Topic;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Meta;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.VictimIdentity;

/** Shared test data for the security tests: victims with known identifiers, and a raw-bytes scan of files. */
final class SecurityFixtures {
    static final char[] ADMIN_PW = "quan-tri-2026!".toCharArray();
    static final char[] COMPILER_PW = "tong-hop-2026!".toCharArray();
    static final char[] MANAGER_PW = "lanh-dao-2026!".toCharArray();
    static final char[] STAFF_PW = "can-bo-xa-2026!".toCharArray();
    static final LocalDate DAY = LocalDate.of(2023, 5, 10);
    /** Known identifiers: none of these may appear in the store's files once the store has users. */
    static final List<String> SECRETS = List.of("Nguyễn Thị Hoa", "079301012345", "Số 12 ngõ 34 phố Hàng Kênh",
            "0912345678", "Trần Văn Bình", "031099887766", "Lò Thị Mây", "001188776655");

    private SecurityFixtures() {
    }

    static char[] pw(char[] p) {
        return p.clone(); // services may clear what they are given; tests keep their constant
    }

    static Activity activity(String unit) {
        return new Activity(Meta.fresh("x"), unit, ActivityType.OUTREACH_SESSION, DAY, DAY, "Tuyên truyền", "SLDTBXH",
                List.of(), Set.of(Topic.DRUGS), "Hội viên", 40, 0, null);
    }

    static TraffickingCase trafficCase(String unit) {
        return new TraffickingCase(Meta.fresh("x"), unit, "HP-" + unit, DAY, DetectingAgency.POLICE,
                CaseScope.CROSS_BORDER, "Trung Quốc", Set.of(ExploitationForm.FORCED_MARRIAGE), CaseStatus.INVESTIGATING,
                1, null);
    }

    /** One case in {@code unit} and three victims, stored through the repositories; returns the victims' ids. */
    static List<String> victimsWithIdentities(Services s, String unit) {
        String author = s.session().userName();
        TraffickingCase c = s.unguardedRepositories().cases().insert(new TraffickingCase(Meta.fresh(author), unit, "HP-9", DAY,
                DetectingAgency.POLICE, CaseScope.CROSS_BORDER, "Trung Quốc", Set.of(ExploitationForm.FORCED_MARRIAGE),
                CaseStatus.INVESTIGATING, 1, null), author);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Victim v = s.unguardedRepositories().victims().insert(new Victim(Meta.fresh(author), unit, c.meta().id(), "NN-" + i,
                    Sex.FEMALE, 1999, AgeBand.FROM_18_TO_30.name(), "Kinh", "Trung Quốc", false, "04", LegalStatus.VICTIM,
                    Set.of(ExploitationForm.FORCED_MARRIAGE), ReturnPath.HANDED_OVER, DAY, DAY.plusDays(9), true, null),
                    author);
            ids.add(v.meta().id());
        }
        saveIdentities(s, ids);
        return ids;
    }

    static void saveIdentities(Services s, List<String> ids) {
        String author = s.session().userName();
        s.unguardedRepositories().identities().save(new VictimIdentity(ids.get(0), SECRETS.get(0), SECRETS.get(1),
                SECRETS.get(2), SECRETS.get(3)), author);
        s.unguardedRepositories().identities().save(new VictimIdentity(ids.get(1), SECRETS.get(4), SECRETS.get(5), null, null),
                author);
        s.unguardedRepositories().identities().save(new VictimIdentity(ids.get(2), SECRETS.get(6), SECRETS.get(7), null, null),
                author);
    }

    /** The secrets found (as UTF-8 bytes) in any file of {@code dir}: the store, its -wal/-shm, copies. */
    static List<String> secretsInFiles(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String secret : SECRETS) {
                    String needle = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                    if (bytes.contains(needle)) {
                        found.add(f.getFileName() + ": " + secret);
                    }
                }
            }
        }
        return found;
    }
}
