package dev.helpbot.bench;

import dev.helpbot.app.HelpbotRuntime;
import dev.helpbot.app.config.ConfigLoader;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up to ready, in process: configuration, content loading and validation, reading the shipped NLU
 * model and loading the sentence encoder (ONNX Runtime session, tokenizer),
 * engine wiring. JVM start is not included; time {@code java -jar helpbot.jar chat --json < /dev/null}
 * for that. Run: {@code java -cp benchmarks.jar dev.helpbot.bench.StartupTime 5}.
 */
public final class StartupTime {

    private StartupTime() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            try (HelpbotRuntime runtime = HelpbotRuntime.start(new ConfigLoader(Map.of()).load(Optional.empty()))) {
                System.out.printf("run %d: ready in %d ms (%d examples)%n", run, (System.nanoTime() - started) / 1_000_000,
                        runtime.content().nlu().examples().size());
            }
        }
    }
}
