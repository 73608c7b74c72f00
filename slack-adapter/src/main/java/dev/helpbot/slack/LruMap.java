package dev.helpbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small thread-safe map that forgets its least recently used entries beyond a bound. Enough for what
 * the adapter remembers in memory: event ids already answered and who owns which thread.
 */
final class LruMap<K, V> {

    private final Map<K, V> entries;

    LruMap(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, got " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Stores the value only if the key is new; true when it was, atomically. */
    synchronized boolean putIfAbsent(K key, V value) {
        return entries.putIfAbsent(key, value) == null;
    }

    synchronized int size() {
        return entries.size();
    }
}
