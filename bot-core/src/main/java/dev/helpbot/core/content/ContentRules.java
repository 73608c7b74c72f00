package dev.helpbot.core.content;

import java.util.Set;

/**
 * What valid content must satisfy beyond its shape.
 *
 * @param minExamplesPerIntent fewer examples than this and an intent is not learnable
 * @param requiredIntents      intents the dialogue refers to by name
 */
public record ContentRules(int minExamplesPerIntent, Set<String> requiredIntents) {
    public ContentRules {
        requiredIntents = Set.copyOf(requiredIntents);
    }
}
