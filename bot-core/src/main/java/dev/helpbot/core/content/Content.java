package dev.helpbot.core.content;

import java.util.Objects;

/**
 * Everything the bot says and understands, loaded and validated together.
 *
 * @param nlu the training examples, with every FAQ question also an example of the {@code question} intent
 */
public record Content(Playbook playbook, NluData nlu, Responses responses, Faq faq, NearMisses nearMisses) {

    public Content {
        Objects.requireNonNull(playbook, "playbook");
        Objects.requireNonNull(nlu, "nlu");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(faq, "faq");
        Objects.requireNonNull(nearMisses, "nearMisses");
    }
}
