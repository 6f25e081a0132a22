package io.github.akswi;

import com.pulumi.Context;
import com.pulumi.Pulumi;

import io.github.akswi.build.StaleBuildCheck;
import io.github.akswi.plan.PlanCommand;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point. Without arguments it is the Pulumi program the language host starts; with {@code
 * plan} it prints the offline plan of a stack file. Either refuses to run from a jar that is older
 * than the sources in the working folder.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        AsyncThreads.useWorkerPool();
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        Pulumi.run(Main::program);
    }

    private static void program(Context ctx) {
        // the language host starts the program in the project folder
        StaleBuildCheck.requireFresh(Path.of(""));
        StackProgram.run(ctx);
    }
}
