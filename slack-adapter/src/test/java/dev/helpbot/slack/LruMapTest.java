package dev.helpbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LruMapTest {

    @Test
    void put_beyondTheBound_forgetsTheLeastRecentlyUsed() {
        LruMap<String, String> map = new LruMap<>(2);
        map.put("a", "1");
        map.put("b", "2");
        map.get("a");

        map.put("c", "3");

        assertThat(map.size()).isEqualTo(2);
        assertThat(map.get("b")).isNull();
        assertThat(map.get("a")).isEqualTo("1");
        assertThat(map.get("c")).isEqualTo("3");
    }

    @Test
    void putIfAbsent_secondTime_returnsFalseAndKeepsTheFirstValue() {
        LruMap<String, String> map = new LruMap<>(10);

        assertThat(map.putIfAbsent("event:Ev1", "first")).isTrue();
        assertThat(map.putIfAbsent("event:Ev1", "second")).isFalse();
        assertThat(map.get("event:Ev1")).isEqualTo("first");
    }

    @Test
    void new_nonPositiveBound_isRejected() {
        assertThatThrownBy(() -> new LruMap<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
