package dev.helpbot.app.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard input and output as UTF-8, whatever the platform default, so emoji and accents survive. */
final class Terminal {

    private Terminal() {
    }

    static BufferedReader in() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    static PrintStream out() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static boolean isInteractive() {
        return System.console() != null;
    }
}
