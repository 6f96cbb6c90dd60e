package vn.atr.service.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.service.Repositories;

/** Stored cases and victims by their human codes, read once and only if a workbook refers to them. */
final class XlsxStore {
    private final Repositories repos;
    private Map<String, TraffickingCase> cases;
    private Map<String, Victim> victims;

    XlsxStore(Repositories repos) {
        this.repos = repos;
    }

    Optional<TraffickingCase> caseByCode(String code) {
        if (cases == null) {
            cases = new HashMap<>();
            repos.cases().listActive().forEach(c -> cases.putIfAbsent(c.caseCode(), c));
        }
        return Optional.ofNullable(cases.get(code));
    }

    Optional<Victim> victimByCode(String code) {
        if (victims == null) {
            victims = new HashMap<>();
            repos.victims().listActive().forEach(v -> victims.putIfAbsent(v.victimCode(), v));
        }
        return Optional.ofNullable(victims.get(code));
    }
}
