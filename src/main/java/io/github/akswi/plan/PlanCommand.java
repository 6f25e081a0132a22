package io.github.akswi.plan;

import io.github.akswi.build.StaleBuildCheck;
import io.github.akswi.build.StaleBuildException;
import io.github.akswi.config.ConfigSource;
import io.github.akswi.config.ConfigurationException;
import io.github.akswi.config.SettingsReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code plan}: runs the stack program offline and prints what the engine would be asked to
 * register. Exit codes: 0 printed; 2 the user's input is wrong; 1 anything else.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description =
                "Prints every resource the Pulumi engine would be asked to register for a stack,"
                        + " without the Pulumi CLI, Azure credentials or a cluster.")
public final class PlanCommand implements Callable<Integer> {

    /** The user's input is wrong. */
    public static final int USER_ERROR = 2;

    /** Something else went wrong. */
    public static final int FAILURE = 1;

    /** Output formats. */
    public enum Format {
        json,
        text,
        mermaid
    }

    @Option(names = "--stack", required = true, description = "Stack name, as in pulumi --stack.")
    String stack;

    @Option(
            names = "--config-file",
            required = true,
            description = "The stack's configuration file.")
    Path configFile;

    @Option(
            names = "--project-file",
            description = "Pulumi.yaml; default: found beside or above the configuration file.")
    Path projectFile;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "json | text | mermaid (default: text).")
    Format format;

    private PrintWriter out;
    private PrintWriter err;

    /** Parses the arguments, runs, and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** As {@link #run(String...)}, printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        var command = new PlanCommand();
        command.out = out;
        command.err = err;
        var cli = new CommandLine(command).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler(
                (e, commandLine, parsed) -> {
                    err.println("plan failed: " + e);
                    return FAILURE;
                });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        try {
            // the plan command runs in the project folder, like the program under the CLI
            StaleBuildCheck.requireFresh(Path.of(""));
        } catch (StaleBuildException e) {
            err.println(e.getMessage());
            return USER_ERROR;
        }

        StackFiles.StackConfig config;
        try {
            var project =
                    projectFile != null ? projectFile : StackFiles.findProjectFile(configFile);
            config = StackFiles.read(project, configFile);
        } catch (StackFiles.StackFileException e) {
            err.println(e.getMessage());
            return USER_ERROR;
        }

        try {
            SettingsReader.read(ConfigSource.of(config.values()), stack);
        } catch (ConfigurationException e) {
            e.problems().forEach(err::println);
            return USER_ERROR;
        }

        var result = OfflineEngine.plan(config, stack, PlaceholderMocks.forConfig(config.values()));
        if (!result.succeeded()) {
            var userError =
                    result.exceptions().stream()
                            .map(PlanCommand::configurationProblem)
                            .flatMap(Optional::stream)
                            .findFirst();
            if (userError.isPresent()) {
                userError.get().problems().forEach(err::println);
                return USER_ERROR;
            }
            result.errors().forEach(err::println);
            result.exceptions().forEach(e -> err.println(e));
            return FAILURE;
        }
        out.print(render(result.plan()));
        out.flush();
        return 0;
    }

    private String render(Plan plan) {
        switch (format) {
            case json:
                return JsonRenderer.render(plan);
            case mermaid:
                return MermaidRenderer.render(plan);
            case text:
            default:
                return TextRenderer.render(plan);
        }
    }

    private static Optional<ConfigurationException> configurationProblem(Throwable thrown) {
        var current = thrown;
        while (current != null) {
            if (current instanceof ConfigurationException problem) {
                return Optional.of(problem);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}
