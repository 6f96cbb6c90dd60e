package vn.atr.domain.report;

import java.util.List;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.Tally;

/**
 * What the drafted narrative quotes besides the figures, for the report's period: the direction documents issued
 * in it, the year's targets, the activities' partners (organisation names), integrated topics and target groups
 * (labels, most named first) and the cases by investigation and prosecution status (labelled). Empty lists
 * leave their sentences out. {@code yearPlans}: the plans issued from the report year's start to the period's
 * cut-off, which the legal basis cites (a quarter's report still works under the plan of March).
 */
public record NarrativeFacts(List<DirectionDocument> documents, List<IndicatorTarget> targets, List<Tally> partners,
                             List<Tally> topics, List<Tally> targetGroups, List<Tally> casesByStatus,
                             List<DirectionDocument> yearPlans) {

    public static final NarrativeFacts NONE = new NarrativeFacts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public NarrativeFacts {
        documents = List.copyOf(documents);
        targets = List.copyOf(targets);
        partners = List.copyOf(partners);
        topics = List.copyOf(topics);
        targetGroups = List.copyOf(targetGroups);
        casesByStatus = List.copyOf(casesByStatus);
        yearPlans = yearPlans == null ? List.of() : List.copyOf(yearPlans); // none in facts frozen without them
    }
}
