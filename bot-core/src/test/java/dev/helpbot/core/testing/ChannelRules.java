package dev.helpbot.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules every channel module proves with ArchUnit, the way JDA keeps its api and internal apart: a
 * channel sees only the core's public packages, {@code dev.helpbot.core} (the conversation model and
 * {@code Conversations}) and {@code dev.helpbot.core.channel} (the channel kit), and nothing but bot-core touches the
 * learner, the sentence encoder or Caffeine. A new channel adds one test that checks these on its classes.
 */
public final class ChannelRules {

    /** The core's packages no channel may use: the kit's implementation, and the engine's insides. */
    public static final String[] CORE_INTERNALS = {"dev.helpbot.core.channel.internal..", "dev.helpbot.core.content..",
            "dev.helpbot.core.dialogue..", "dev.helpbot.core.nlu..", "dev.helpbot.core.session..",
            "dev.helpbot.core.analytics.."};
    /** OpenNLP, the sentence encoder's runtimes and Caffeine: bot-core's business alone. */
    public static final String[] CORE_ONLY_LIBRARIES = {"opennlp..", "ai.onnxruntime..", "ai.djl..", "dev.langchain4j..",
            "com.github.benmanes.caffeine.."};

    private ChannelRules() {
    }

    /** The main classes (no tests) of {@code packageName}, e.g. {@code dev.helpbot.slack}. */
    public static JavaClasses mainClassesOf(String packageName) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packageName);
    }

    /** A channel uses only the core's public packages, and reaches the engine only through {@code Conversations}. */
    public static ArchRule onlyTheCoresPublicApi() {
        return noClasses().that().resideOutsideOfPackage("dev.helpbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE_INTERNALS)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.helpbot.core.ConversationEngine")
                .because("a channel is conversion and platform plumbing on the channel kit; the core's insides may change");
    }

    /** Outside bot-core, nothing imports the learner, the sentence encoder or Caffeine. */
    public static ArchRule noCoreOnlyLibraries() {
        return noClasses().that().resideOutsideOfPackage("dev.helpbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE_ONLY_LIBRARIES)
                .because("reading text and caching are the core's; channels and the app reach them through its API");
    }
}
