package io.github.akswi.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A SHA-256 of what the packaged program is built from: {@code pom.xml} and every file under {@code
 * src/main}, each with its path relative to the project folder, in path order.
 */
public final class SourceStamp {

    /** Where the build puts the stamp of the sources it packaged, on the jar's class path. */
    public static final String RESOURCE = "io/github/akswi/build/source-stamp.txt";

    private SourceStamp() {}

    /** Whether a folder holds the sources of this project, so that a stamp can be taken. */
    public static boolean hasSources(Path projectDirectory) {
        return Files.isRegularFile(projectDirectory.resolve("pom.xml"))
                && Files.isDirectory(projectDirectory.resolve("src/main"));
    }

    /** The stamp of the sources in a project folder. */
    public static String of(Path projectDirectory) {
        var digest = sha256();
        var byName = new TreeMap<String, Path>();
        for (var file : files(projectDirectory)) {
            // '/' and string order, so that the stamp does not depend on the operating system
            byName.put(projectDirectory.relativize(file).toString().replace('\\', '/'), file);
        }
        for (var entry : byName.entrySet()) {
            var name = entry.getKey();
            var file = entry.getValue();
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // name and length first, so that moving bytes between files changes the stamp
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(
                    ByteBuffer.allocate(Long.BYTES + 1)
                            .put((byte) 0)
                            .putLong(content.length)
                            .array());
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files(Path projectDirectory) {
        var files = new ArrayList<Path>();
        files.add(projectDirectory.resolve("pom.xml"));
        try (Stream<Path> walk = Files.walk(projectDirectory.resolve("src/main"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Build step: writes the stamp of project folder {@code args[0]} to file {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        var output = Path.of(args[1]);
        Files.createDirectories(output.getParent());
        Files.writeString(output, of(Path.of(args[0])) + "\n", StandardCharsets.UTF_8);
    }
}
