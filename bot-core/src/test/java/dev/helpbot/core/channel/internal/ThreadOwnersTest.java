package dev.helpbot.core.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThreadOwnersTest {

    private final ThreadOwners owners = new ThreadOwners();
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void ownerOf_unknownThread_isReadBackOnceThenRemembered() throws Exception {
        assertThat(owners.ownerOf("C1:1.0", () -> counted(Optional.of("U1")))).contains("U1");
        assertThat(owners.ownerOf("C1:1.0", () -> counted(Optional.of("U2")))).contains("U1");
        assertThat(lookups).hasValue(1);
    }

    @Test
    void ownerOf_notAHelpThread_isRememberedAsNobodys() throws Exception {
        assertThat(owners.ownerOf("C1:2.0", () -> counted(Optional.empty()))).isEmpty();
        assertThat(owners.ownerOf("C1:2.0", () -> counted(Optional.of("U1")))).isEmpty();
        assertThat(lookups).hasValue(1);
    }

    @Test
    void ownerOf_platformCannotSay_isAskedAgainNextTime() throws Exception {
        assertThatThrownBy(() -> owners.ownerOf("C1:3.0", () -> {
            lookups.incrementAndGet();
            throw new IOException("timeout");
        })).isInstanceOf(IOException.class);

        assertThat(owners.ownerOf("C1:3.0", () -> counted(Optional.of("U1")))).contains("U1");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void claim_threadNobodyOwns_goesToTheFirstOnly() throws Exception {
        owners.ownerOf("C1:4.0", Optional::empty);

        assertThat(owners.claim("C1:4.0", "U1")).isTrue();
        assertThat(owners.claim("C1:4.0", "U2")).isFalse();
        assertThat(owners.claim("C1:4.0", "U1")).isTrue();
        assertThat(owners.ownerOf("C1:4.0", Optional::empty)).contains("U1");
    }

    @Test
    void remember_replacesWhatWasReadBack() throws Exception {
        owners.ownerOf("C1:5.0", Optional::empty);
        owners.remember("C1:5.0", "U3");

        assertThat(owners.ownerOf("C1:5.0", Optional::empty)).contains("U3");
    }

    private Optional<String> counted(Optional<String> answer) {
        lookups.incrementAndGet();
        return answer;
    }
}
