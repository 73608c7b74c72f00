package dev.helpbot.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/**
 * Micrometer's JVM and process binders, as operators expect beside the bot's own metrics: heap and non-heap memory
 * ({@code jvm_memory_used_bytes}), garbage collection pauses, threads, classes, CPU ({@code process_cpu_usage}),
 * open files and uptime.
 */
public final class ProcessMetrics {

    private ProcessMetrics() {
    }

    /**
     * Binds them all to {@code registry}. The garbage-collection binder listens for the JVM's notifications until
     * the process ends, which is as long as the registry lives here.
     */
    @SuppressWarnings("resource")
    public static void bindTo(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }
}
