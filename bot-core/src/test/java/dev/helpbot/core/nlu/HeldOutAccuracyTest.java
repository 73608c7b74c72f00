package dev.helpbot.core.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.HelpbotEngines;
import dev.helpbot.core.TestBots;
import dev.helpbot.core.content.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The shipped intents must stay learnable: train on four fifths of the examples, score the fifth left out.
 * The floor is a regression guard, well under what the content reaches today (see the README).
 */
class HeldOutAccuracyTest {

    @Test
    void classifier_trainedOnFourFifths_labelsTheHeldOutFifthMostlyRight() {
        List<LabeledText> train = new ArrayList<>();
        List<LabeledText> test = new ArrayList<>();
        List<LabeledText> all = TestBots.content().nlu().examples();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 2 ? test : train).add(all.get(i));
        }
        IntentClassifier classifier = HelpbotEngines.trainClassifier(train);

        int correct = 0;
        Map<String, Integer> misses = new TreeMap<>();
        for (LabeledText example : test) {
            String predicted = classifier.classify(example.text()).topIntent();
            if (example.label().equals(predicted)) {
                correct++;
            } else {
                misses.merge(example.label() + " -> " + predicted, 1, Integer::sum);
            }
        }
        double accuracy = (double) correct / test.size();
        System.out.printf("held-out accuracy %.3f on %d examples; misses %s%n", accuracy, test.size(), misses);
        assertThat(accuracy).isGreaterThan(0.80);
    }
}
