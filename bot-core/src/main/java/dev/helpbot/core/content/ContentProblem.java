package dev.helpbot.core.content;

/**
 * One thing wrong with the content files, located by file and key path so an editor can find it.
 *
 * @param file    e.g. {@code playbook.yaml}
 * @param key     a path such as {@code fixes[3].steps}
 * @param message what is wrong and what to do
 */
public record ContentProblem(String file, String key, String message) {
    @Override
    public String toString() {
        return file + ": " + key + ": " + message;
    }
}
