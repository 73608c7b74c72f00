package dev.helpbot.app.nlu;

import dev.helpbot.core.content.LabeledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A train/test split with no randomness, so two runs on the same data give the same figures. */
public record HeldOutSplit(List<LabeledText> train, List<LabeledText> test) {

    public HeldOutSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    /** Holds out every 5th example of each label (the 5th, 10th, ...), keeping file order otherwise. */
    public static HeldOutSplit everyFifth(List<LabeledText> examples) {
        Map<String, Integer> seen = new HashMap<>();
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        for (LabeledText example : examples) {
            int index = seen.merge(example.label(), 1, Integer::sum);
            (index % 5 == 0 ? test : train).add(example);
        }
        return new HeldOutSplit(train, test);
    }
}
