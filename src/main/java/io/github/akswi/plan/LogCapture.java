package io.github.akswi.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** Keeps what the program logs through the Pulumi log, as "severity: message" lines. */
final class LogCapture extends Handler {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.INFO.intValue()) {
            lines.add(severity(record.getLevel()) + ": " + record.getMessage());
        }
    }

    private static String severity(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return "error";
        }
        return level.intValue() >= Level.WARNING.intValue() ? "warning" : "info";
    }

    /** The lines logged so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
