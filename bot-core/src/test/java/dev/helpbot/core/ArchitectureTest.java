package dev.helpbot.core;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * bot-core knows no platform: the dependency rule of DESIGN.md, enforced like JDA's api/internal split.
 * Plain JUnit tests around ArchUnit rules, so each rule is reported as a test of its own.
 */
public class ArchitectureTest {

    /**
     * The NLU libraries stay behind bot-core's own types (IntentClassifier, SentenceEncoder): no other
     * module imports OpenNLP, ONNX Runtime, DJL or langchain4j. bot-app applies it to every module's
     * classes (ModuleBoundariesTest), since only it sees them all.
     */
    public static final ArchRule NLU_LIBRARIES_ONLY_IN_CORE = noClasses()
            .that().resideInAPackage("dev.helpbot..").and().resideOutsideOfPackage("dev.helpbot.core..")
            .should().dependOnClassesThat().resideInAnyPackage("opennlp..", "ai.onnxruntime..", "ai.djl..",
                    "dev.langchain4j..")
            .because("the NLU's libraries are bot-core's implementation; other modules use IntentClassifier and"
                    + " SentenceEncoder");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.helpbot.core");
    }

    @Test
    void core_importsNoPlatformLibrary() {
        noClasses().that().resideInAPackage("dev.helpbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..", "io.lettuce..",
                        "org.eclipse.jetty..", "io.javalin..", "okhttp3..")
                .because("bot-core must stay platform-neutral; adapters convert to and from it")
                .check(core);
    }

    @Test
    void core_importsNoAdapterOrApp() {
        noClasses().that().resideInAPackage("dev.helpbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.helpbot.discord..", "dev.helpbot.slack..",
                        "dev.helpbot.app..")
                .because("only bot-app knows every module")
                .check(core);
    }

    @Test
    void dialoguePolicy_doesNoIoAndReadsNoClock() {
        noClasses().that().resideInAPackage("dev.helpbot.core.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "dev.helpbot.core.session..", "opennlp..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .because("DialoguePolicy is a pure function: no I/O, no clock, no store")
                .check(core);
    }

    @Test
    void dialoguePolicy_decidesOnReadings_notOnTheReaderOrClassifier() {
        noClasses().that().resideInAPackage("dev.helpbot.core.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.helpbot.core.reading..")
                .orShould().dependOnClassesThat().haveSimpleName("IntentClassifier")
                .because("the reader turns text into readings; the policy only ever sees a Turn")
                .check(core);
    }

    @Test
    void dialoguePolicy_readsNoClockAndDrawsNoRandomness() {
        noClasses().that().resideInAPackage("dev.helpbot.core.dialogue..")
                .should().dependOnClassesThat().haveFullyQualifiedName(Clock.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(InstantSource.class.getName())
                .orShould().dependOnClassesThat().areAssignableTo(Random.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(SplittableRandom.class.getName())
                .orShould().callMethodWhere(target(name("now")).and(target(owner(resideInAPackage("java.time..")))))
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(UUID.class, "randomUUID")
                .because("the same session and turn must always give the same decision, so replays and retries agree")
                .check(core);
    }

    @Test
    void dialogue_importsNoEncoderLibrary() {
        noClasses().that().resideInAPackage("dev.helpbot.core.dialogue..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j..")
                .because("the dialogue reads Interpretations; how they are made is the NLU's business")
                .check(core);
    }

    @Test
    void encoderLibraries_onlyInTheNluPackage() {
        noClasses().that().resideInAPackage("dev.helpbot.core..").and().resideOutsideOfPackage("dev.helpbot.core.nlu..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.onnxruntime..", "ai.djl..", "dev.langchain4j..")
                .because("ONNX Runtime and the tokenizer are wrapped once, by SentenceEncoders")
                .check(core);
    }

    @Test
    void channelKitInternals_areUsedByTheKitAlone() {
        noClasses().that().resideOutsideOfPackage("dev.helpbot.core.channel..")
                .should().dependOnClassesThat().resideInAPackage("dev.helpbot.core.channel.internal..")
                .because("the kit's public API is dev.helpbot.core.channel; its implementation may change")
                .check(core);
    }

    @Test
    void importer_sawTheCore() {
        // Guards the rules above against passing vacuously on an empty import.
        org.assertj.core.api.Assertions.assertThat(core.contain(ConversationEngine.class)).isTrue();
    }
}
