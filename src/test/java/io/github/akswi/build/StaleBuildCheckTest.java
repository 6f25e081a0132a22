package io.github.akswi.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

class StaleBuildCheckTest {

    private static final String JAR = "target/app.jar";

    @TempDir Path project;

    private void write(String path, String text) throws IOException {
        var file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void sources() throws IOException {
        write("pom.xml", "<project/>");
        write("src/main/java/App.java", "class App {}");
        write("src/main/resources/app.properties", "a=1");
    }

    @Test
    void unchangedSourcesPassTheCheck() throws IOException {
        sources();
        var built = SourceStamp.of(project);

        assertEquals(Optional.empty(), StaleBuildCheck.problem(JAR, built, project));
    }

    @Test
    void anEditedSourceFileMakesTheJarStale() throws IOException {
        sources();
        var built = SourceStamp.of(project);
        write("src/main/java/App.java", "class App { int changed; }");

        var problem = StaleBuildCheck.problem(JAR, built, project);

        assertTrue(
                problem.orElseThrow().startsWith(JAR + " was built from other sources than"),
                problem::toString);
        assertTrue(
                problem.orElseThrow().endsWith("run `mvn -q package -DskipTests` and try again"),
                problem::toString);
    }

    @Test
    void anAddedResourceOrAChangedPomMakesTheJarStale() throws IOException {
        sources();
        var built = SourceStamp.of(project);

        write("src/main/resources/extra.txt", "");
        var afterAdding = SourceStamp.of(project);
        write("pom.xml", "<project><version>2</version></project>");

        assertNotEquals(built, afterAdding);
        assertNotEquals(afterAdding, SourceStamp.of(project));
    }

    @Test
    void movingTextBetweenFilesChangesTheStamp() throws IOException {
        sources();
        write("src/main/java/A.java", "ab");
        write("src/main/java/B.java", "c");
        var before = SourceStamp.of(project);
        write("src/main/java/A.java", "a");
        write("src/main/java/B.java", "bc");

        assertNotEquals(before, SourceStamp.of(project));
    }

    @Test
    void aFolderWithoutSourcesIsNotChecked() {
        assertEquals(Optional.empty(), StaleBuildCheck.problem(JAR, "0000", project));
    }
}
