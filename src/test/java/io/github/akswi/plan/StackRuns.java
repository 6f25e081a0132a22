package io.github.akswi.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs a stack file offline the way {@code plan} does, for tests. */
final class StackRuns {

    /** The project's own stack files, relative to the project folder Maven runs tests in. */
    static final Path DEV = Path.of("Pulumi.dev.yaml");

    static final Path PROD = Path.of("stacks", "Pulumi.prod.yaml");
    static final Path STAGING = Path.of("stacks", "Pulumi.staging.yaml");
    static final Path TEST = Path.of("stacks", "Pulumi.test.yaml");

    private StackRuns() {}

    /** The plan of a stack file under a stack name; fails the test when the run fails. */
    static Plan plan(String stack, Path stackFile) throws Exception {
        var config = StackFiles.read(StackFiles.findProjectFile(stackFile), stackFile);
        var result = OfflineEngine.plan(config, stack, PlaceholderMocks.forConfig(config.values()));
        assertTrue(
                result.succeeded(),
                () -> stackFile + ": " + result.errors() + " " + result.exceptions());
        return result.plan();
    }

    /** Pulumi.dev.yaml and every stack file under stacks/. */
    static List<Path> allStackFiles() throws IOException {
        var files = new ArrayList<Path>();
        files.add(DEV);
        try (var listing = Files.list(Path.of("stacks"))) {
            listing.filter(path -> path.getFileName().toString().matches("Pulumi\\..+\\.yaml"))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    /** The stack name a stack file is for: {@code Pulumi.<stack>.yaml}. */
    static String stackName(Path stackFile) {
        var file = stackFile.getFileName().toString();
        return file.substring("Pulumi.".length(), file.length() - ".yaml".length());
    }
}
