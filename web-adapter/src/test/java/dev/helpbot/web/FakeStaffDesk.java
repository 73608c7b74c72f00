package dev.helpbot.web;

import dev.helpbot.core.Handoff;
import dev.helpbot.core.channel.SharedDesk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A staff channel that keeps what it was given: each note's first line and the summary under it. */
final class FakeStaffDesk implements SharedDesk {

    record Note(String from, String summary) {
    }

    final List<Note> notes = new CopyOnWriteArrayList<>();
    private final Consumer<Note> posted;

    /** @param posted told of each note as it is posted */
    FakeStaffDesk(Consumer<Note> posted) {
        this.posted = posted;
    }

    FakeStaffDesk() {
        this(note -> { });
    }

    @Override
    public void post(Handoff handoff, String fromMarkup) {
        Note note = new Note(fromMarkup, handoff.summary());
        posted.accept(note);
        notes.add(note);
    }
}
