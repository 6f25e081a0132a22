package io.github.akswi.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses to run a packaged jar whose sources have changed since it was built, so that a {@code
 * runtime.options.binary} jar never silently deploys old code. A program run from {@code
 * target/classes} (Maven's {@code compile exec:java}) or away from its sources is not checked:
 * Maven compiles it first, and elsewhere there is nothing to compare with.
 */
public final class StaleBuildCheck {

    private StaleBuildCheck() {}

    /** Throws when this program runs from a jar built from other sources than the folder's. */
    public static void requireFresh(Path projectDirectory) {
        var jar = jarPath();
        if (jar.isEmpty()) {
            return;
        }
        builtStamp()
                .flatMap(stamp -> problem(jar.get(), stamp, projectDirectory))
                .ifPresent(
                        message -> {
                            throw new StaleBuildException(message);
                        });
    }

    /** The message for a stamp that does not match the folder's sources, if it does not. */
    static Optional<String> problem(String jar, String builtStamp, Path projectDirectory) {
        if (!SourceStamp.hasSources(projectDirectory)
                || SourceStamp.of(projectDirectory).equals(builtStamp)) {
            return Optional.empty();
        }
        return Optional.of(
                jar
                        + " was built from other sources than"
                        + " those in "
                        + projectDirectory.toAbsolutePath()
                        + " (pom.xml or src/main changed"
                        + " since `mvn package`); run `mvn -q package -DskipTests` and try again");
    }

    /** The jar this program runs from; empty when it runs from a classes folder. */
    private static Optional<String> jarPath() {
        var source = StaleBuildCheck.class.getProtectionDomain().getCodeSource();
        var path = source == null ? "" : source.getLocation().getPath();
        return path.endsWith(".jar") ? Optional.of(path) : Optional.empty();
    }

    private static Optional<String> builtStamp() {
        try (InputStream in =
                StaleBuildCheck.class.getClassLoader().getResourceAsStream(SourceStamp.RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
