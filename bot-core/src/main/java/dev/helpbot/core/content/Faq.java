package dev.helpbot.core.content;

import java.util.List;

/** The answers to questions asked in the middle of a fix, from {@code faq.yaml}. */
public record Faq(List<FaqEntry> entries) {

    public static final Faq NONE = new Faq(List.of());

    public Faq {
        entries = List.copyOf(entries);
    }
}
