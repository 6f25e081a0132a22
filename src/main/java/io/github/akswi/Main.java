package io.github.akswi;

import com.pulumi.Pulumi;
import io.github.akswi.plan.PlanCommand;

/**
 * Entry point. Without arguments it is the Pulumi program the language host starts; with
 * {@code plan} it prints the offline plan of a stack file.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AsyncThreads.useWorkerPool();
        if (args.length > 0 && args[0].equals("plan")) {
            System.exit(PlanCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        Pulumi.run(StackProgram::run);
    }
}
