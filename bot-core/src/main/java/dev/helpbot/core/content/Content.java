package dev.helpbot.core.content;

/** Everything the bot says and understands, loaded and validated together. */
public record Content(Playbook playbook, NluData nlu, Responses responses) {
}
