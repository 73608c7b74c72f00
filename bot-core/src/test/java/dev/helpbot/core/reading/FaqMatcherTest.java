package dev.helpbot.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import dev.helpbot.core.content.Faq;
import dev.helpbot.core.content.FaqEntry;
import dev.helpbot.core.content.LabeledText;
import dev.helpbot.core.dialogue.Intents;
import dev.helpbot.core.nlu.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How well a question finds its FAQ entry, measured on the FAQ's own questions: each is taken out of its
 * entry in turn and asked. The bar is a regression guard under what the content reaches today.
 */
class FaqMatcherTest {

    private final Faq faq = TestBots.content().faq();
    private final Optional<SentenceEncoder> encoder = TestBots.classifier().encoder();

    @Test
    void eachQuestion_leftOutOfItsEntry_stillFindsItsEntry() {
        int right = 0;
        int asked = 0;
        for (int e = 0; e < faq.entries().size(); e++) {
            FaqEntry entry = faq.entries().get(e);
            for (String question : entry.questions()) {
                FaqMatcher matcher = new FaqMatcher(without(e, question), encoder);
                asked++;
                if (matcher.match(question, 0).map(FaqEntry::id).filter(entry.id()::equals).isPresent()) {
                    right++;
                }
            }
        }
        double share = (double) right / asked;
        System.out.printf("FAQ leave-one-out: %d of %d questions find their entry (%.1f%%), encoder %s%n",
                right, asked, 100 * share, encoder.isPresent() ? "on" : "off");
        assertThat(share).isGreaterThan(encoder.isPresent() ? 0.55 : 0.3);
    }

    @Test
    void similaritySweep_printsTheTradeOff() {
        List<LabeledText> offTopic = TestBots.content().nlu().examples().stream()
                .filter(example -> example.label().equals(Intents.OUT_OF_SCOPE)).toList();
        for (double bar = 0.6; bar < 0.86; bar += 0.05) {
            int right = 0;
            int asked = 0;
            for (int e = 0; e < faq.entries().size(); e++) {
                FaqEntry entry = faq.entries().get(e);
                for (String question : entry.questions()) {
                    asked++;
                    if (new FaqMatcher(without(e, question), encoder, bar).match(question, 0).map(FaqEntry::id)
                            .filter(entry.id()::equals).isPresent()) {
                        right++;
                    }
                }
            }
            FaqMatcher all = new FaqMatcher(faq, encoder, bar);
            long wrong = offTopic.stream().filter(example -> all.match(example.text(), 0).isPresent()).count();
            System.out.printf("bar %.2f: %d of %d find their entry, %d of %d off-topic requests match%n", bar, right,
                    asked, wrong, offTopic.size());
        }
    }

    @Test
    void requestsThatAreNotAboutBackups_rarelyFindAnEntry() {
        FaqMatcher matcher = new FaqMatcher(faq, encoder);
        List<LabeledText> offTopic = TestBots.content().nlu().examples().stream()
                .filter(example -> example.label().equals(Intents.OUT_OF_SCOPE)).toList();
        long matched = offTopic.stream().filter(example -> matcher.match(example.text(), 0).isPresent()).count();
        System.out.printf("FAQ matches for %d out-of-scope requests: %d%n", offTopic.size(), matched);
        assertThat((double) matched / offTopic.size()).isLessThan(0.05);
    }

    private Faq without(int entryIndex, String question) {
        List<FaqEntry> entries = new ArrayList<>(faq.entries());
        FaqEntry entry = entries.get(entryIndex);
        List<String> rest = entry.questions().stream().filter(q -> !q.equals(question)).toList();
        entries.set(entryIndex, new FaqEntry(entry.id(), entry.fix(), rest, entry.answer()));
        return new Faq(entries);
    }
}
