package dev.helpbot.core.content;

/** One training or test example: an intent label and a text. */
public record LabeledText(String label, String text) {
}
