package vn.atr.service.xlsximport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A listed value found back from what an officer typed: with or without marks, but never a guess between two. */
class ChoiceListTest {
    @Test
    void aLabelTypedWithoutMarksIsFoundUnlessTwoLabelsReadTheSameWithout() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("DRUGS", "Ma túy");
        labels.put("PROSTITUTION", "Mại dâm");
        labels.put("A", "Hòa Bình");
        labels.put("B", "Hoà Bỉnh");
        ChoiceList list = new ChoiceList(labels);
        assertThat(list.code("Ma túy")).contains("DRUGS");
        assertThat(list.code("  MA TÚY ")).contains("DRUGS");
        assertThat(list.code("ma tuy")).as("typed without a Vietnamese input method").contains("DRUGS");
        assertThat(list.code("mai dam")).contains("PROSTITUTION");
        assertThat(list.code("Hòa Bình")).contains("A");
        assertThat(list.code("hoa binh")).as("two labels read so without marks: no guess").isEmpty();
        assertThat(list.code("ma tuý")).as("marks placed otherwise").contains("DRUGS");
    }
}
